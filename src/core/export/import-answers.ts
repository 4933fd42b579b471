/**
 * The answers of an imported file, checked against their instruments before anything is stored
 * (a review found a file could carry a global impression of 99, a PSFS of −5 or 1.7e308, and have
 * them shown as real outcomes on a clinician's caseload). Built-in instruments are checked by
 * their forms; an imported form this server holds by its own form; an imported form it does not
 * hold is kept as given and never scored. Choice values are taken from the form, not the file.
 */
import { builtInInstrument, checkAnswers, formFor } from '../questionnaires/index.js';
import type { Answer, FormDefinition } from '../questionnaires/types.js';
import { importedIdOf, isBuiltInInstrument } from '../questionnaires/types.js';
import type { ImportProblem, ImportResponse } from './import-checks.js';

const PSFS_ITEM = /^activity-([1-5])$/;

/** Each answer set with its answers as its form has them, or the first that does not fit. */
export function checkImportedAnswers<R extends ImportResponse>(
  responses: readonly R[],
  importedForms: ReadonlyMap<string, FormDefinition>,
): { ok: true; responses: R[] } | { ok: false; problem: ImportProblem } {
  const checked: R[] = [];
  for (const [index, response] of responses.entries()) {
    const field = `questionnaireResponses.${index}.answers`;
    const answers = answersAsFormHasThem(response, importedForms);
    if (answers === 'unknown_instrument') return { ok: false, problem: { field: `questionnaireResponses.${index}.instrument`, message: `questionnaireResponses.${index}.instrument: this server does not know this questionnaire.` } };
    if (answers === 'kept') {
      checked.push(response);
      continue;
    }
    if (!answers.ok) return { ok: false, problem: { field: `${field}.${answers.linkId}`, message: `${field}.${answers.linkId}: this answer does not fit its question (${answers.code}).` } };
    checked.push({ ...response, answers: answers.answers });
  }
  return { ok: true, responses: checked };
}

type Checked = { ok: true; answers: Answer[] } | { ok: false; linkId: string; code: string };

function answersAsFormHasThem(response: ImportResponse, importedForms: ReadonlyMap<string, FormDefinition>): Checked | 'kept' | 'unknown_instrument' {
  if (response.instrument === 'psfs') return checkPsfs(response.answers);
  if (isBuiltInInstrument(response.instrument)) {
    const form = formFor(builtInInstrument(response.instrument), { goals: [] });
    return form ? byForm(form, response.answers) : 'unknown_instrument';
  }
  const id = importedIdOf(response.instrument);
  if (id === null) return 'unknown_instrument';
  const form = importedForms.get(id);
  return form ? byForm(form, response.answers) : 'kept';
}

function byForm(form: FormDefinition, answers: readonly Answer[]): Checked {
  const check = checkAnswers(form, answers);
  if (check.ok) return { ok: true, answers: check.answers };
  const first = check.problems[0];
  return { ok: false, linkId: first?.linkId ?? '', code: first?.code ?? 'not_an_option' };
}

/** A PSFS's items are the person's own activities: each `activity-N` once, rated 0-10 or skipped. */
function checkPsfs(answers: readonly Answer[]): Checked {
  const seen = new Set<string>();
  for (const answer of answers) {
    if (!PSFS_ITEM.test(answer.linkId)) return { ok: false, linkId: answer.linkId, code: 'unknown_item' };
    if (seen.has(answer.linkId)) return { ok: false, linkId: answer.linkId, code: 'duplicate' };
    seen.add(answer.linkId);
    const value = answer.value;
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 10)) return { ok: false, linkId: answer.linkId, code: 'out_of_range' };
  }
  return { ok: true, answers: answers.map((a) => ({ ...a, code: null })) };
}
