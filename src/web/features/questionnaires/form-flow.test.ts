/**
 * The form's walk. Dimensions: steps from nested groups and display text; enableWhen on a code,
 * on a number, `all` and `any`, and in a chain (turning one off turns the next off); required and
 * skippable; the answer set sent; number keys on choice and 0-10 items; the time estimate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormItem } from '../../../core/questionnaires/types.js';
import { activeSteps, answerForKey, buildSteps, canLeave, estimateMinutes, pruneAnswers, toAnswers, withAnswer, type FormAnswers, type QuestionItem } from './form-flow.js';

const base = { codes: [], enableWhen: [], enableBehavior: 'all' as const };
const lit = (literal: string) => ({ literal });
const choice = (linkId: string, extra: Partial<FormItem> = {}): FormItem => ({
  ...base,
  kind: 'choice',
  linkId,
  text: lit(`Question ${linkId}`),
  required: false,
  options: [1, 2, 3, 4, 5].map((v) => ({ code: `${linkId}-${v}`, system: null, value: v, text: lit(`Option ${v}`) })),
  ...extra,
} as FormItem);
const scale = (linkId: string, required = true): FormItem => ({
  ...base, kind: 'integer', linkId, text: { key: 'questionnaire.psfs.activity', params: { activity: 'Gardening' } }, required, min: 0, max: 10, lowLabel: null, highLabel: null,
});

const FORM: FormItem[] = [
  { ...base, kind: 'display', linkId: 'intro', text: lit('In the past 7 days') },
  {
    ...base, kind: 'group', linkId: 'g', text: lit('Pain'), items: [
      choice('a', { required: true }),
      choice('b', { enableWhen: [{ question: 'a', answer: 'a-5' }] }),
      choice('c', { enableWhen: [{ question: 'b', answer: 3 }] }),
    ],
  },
  scale('d', false),
  { ...base, kind: 'display', linkId: 'end', text: lit('Thank you') },
];
const steps = buildSteps({ items: FORM });

describe('buildSteps', () => {
  it('makes one screen per question, text on the next question, groups as headings, trailing text last', () => {
    expect(steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'note:4']);
    expect(steps[0]).toMatchObject({ notes: [lit('In the past 7 days')], groups: [lit('Pain')] });
    expect(steps[3]).toMatchObject({ groups: [], notes: [] });
    expect(steps[4]).toMatchObject({ kind: 'note', notes: [lit('Thank you')] });
  });
});

describe('enableWhen', () => {
  it.each<[string, FormAnswers, string[]]>([
    ['nothing answered: b and c are off', {}, ['a', 'd', 'note:4']],
    ['a = 5 turns b on', { a: { value: 5, code: 'a-5' } }, ['a', 'b', 'd', 'note:4']],
    ['b = 3 turns c on', { a: { value: 5, code: 'a-5' }, b: { value: 3, code: 'b-3' } }, ['a', 'b', 'c', 'd', 'note:4']],
    ['b answered without a: b is off, so c is off too', { b: { value: 3, code: 'b-3' } }, ['a', 'd', 'note:4']],
  ])('%s', (_name, answers, shown) => {
    expect(activeSteps(steps, answers).map((s) => s.id)).toEqual(shown);
  });

  it('clears the answers of items that turn off, down the chain', () => {
    let answers: FormAnswers = {};
    answers = withAnswer(steps, answers, 'a', { value: 5, code: 'a-5' });
    answers = withAnswer(steps, answers, 'b', { value: 3, code: 'b-3' });
    answers = withAnswer(steps, answers, 'c', { value: 1, code: 'c-1' });
    answers = withAnswer(steps, answers, 'a', { value: 1, code: 'a-1' });
    expect(answers).toEqual({ a: { value: 1, code: 'a-1' } });
  });

  it('with `any`, one met condition is enough', () => {
    const items = [choice('x'), choice('y'), choice('z', { enableBehavior: 'any', enableWhen: [{ question: 'x', answer: 'x-1' }, { question: 'y', answer: 'y-1' }] })];
    const any = buildSteps({ items });
    expect(activeSteps(any, { y: { value: 1, code: 'y-1' } }).map((s) => s.id)).toEqual(['x', 'y', 'z']);
    expect(activeSteps(any, { y: { value: 2, code: 'y-2' } }).map((s) => s.id)).toEqual(['x', 'y']);
  });
});

describe('canLeave and toAnswers', () => {
  it('a required question needs an answer; an optional one and text do not', () => {
    expect(canLeave(steps[0]!, {})).toBe(false);
    expect(canLeave(steps[0]!, { a: { value: 2, code: 'a-2' } })).toBe(true);
    expect(canLeave(steps[3]!, {})).toBe(true);
    expect(canLeave(steps[4]!, {})).toBe(true);
  });

  it('sends every shown question, a skipped one as null, with the PSFS activity as its label', () => {
    expect(toAnswers(steps, { a: { value: 2, code: 'a-2' } })).toEqual([
      { linkId: 'a', value: 2, code: 'a-2', label: null },
      { linkId: 'd', value: null, code: null, label: 'Gardening' },
    ]);
  });

  it('never sends an item that is off (property)', () => {
    const given = fc.record({ value: fc.integer({ min: 1, max: 5 }) }).map(({ value }) => value);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), given), (raw) => {
        const answers: FormAnswers = Object.fromEntries(Object.entries(raw).map(([id, v]) => [id, { value: v, code: `${id}-${v}` }]));
        const shown = new Set(activeSteps(steps, answers).map((s) => s.id));
        expect(toAnswers(steps, answers).every((a) => shown.has(a.linkId))).toBe(true);
        expect(pruneAnswers(steps, pruneAnswers(steps, answers))).toEqual(pruneAnswers(steps, answers));
      }),
    );
  });
});

describe('answerForKey', () => {
  const c = choice('k') as QuestionItem;
  const s = scale('s') as QuestionItem;
  it.each<[QuestionItem, string, { value: number; code: string | null } | null]>([
    [c, '1', { value: 1, code: 'k-1' }],
    [c, '5', { value: 5, code: 'k-5' }],
    [c, '6', null],
    [c, '0', null],
    [c, 'a', null],
    [s, '0', { value: 0, code: null }],
    [s, '9', { value: 9, code: null }],
    [s, 'Enter', null],
  ])('%#: key %s', (item, key, expected) => {
    expect(answerForKey(item, key)).toEqual(expected);
  });
});

describe('estimateMinutes', () => {
  it.each([[0, 1], [3, 1], [4, 2], [6, 2], [7, 3]])('%i questions take about %i minutes', (n, minutes) => {
    const items = Array.from({ length: n }, (_v, i) => choice(`q${i}`));
    expect(estimateMinutes(buildSteps({ items }))).toBe(minutes);
  });
});
