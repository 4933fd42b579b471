/**
 * A questionnaire as a person walks it: one screen per question (display text goes on the screen
 * of the question after it, groups become headings), enableWhen evaluated on the answers so far,
 * and the answer set sent at the end. Pure: the form component only renders these steps.
 */
import type { Answer, EnableWhen, FormDefinition, FormItem, ItemText } from '../../../core/questionnaires/types.js';
import { activityOf } from './item-text.js';

/** An item a person answers. */
export type QuestionItem = Extract<FormItem, { kind: 'choice' | 'integer' }>;

/** A condition set from an item or one of its groups. */
interface Gate {
  enableWhen: readonly EnableWhen[];
  enableBehavior: 'all' | 'any';
}

/** One screen: a question, or text with no question after it. */
export type Step =
  | { kind: 'question'; id: string; item: QuestionItem; groups: ItemText[]; notes: ItemText[]; gates: Gate[] }
  | { kind: 'note'; id: string; groups: ItemText[]; notes: ItemText[]; gates: Gate[] };

/** A given answer: a choice's code and value, or an integer (code null). */
export interface GivenAnswer {
  value: number;
  code: string | null;
}

/** The answers so far, by linkId; an item without an entry is unanswered. */
export type FormAnswers = Readonly<Record<string, GivenAnswer>>;

interface Walk {
  steps: Step[];
  notes: ItemText[];
}

/** The form's screens, in order. */
export function buildSteps(form: Pick<FormDefinition, 'items'>): Step[] {
  const walk: Walk = { steps: [], notes: [] };
  walkItems(form.items, [], [], walk);
  if (walk.notes.length > 0) walk.steps.push({ kind: 'note', id: `note:${walk.steps.length}`, groups: [], notes: walk.notes, gates: [] });
  return walk.steps;
}

function walkItems(items: readonly FormItem[], groups: ItemText[], gates: Gate[], walk: Walk): void {
  for (const item of items) {
    const here = item.enableWhen.length > 0 ? [...gates, { enableWhen: item.enableWhen, enableBehavior: item.enableBehavior }] : gates;
    switch (item.kind) {
      case 'display':
        walk.notes.push(item.text);
        break;
      case 'group':
        walkItems(item.items, item.text ? [...groups, item.text] : groups, here, walk);
        break;
      case 'choice':
      case 'integer':
        walk.steps.push({ kind: 'question', id: item.linkId, item, groups, notes: walk.notes, gates: here });
        walk.notes = [];
        break;
    }
  }
}

function meets(condition: EnableWhen, answers: FormAnswers): boolean {
  const given = answers[condition.question];
  if (!given) return false;
  return typeof condition.answer === 'string' ? given.code === condition.answer : given.value === condition.answer;
}

/** True when every gate of the step lets it show, given the answers. */
export function isEnabled(step: Step, answers: FormAnswers): boolean {
  return step.gates.every((gate) =>
    gate.enableBehavior === 'any'
      ? gate.enableWhen.some((c) => meets(c, answers))
      : gate.enableWhen.every((c) => meets(c, answers)),
  );
}

/** The answers with those of items that turned off removed (in order, so a chain turns off too). */
export function pruneAnswers(steps: readonly Step[], answers: FormAnswers): FormAnswers {
  const kept: Record<string, GivenAnswer> = { ...answers };
  for (const step of steps) {
    if (step.kind === 'question' && !isEnabled(step, kept)) delete kept[step.id];
  }
  return kept;
}

/** The screens shown for these answers. */
export function activeSteps(steps: readonly Step[], answers: FormAnswers): Step[] {
  const kept = pruneAnswers(steps, answers);
  return steps.filter((step) => isEnabled(step, kept));
}

/** Sets (or clears, with null) one answer and removes what it turned off. */
export function withAnswer(steps: readonly Step[], answers: FormAnswers, linkId: string, answer: GivenAnswer | null): FormAnswers {
  const next: Record<string, GivenAnswer> = { ...answers };
  if (answer) next[linkId] = answer;
  else delete next[linkId];
  return pruneAnswers(steps, next);
}

/** True when the step can be left forward: it is text, answered, or may be skipped. */
export function canLeave(step: Step, answers: FormAnswers): boolean {
  return step.kind === 'note' || !step.item.required || answers[step.id] !== undefined;
}

/** The answer set to send: every shown question, a skipped one as null. */
export function toAnswers(steps: readonly Step[], answers: FormAnswers): Answer[] {
  return activeSteps(steps, answers).flatMap((step) => {
    if (step.kind !== 'question') return [];
    const given = answers[step.id];
    return [{ linkId: step.id, value: given?.value ?? null, code: given?.code ?? null, label: activityOf(step.item.text) }];
  });
}

/**
 * The answer a number key picks: 1-9 the option in that place of a choice item; 0-9 that value
 * of an integer item within its range. Null for any other key.
 */
export function answerForKey(item: QuestionItem, key: string): GivenAnswer | null {
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (item.kind === 'choice') {
    const option = digit >= 1 ? item.options[digit - 1] : undefined;
    return option ? { value: option.value, code: option.code } : null;
  }
  return digit >= item.min && digit <= item.max ? { value: digit, code: null } : null;
}

/** About how long the form takes, in whole minutes (some 20 seconds a question, at least 1). */
export function estimateMinutes(steps: readonly Step[]): number {
  const questions = steps.filter((step) => step.kind === 'question').length;
  return Math.max(1, Math.ceil((questions * 20) / 60));
}
