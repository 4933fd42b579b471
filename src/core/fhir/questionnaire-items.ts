/**
 * The items of an imported FHIR R4 Questionnaire, read into Pacewise's form items. Only the subset
 * licensed short forms use is read (group, display, choice with coded options, integer); anything
 * else is named as unsupported with its path rather than dropped.
 */
import type { AnswerOption, Coding, EnableWhen, FormItem } from '../questionnaires/types.js';
import type { JsonObject, Problems } from './json.js';
import { extensionsOf, isObject, numberExtension, optionalArray, optionalString, shown } from './json.js';

/** Limits a file must stay within. */
export const IMPORT_LIMITS = { answerableItems: 60, allItems: 200, depth: 5, textLength: 1000, optionLength: 300, options: 20, linkIdLength: 100 } as const;

const EXT = 'http://hl7.org/fhir/StructureDefinition/';
/** Where an option's score value may be given: R4's ordinalValue, its older name, and R5's itemWeight. */
const SCORE_EXTENSIONS = [`${EXT}ordinalValue`, `${EXT}itemWeight`, `${EXT}iso21090-CO-value`];
/** Extensions that change what a form does (computed answers, hidden items, constraints): refused. */
const REFUSED_EXTENSION = /(expression|\/variable|questionnaire-hidden|questionnaire-constraint|cqf-library)$/i;

/** What the import knows of an item while checking conditions on it. */
interface ItemInfo {
  kind: FormItem['kind'];
  optionCodes: string[];
}

/** A condition as read, to be checked once every item is known. */
interface PendingCondition {
  path: string;
  condition: EnableWhen;
}

/** The state of a walk over a Questionnaire's items. */
export interface ItemWalk {
  problems: Problems;
  items: Map<string, ItemInfo>;
  /** Every linkId seen so far, items refused included, so a duplicate is found wherever it is. */
  linkIds: Set<string>;
  conditions: PendingCondition[];
  answerable: number;
  all: number;
}

/** A fresh walk. */
export function newItemWalk(problems: Problems): ItemWalk {
  return { problems, items: new Map(), linkIds: new Set(), conditions: [], answerable: 0, all: 0 };
}

/** Refuse modifier extensions and the extensions that compute or hide things. */
export function checkExtensions(obj: JsonObject, path: string, problems: Problems): void {
  if (optionalArray(obj, 'modifierExtension', path, problems).length > 0) problems.add(`${path}modifierExtension`, 'is not supported (it changes what the element means)');
  optionalArray(obj, 'extension', path, problems).forEach((ext, i) => {
    const url = isObject(ext) ? ext['url'] : undefined;
    if (typeof url === 'string' && REFUSED_EXTENSION.test(url)) problems.add(`${path}extension[${i}]`, `${shown(url)} is not supported`);
  });
}

/** The codings of an element's `code` list. */
export function readCodings(obj: JsonObject, path: string, problems: Problems): Coding[] {
  const codings: Coding[] = [];
  optionalArray(obj, 'code', path, problems).forEach((raw, i) => {
    const coding = readCoding(raw, `${path}code[${i}]`, problems);
    if (coding) codings.push(coding);
  });
  return codings;
}

function readCoding(raw: unknown, path: string, problems: Problems): Coding | null {
  if (!isObject(raw) || typeof raw['code'] !== 'string' || raw['code'] === '' || raw['code'].length > 100) {
    problems.add(path, 'should be a coding with a code');
    return null;
  }
  const system = optionalString(raw, 'system', `${path}.`, 500, problems);
  const display = optionalString(raw, 'display', `${path}.`, IMPORT_LIMITS.optionLength, problems);
  return { system, code: raw['code'], display };
}

/** Read a list of items (the Questionnaire's, or a group's). */
export function readItems(list: unknown[], path: string, depth: number, walk: ItemWalk): FormItem[] {
  if (depth > IMPORT_LIMITS.depth) {
    walk.problems.add(path, `nests groups more than ${IMPORT_LIMITS.depth} deep`);
    return [];
  }
  const items: FormItem[] = [];
  list.forEach((raw, i) => {
    const item = readItem(raw, `${path}[${i}]`, depth, walk);
    if (item) items.push(item);
  });
  return items;
}

function readItem(raw: unknown, path: string, depth: number, walk: ItemWalk): FormItem | null {
  const { problems } = walk;
  if (!isObject(raw)) {
    problems.add(path, 'should be an item');
    return null;
  }
  walk.all += 1;
  if (walk.all === IMPORT_LIMITS.allItems + 1) problems.add(path, `is past ${IMPORT_LIMITS.allItems} items in all`);
  const linkId = readLinkId(raw, path, walk);
  checkExtensions(raw, `${path}.`, problems);
  checkUnsupportedFields(raw, path, problems);
  const base = { linkId, codes: readCodings(raw, `${path}.`, problems), ...readConditions(raw, path, walk) };
  const text = readText(raw, path, problems);
  const type = raw['type'];
  const children = optionalArray(raw, 'item', `${path}.`, problems);
  const labels = type === 'integer' ? rangeLabels(children) : null;
  if (type !== 'group' && children.length > 0 && !labels) problems.add(`${path}.item`, `items nested under a ${shown(type)} item are not supported (except an integer's lower and upper labels)`);
  if (type !== 'choice' && raw['answerOption'] !== undefined) problems.add(`${path}.answerOption`, `is only supported on choice items`);
  switch (type) {
    case 'group':
      if (children.length === 0) problems.add(`${path}.item`, 'a group needs items');
      return remember(walk, { ...base, kind: 'group', text, items: readItems(children, `${path}.item`, depth + 1, walk) }, []);
    case 'display':
      if (!text) problems.add(`${path}.text`, 'a display item needs text');
      return remember(walk, { ...base, kind: 'display', text: text ?? { literal: '' } }, []);
    case 'choice':
      return readChoice(raw, path, { ...base, text: requiredText(text, path, problems), required: raw['required'] === true }, walk);
    case 'integer':
      return readInteger(raw, path, { ...base, text: requiredText(text, path, problems), required: raw['required'] === true }, walk, labels);
    default:
      problems.add(`${path}.type`, `${shown(type)} is not supported (use group, display, choice or integer)`);
      return null;
  }
}

function remember<T extends FormItem>(walk: ItemWalk, item: T, optionCodes: string[]): T {
  if (item.linkId !== '' && !walk.items.has(item.linkId)) walk.items.set(item.linkId, { kind: item.kind, optionCodes });
  if (item.kind === 'choice' || item.kind === 'integer') walk.answerable += 1;
  return item;
}

function readLinkId(raw: JsonObject, path: string, walk: ItemWalk): string {
  const linkId = raw['linkId'];
  if (typeof linkId !== 'string' || linkId === '' || linkId.length > IMPORT_LIMITS.linkIdLength) {
    walk.problems.add(`${path}.linkId`, `should be text of 1 to ${IMPORT_LIMITS.linkIdLength} characters`);
    return '';
  }
  if (walk.linkIds.has(linkId)) walk.problems.add(`${path}.linkId = ${shown(linkId)}`, 'is used by an earlier item too');
  walk.linkIds.add(linkId);
  return linkId;
}

function checkUnsupportedFields(raw: JsonObject, path: string, problems: Problems): void {
  if (raw['repeats'] === true) problems.add(`${path}.repeats`, 'repeating items are not supported');
  if (raw['readOnly'] === true) problems.add(`${path}.readOnly`, 'read-only items are not supported');
  if (raw['answerValueSet'] !== undefined) problems.add(`${path}.answerValueSet`, 'answer options from a value set are not supported; list them in answerOption');
  if (raw['initial'] !== undefined) problems.add(`${path}.initial`, 'pre-filled answers are not supported');
}

function readText(raw: JsonObject, path: string, problems: Problems): { literal: string } | null {
  const text = optionalString(raw, 'text', `${path}.`, IMPORT_LIMITS.textLength, problems);
  const prefix = optionalString(raw, 'prefix', `${path}.`, 20, problems);
  if (text === null || text.trim() === '') return null;
  return { literal: prefix ? `${prefix} ${text}` : text };
}

function requiredText(text: { literal: string } | null, path: string, problems: Problems): { literal: string } {
  if (!text) problems.add(`${path}.text`, 'a question needs text');
  return text ?? { literal: '' };
}

type QuestionBase = Omit<Extract<FormItem, { kind: 'choice' }>, 'kind' | 'options'>;

function readChoice(raw: JsonObject, path: string, base: QuestionBase, walk: ItemWalk): FormItem {
  const list = optionalArray(raw, 'answerOption', `${path}.`, walk.problems);
  if (list.length === 0 && raw['answerValueSet'] === undefined) walk.problems.add(`${path}.answerOption`, 'a choice item needs answer options');
  if (list.length > IMPORT_LIMITS.options) walk.problems.add(`${path}.answerOption`, `has more than ${IMPORT_LIMITS.options} options`);
  const options: AnswerOption[] = [];
  const codes = new Set<string>();
  // Past the limit the file is refused anyway: read no further, so a huge list costs nothing.
  list.slice(0, IMPORT_LIMITS.options + 1).forEach((option, i) => {
    const read = readOption(option, `${path}.answerOption[${i}]`, walk.problems);
    if (!read) return;
    if (codes.has(read.code)) walk.problems.add(`${path}.answerOption[${i}]`, `the code ${shown(read.code)} is listed twice`);
    codes.add(read.code);
    options.push(read);
  });
  return remember(walk, { ...base, kind: 'choice', options }, options.map((o) => o.code));
}

function readOption(raw: unknown, path: string, problems: Problems): AnswerOption | null {
  if (!isObject(raw)) {
    problems.add(path, 'should be an answer option');
    return null;
  }
  checkExtensions(raw, `${path}.`, problems);
  if (raw['initialSelected'] === true) problems.add(`${path}.initialSelected`, 'pre-selected answers are not supported');
  const other = Object.keys(raw).find((key) => key.startsWith('value') && key !== 'valueCoding');
  if (other) {
    problems.add(`${path}.${other}`, 'only coded options (valueCoding) are supported');
    return null;
  }
  const coding = readCoding(raw['valueCoding'], `${path}.valueCoding`, problems);
  if (!coding) return null;
  const value = optionValue(raw, coding.code);
  if (value === null) {
    problems.add(`${path}`, 'has no score value (an ordinalValue or itemWeight extension, or a numeric code)');
    return null;
  }
  return { code: coding.code, system: coding.system, value, text: { literal: coding.display ?? coding.code } };
}

/** An option's score: its ordinalValue/itemWeight (on the option or on its coding), else a numeric code. */
function optionValue(option: JsonObject, code: string): number | null {
  const coding = option['valueCoding'];
  for (const url of SCORE_EXTENSIONS) {
    const value = numberExtension(option, url) ?? (isObject(coding) ? numberExtension(coding, url) : null);
    if (value !== null) return value;
  }
  return /^-?\d+(\.\d+)?$/.test(code) ? Number(code) : null;
}

const ITEM_CONTROL = `${EXT}questionnaire-itemControl`;
type RangeLabels = { lowLabel: { literal: string } | null; highLabel: { literal: string } | null };

/**
 * An integer's end labels, given as SDC does: nested display items whose item control is `lower`
 * or `upper`. Null when the nested items are anything else (then they are refused).
 */
function rangeLabels(children: readonly unknown[]): RangeLabels | null {
  const labels: RangeLabels = { lowLabel: null, highLabel: null };
  for (const child of children) {
    if (!isObject(child) || child['type'] !== 'display' || typeof child['text'] !== 'string' || child['text'].length > IMPORT_LIMITS.optionLength) return null;
    const control = extensionsOf(child, ITEM_CONTROL).flatMap((e) => (isObject(e['valueCodeableConcept']) ? optionalCodes(e['valueCodeableConcept']) : []));
    if (control.includes('lower') && !labels.lowLabel) labels.lowLabel = { literal: child['text'] };
    else if (control.includes('upper') && !labels.highLabel) labels.highLabel = { literal: child['text'] };
    else return null;
  }
  return labels;
}

function optionalCodes(concept: JsonObject): string[] {
  const codings = Array.isArray(concept['coding']) ? concept['coding'] : [];
  return codings.flatMap((c) => (isObject(c) && typeof c['code'] === 'string' ? [c['code']] : []));
}

function readInteger(raw: JsonObject, path: string, base: QuestionBase, walk: ItemWalk, labels: RangeLabels | null): FormItem {
  const min = numberExtension(raw, `${EXT}minValue`) ?? 0;
  const max = numberExtension(raw, `${EXT}maxValue`);
  if (max === null) walk.problems.add(`${path}.extension`, 'an integer item needs a maxValue extension (the lowest answer is 0 unless minValue says otherwise)');
  else if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || min < -1000 || max > 1000) walk.problems.add(`${path}.extension`, `minValue ${min} and maxValue ${max} should be whole numbers from -1000 to 1000, the lowest first`);
  return remember(walk, { ...base, kind: 'integer', min, max: max ?? min + 1, lowLabel: labels?.lowLabel ?? null, highLabel: labels?.highLabel ?? null }, []);
}

function readConditions(raw: JsonObject, path: string, walk: ItemWalk): Pick<FormItem, 'enableWhen' | 'enableBehavior'> {
  const list = optionalArray(raw, 'enableWhen', `${path}.`, walk.problems);
  const enableWhen: EnableWhen[] = [];
  list.forEach((entry, i) => {
    const condition = readCondition(entry, `${path}.enableWhen[${i}]`, walk.problems);
    if (!condition) return;
    enableWhen.push(condition);
    walk.conditions.push({ path: `${path}.enableWhen[${i}]`, condition });
  });
  const behavior = raw['enableBehavior'];
  if (behavior !== undefined && behavior !== 'all' && behavior !== 'any') walk.problems.add(`${path}.enableBehavior`, `${shown(behavior)} should be "all" or "any"`);
  if (behavior === undefined && enableWhen.length > 1) walk.problems.add(`${path}.enableBehavior`, 'is needed when there is more than one enableWhen');
  return { enableWhen, enableBehavior: behavior === 'any' ? 'any' : 'all' };
}

function readCondition(raw: unknown, path: string, problems: Problems): EnableWhen | null {
  if (!isObject(raw) || typeof raw['question'] !== 'string') {
    problems.add(path, 'should name a question');
    return null;
  }
  if (raw['operator'] !== '=') {
    problems.add(`${path}.operator = ${shown(raw['operator'])}`, 'only "=" is supported');
    return null;
  }
  const coding = raw['answerCoding'];
  if (isObject(coding) && typeof coding['code'] === 'string') return { question: raw['question'], answer: coding['code'] };
  if (typeof raw['answerInteger'] === 'number' && Number.isInteger(raw['answerInteger'])) return { question: raw['question'], answer: raw['answerInteger'] };
  const other = Object.keys(raw).find((key) => key.startsWith('answer')) ?? 'answer[x]';
  problems.add(`${path}.${other}`, 'only answerCoding (a choice) or answerInteger (an integer) is supported');
  return null;
}

/** Check each condition against the item it names, once every item is known. */
export function checkConditions(walk: ItemWalk): void {
  for (const { path, condition } of walk.conditions) {
    const target = walk.items.get(condition.question);
    if (!target) walk.problems.add(`${path}.question = ${shown(condition.question)}`, 'names no item in the file');
    else if (typeof condition.answer === 'string' && (target.kind !== 'choice' || !target.optionCodes.includes(condition.answer))) walk.problems.add(`${path}.answerCoding`, `${shown(condition.answer)} is not an option of ${shown(condition.question)}`);
    else if (typeof condition.answer === 'number' && target.kind !== 'integer') walk.problems.add(`${path}.answerInteger`, `${shown(condition.question)} is not an integer item`);
  }
}
