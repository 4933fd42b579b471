/**
 * Importing a FHIR R4 Questionnaire a practice holds a licence for (issue 12): the file becomes a
 * form Pacewise renders with the file's own words, or is refused with every unsupported thing
 * named by its path. A file whose items are exactly a PROMIS short form's is scored as that form.
 *
 * Choices made here: an integer item's lowest answer is 0 unless a minValue extension says
 * otherwise, and it must carry a maxValue (a scale without an end cannot be shown as one); a
 * missing `version` is stored as ""; an item's `prefix` is shown before its text; extensions that
 * are not modifiers and do not compute or hide anything (item control, rendering hints) are ignored.
 */
import type { FormDefinition, FormItem, PromisForm } from '../questionnaires/types.js';
import { importedInstrumentKey } from '../questionnaires/types.js';
import type { JsonObject, Unsupported } from './json.js';
import { isObject, optionalArray, optionalString, Problems, shown } from './json.js';
import { promisFormOf, promisItemIdOf, promisItemIdOfCodings } from '../questionnaires/promis/forms.js';
import { checkConditions, checkExtensions, IMPORT_LIMITS, newItemWalk, readCodings, readItems } from './questionnaire-items.js';

/** A file read into a form, or the list of what it uses that Pacewise does not support. */
export type ParsedQuestionnaire =
  | { ok: true; form: FormDefinition; url: string | null; version: string; title: string; scoring: PromisForm | null; itemCount: number }
  | { ok: false; unsupported: Unsupported[] };

const STATUSES = ['draft', 'active', 'unknown'];

/** Read a FHIR R4 Questionnaire into a form for the instrument `imported:<id>`, or say what is unsupported. */
export function parseQuestionnaire(resource: unknown, id: string): ParsedQuestionnaire {
  const problems = new Problems();
  if (!isObject(resource) || resource['resourceType'] !== 'Questionnaire') {
    const type = isObject(resource) ? resource['resourceType'] : undefined;
    return { ok: false, unsupported: [{ path: 'resourceType', what: `${shown(type)} is not a Questionnaire` }] };
  }
  const head = readHead(resource, problems);
  const walk = newItemWalk(problems);
  const list = optionalArray(resource, 'item', '', problems);
  if (list.length === 0) problems.add('item', 'the questionnaire has no items');
  const items = readItems(list, 'item', 1, walk).map(withPromisIdCode);
  const codes = readCodings(resource, '', problems);
  checkConditions(walk);
  if (walk.answerable === 0 && list.length > 0) problems.add('item', 'the questionnaire has no choice or integer items to answer');
  if (walk.answerable > IMPORT_LIMITS.answerableItems) problems.add('item', `has ${walk.answerable} items to answer; at most ${IMPORT_LIMITS.answerableItems} are supported`);
  if (problems.list.length > 0 || !head) return { ok: false, unsupported: problems.list };
  const form: FormDefinition = {
    instrument: importedInstrumentKey(id),
    version: head.version,
    title: { literal: head.title },
    intro: head.description ? { literal: head.description } : null,
    items,
    codes,
    canonical: head.url,
  };
  return { ok: true, form, url: head.url, version: head.version, title: head.title, scoring: promisFormOfItems(items), itemCount: walk.answerable };
}

interface Head {
  url: string | null;
  version: string;
  title: string;
  description: string | null;
}

function readHead(resource: JsonObject, problems: Problems): Head | null {
  const status = resource['status'];
  if (status === 'retired') problems.add('status = "retired"', 'a retired questionnaire cannot be imported');
  else if (typeof status !== 'string' || !STATUSES.includes(status)) problems.add('status', `${shown(status)} should be draft, active or unknown`);
  if (resource['implicitRules'] !== undefined) problems.add('implicitRules', 'is not supported');
  checkExtensions(resource, '', problems);
  const url = optionalString(resource, 'url', '', 500, problems);
  const version = optionalString(resource, 'version', '', 64, problems) ?? '';
  const title = optionalString(resource, 'title', '', 200, problems) ?? optionalString(resource, 'name', '', 200, problems);
  const description = optionalString(resource, 'description', '', 2000, problems);
  if (!title || title.trim() === '') {
    problems.add('title', 'the questionnaire needs a title or a name');
    return null;
  }
  return { url, version, title: title.trim(), description };
}

/** Give an item whose linkId is a PROMIS item id (and no PROMIS code) that id as a code, so scoring finds it by code. */
function withPromisIdCode(item: FormItem): FormItem {
  if (item.kind === 'group') return { ...item, items: item.items.map(withPromisIdCode) };
  const id = promisItemIdOf(item.linkId);
  if (!id || promisItemIdOfCodings(item.codes)) return item;
  return { ...item, codes: [...item.codes, { system: null, code: id, display: null }] };
}

function answerable(items: readonly FormItem[]): FormItem[] {
  return items.flatMap((item) => (item.kind === 'group' ? answerable(item.items) : item.kind === 'display' ? [] : [item]));
}

/**
 * The PROMIS short form these items are: every item to answer has a PROMIS id, answered 1 to 5,
 * and the ids are exactly one form's. Anything else is stored and shown but not scored.
 */
export function promisFormOfItems(items: readonly FormItem[]): PromisForm | null {
  const ids: string[] = [];
  for (const item of answerable(items)) {
    const id = promisItemIdOfCodings(item.codes);
    if (!id || item.kind !== 'choice') return null;
    const values = item.options.map((o) => o.value).sort((a, b) => a - b);
    if (values.join(',') !== '1,2,3,4,5') return null;
    ids.push(id);
  }
  return promisFormOf(ids);
}
