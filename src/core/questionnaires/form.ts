/**
 * Reading a form: its answerable items in order (groups opened), and whether an item is enabled
 * by the answers given (FHIR enableWhen with `=`; a group's conditions hold for its items).
 */
import type { Answer, EnableWhen, FormItem } from './types.js';

/** A choice or integer item. */
export type AnswerableItem = Extract<FormItem, { kind: 'choice' | 'integer' }>;

/** An answerable item with the conditions of the groups around it. */
export interface PlacedItem {
  item: AnswerableItem;
  conditions: { enableWhen: EnableWhen[]; enableBehavior: 'all' | 'any' }[];
}

/** Every answerable item in form order, each with its own and its groups' conditions. */
export function answerableItems(items: readonly FormItem[], outer: PlacedItem['conditions'] = []): PlacedItem[] {
  return items.flatMap((item): PlacedItem[] => {
    const conditions = item.enableWhen.length > 0 ? [...outer, { enableWhen: item.enableWhen, enableBehavior: item.enableBehavior }] : outer;
    if (item.kind === 'group') return answerableItems(item.items, conditions);
    if (item.kind === 'display') return [];
    return [{ item, conditions }];
  });
}

function holds(condition: EnableWhen, answers: ReadonlyMap<string, Answer>): boolean {
  const given = answers.get(condition.question);
  if (!given || given.value === null) return false;
  if (typeof condition.answer === 'number') return given.value === condition.answer;
  return given.code === condition.answer || (given.code === null && String(given.value) === condition.answer);
}

/** True when every condition set (the item's and its groups') holds for these answers. */
export function isEnabled(placed: PlacedItem, answers: ReadonlyMap<string, Answer>): boolean {
  return placed.conditions.every(({ enableWhen, enableBehavior }) =>
    enableBehavior === 'any' ? enableWhen.some((c) => holds(c, answers)) : enableWhen.every((c) => holds(c, answers)),
  );
}

/** The person's own words an item is about (a PSFS activity), stored as the answer's label. */
export function labelOf(item: AnswerableItem): string | null {
  const activity = 'key' in item.text ? item.text.params?.['activity'] : undefined;
  return typeof activity === 'string' ? activity : null;
}
