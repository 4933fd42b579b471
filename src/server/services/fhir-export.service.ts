/**
 * The FHIR R4 Bundle download (issue 12): the person's own, or a linked patient's for a clinician
 * (in the audit log as a read of `export`). Built from the same document as the JSON export; an
 * imported form is named by its canonical URL. The email goes only into the person's own copy.
 */
import { read } from '../../core/access/policy.js';
import { toLocalDate } from '../../core/calendar.js';
import { buildFhirBundle } from '../../core/fhir/export-bundle.js';
import type { ExportForm, FhirBundle } from '../../core/fhir/export-types.js';
import { importedIdOf } from '../../core/questionnaires/types.js';
import type { ExportDocument } from '../../contract/export.js';
import { findImportedQuestionnaire } from '../../db/imported-questionnaire.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { documentOf } from './export.service.js';

/** A Bundle to download and its file name. */
export interface FhirDownload {
  fileName: string;
  bundle: FhirBundle;
}

/** The imported forms the answer sets name (retired ones too: old answers keep their form). */
async function formsOf(services: Services, document: ExportDocument): Promise<Map<string, ExportForm>> {
  const keys = [...new Set(document.questionnaireResponses.map((r) => r.instrument))].filter((key) => importedIdOf(key) !== null);
  const forms = new Map<string, ExportForm>();
  for (const key of keys) {
    const record = await findImportedQuestionnaire(services.db, importedIdOf(key) ?? '');
    if (record) forms.set(key, { canonical: record.url, version: record.version, form: record.form });
  }
  return forms;
}

/** The person's data, or a linked patient's, as a FHIR R4 Bundle of type collection. */
export async function exportFhir(services: Services, actor: Person, subjectId: string): Promise<FhirDownload> {
  const subject = await requireAccess(services, actor, read('export'), subjectId);
  const document = await documentOf(services, actor, subject);
  const self = subject.relation.kind === 'self';
  const bundle = buildFhirBundle(document, await formsOf(services, document), { newId: () => services.newId(), includeEmail: self });
  const day = toLocalDate(document.exportedAt, subject.timeZone);
  return { fileName: `pacewise-${self ? 'fhir' : 'patient-fhir'}-${day}.json`, bundle };
}
