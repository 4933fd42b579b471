/**
 * Answer sets as FHIR R4 QuestionnaireResponses. `questionnaire` is the imported file's canonical
 * URL with its version (`url|version`), or a Pacewise URN for the forms Pacewise writes itself.
 */
import { importedIdOf } from '../questionnaires/types.js';
import type { ExportForm, ExportedResponse, FhirResource } from './export-types.js';
import { ORDINAL_VALUE, PACEWISE } from './export-types.js';
import { localDateExtension, ref } from './bundle-observations.js';
import { optionOf } from './form-lookup.js';

/** The canonical reference of an instrument's form at a version. */
export function questionnaireCanonical(instrument: string, version: string, forms: ReadonlyMap<string, ExportForm>): string {
  const imported = importedIdOf(instrument) !== null ? forms.get(instrument)?.canonical : null;
  const base = imported ?? `${PACEWISE.questionnaire}${instrument}`;
  return version === '' ? base : `${base}|${version}`;
}

/** The instrument and version a canonical reference names, or null when it names none of ours. */
export function instrumentOfCanonical(canonical: string, forms: ReadonlyMap<string, ExportForm>): { instrument: string; version: string } | null {
  const bar = canonical.indexOf('|');
  const base = bar < 0 ? canonical : canonical.slice(0, bar);
  const version = bar < 0 ? '' : canonical.slice(bar + 1);
  const imported = [...forms.entries()].find(([key, form]) => importedIdOf(key) !== null && form.canonical === base);
  if (imported) return { instrument: imported[0], version };
  if (!base.startsWith(PACEWISE.questionnaire)) return null;
  return { instrument: base.slice(PACEWISE.questionnaire.length), version };
}

type ExportedAnswer = ExportedResponse['answers'][number];

function answerValue(answer: ExportedAnswer, form: ExportForm | undefined): Record<string, unknown> | null {
  if (answer.code !== null) {
    const option = form?.form ? optionOf(form.form, answer.linkId, answer.code) : null;
    const text = option && 'literal' in option.text ? option.text.literal : null;
    const coding = {
      ...(answer.value !== null ? { extension: [{ url: ORDINAL_VALUE, valueDecimal: answer.value }] } : {}),
      ...(option?.system ? { system: option.system } : {}),
      code: answer.code,
      ...(text ? { display: text } : {}),
    };
    return { valueCoding: coding };
  }
  if (answer.value === null) return null;
  return Number.isInteger(answer.value) ? { valueInteger: answer.value } : { valueDecimal: answer.value };
}

/** One answer set as a QuestionnaireResponse; a skipped item is listed without an answer. */
export function questionnaireResponse(response: ExportedResponse, patientId: string, forms: ReadonlyMap<string, ExportForm>): FhirResource {
  const form = forms.get(response.instrument);
  const items = response.answers.map((answer) => {
    const value = answerValue(answer, form);
    return { linkId: answer.linkId, ...(answer.label !== null ? { text: answer.label } : {}), ...(value ? { answer: [value] } : {}) };
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id: response.id,
    extension: [localDateExtension(response.localDate)],
    questionnaire: questionnaireCanonical(response.instrument, response.version, forms),
    ...(response.checkinId ? { partOf: [ref(response.checkinId)] } : {}),
    status: 'completed',
    subject: ref(patientId),
    authored: response.at,
    author: ref(patientId),
    ...(items.length > 0 ? { item: items } : {}),
  };
}
