/**
 * Checking an answer set against its form. Every answer names an answerable item once; a choice's
 * code is one of its options and its value and label come from the form, never the client;
 * integers are whole and in range; required enabled items are answered (an item is required only
 * when the form says so — imported PROMIS files may let an item be skipped); items whose enableWhen
 * does not hold are not answered.
 */
import { answerableItems, isEnabled, labelOf, type AnswerableItem, type PlacedItem } from './form.js';
import type { Answer, FormDefinition } from './types.js';

/** Why an answer set was refused, per item. */
export type AnswerProblemCode = 'unknown_item' | 'not_an_option' | 'out_of_range' | 'required' | 'not_enabled' | 'duplicate';

/** One problem with one item. */
export interface AnswerProblem {
  linkId: string;
  code: AnswerProblemCode;
}

/** The normalised answers in form order, or every problem found. */
export type AnswerCheck = { ok: true; answers: Answer[] } | { ok: false; problems: AnswerProblem[] };

function normalise(item: AnswerableItem, answer: Answer): Answer | AnswerProblemCode {
  const label = labelOf(item);
  if (answer.value === null && answer.code === null) return { linkId: item.linkId, value: null, code: null, label };
  if (item.kind === 'choice') {
    const option = item.options.find((o) => o.code === answer.code);
    return option ? { linkId: item.linkId, value: option.value, code: option.code, label } : 'not_an_option';
  }
  const v = answer.value;
  if (v === null || !Number.isInteger(v) || v < item.min || v > item.max) return 'out_of_range';
  return { linkId: item.linkId, value: v, code: null, label };
}

function enabledItems(placed: readonly PlacedItem[], given: ReadonlyMap<string, Answer>): Set<string> {
  // Answers of disabled items enable nothing, so settle the enabled set (chains settle in n rounds).
  let enabled = new Set(placed.map((p) => p.item.linkId));
  for (let round = 0; round <= placed.length; round += 1) {
    const counted = new Map([...given].filter(([linkId]) => enabled.has(linkId)));
    const next = new Set(placed.filter((p) => isEnabled(p, counted)).map((p) => p.item.linkId));
    if (next.size === enabled.size && [...next].every((l) => enabled.has(l))) return next;
    enabled = next;
  }
  return enabled;
}

/** Check an answer set against its form. */
export function checkAnswers(form: FormDefinition, answers: readonly Answer[]): AnswerCheck {
  const placed = answerableItems(form.items);
  const byLinkId = new Map(placed.map((p) => [p.item.linkId, p.item]));
  const problems: AnswerProblem[] = [];
  const given = new Map<string, Answer>();
  const seen = new Set<string>();
  for (const answer of answers) {
    const item = byLinkId.get(answer.linkId);
    if (!item) problems.push({ linkId: answer.linkId, code: 'unknown_item' });
    else if (seen.has(answer.linkId)) problems.push({ linkId: answer.linkId, code: 'duplicate' });
    else {
      const result = normalise(item, answer);
      if (typeof result === 'string') problems.push({ linkId: answer.linkId, code: result });
      else given.set(answer.linkId, result);
    }
    seen.add(answer.linkId);
  }
  const enabled = enabledItems(placed, given);
  for (const { item } of placed) {
    const on = enabled.has(item.linkId);
    const answered = given.get(item.linkId)?.value != null;
    const refused = seen.has(item.linkId) && !given.has(item.linkId);
    if (!on && answered) problems.push({ linkId: item.linkId, code: 'not_enabled' });
    else if (on && item.required && !answered && !refused) problems.push({ linkId: item.linkId, code: 'required' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: placed.flatMap(({ item }) => (enabled.has(item.linkId) ? (given.get(item.linkId) ?? []) : [])) };
}
