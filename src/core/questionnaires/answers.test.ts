// Covers: checkAnswers on built-in and imported forms — unknown items, duplicates, choice codes
// (value and label taken from the form), integer ranges and whole numbers, required items, skips
// on optional items, enableWhen (equality, any/all, groups, chains), and form order of the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers.js';
import { answerableItems } from './form.js';
import { builtInInstrument, formFor } from './catalog.js';
import { placeholderPi6a, promisItem } from './promis/promis.fixtures.js';
import type { Answer, FormDefinition, FormItem } from './types.js';

const a = (linkId: string, value: number | null, code: string | null = null, label: string | null = null): Answer => ({ linkId, value, code, label });
const peg = formFor(builtInInstrument('peg'), { goals: [] })!;
const pgic = formFor(builtInInstrument('pgic'), { goals: [] })!;
const psfs = formFor(builtInInstrument('psfs'), { goals: [{ activity: 'Walk', score: 3 }, { activity: 'Garden', score: 5 }] })!;

describe('checkAnswers', () => {
  it('accepts a complete PEG and returns it in form order', () => {
    const result = checkAnswers(peg, [a('activity', 5), a('pain', 6), a('enjoyment', 4)]);
    expect(result).toEqual({ ok: true, answers: [a('pain', 6), a('enjoyment', 4), a('activity', 5)] });
  });

  it.each([
    ['an unknown item', [a('pain', 1), a('enjoyment', 1), a('activity', 1), a('mood', 1)], [{ linkId: 'mood', code: 'unknown_item' }]],
    ['a duplicate', [a('pain', 1), a('pain', 2), a('enjoyment', 1), a('activity', 1)], [{ linkId: 'pain', code: 'duplicate' }]],
    ['above the range', [a('pain', 11), a('enjoyment', 1), a('activity', 1)], [{ linkId: 'pain', code: 'out_of_range' }]],
    ['below the range', [a('pain', -1), a('enjoyment', 1), a('activity', 1)], [{ linkId: 'pain', code: 'out_of_range' }]],
    ['not whole', [a('pain', 2.5), a('enjoyment', 1), a('activity', 1)], [{ linkId: 'pain', code: 'out_of_range' }]],
    ['a missing required item', [a('pain', 1), a('enjoyment', 1)], [{ linkId: 'activity', code: 'required' }]],
    ['a skipped required item', [a('pain', 1), a('enjoyment', 1), a('activity', null)], [{ linkId: 'activity', code: 'required' }]],
  ])('refuses %s', (_name, answers, problems) => {
    expect(checkAnswers(peg, answers)).toEqual({ ok: false, problems });
  });

  it('takes a choice value from the option, not from the client', () => {
    expect(checkAnswers(pgic, [a('change', 99, '2')])).toEqual({ ok: true, answers: [a('change', 2, '2')] });
  });

  it.each([
    ['an unknown code', a('change', 2, '8')],
    ['a value without a code', a('change', 2, null)],
  ])('refuses a choice with %s', (_name, answer) => {
    expect(checkAnswers(pgic, [answer])).toEqual({ ok: false, problems: [{ linkId: 'change', code: 'not_an_option' }] });
  });

  it('sets a PSFS answer label from the form, not the client', () => {
    const result = checkAnswers(psfs, [a('activity-1', 4, null, 'Something else'), a('activity-2', 6)]);
    expect(result).toEqual({ ok: true, answers: [a('activity-1', 4, null, 'Walk'), a('activity-2', 6, null, 'Garden')] });
  });

  it('lets an imported item be skipped when the form does not require it', () => {
    const form = placeholderPi6a();
    const answers = [1, 2, 3, 4, 5].map((n) => a(`q${n}`, 2, 'opt-2'));
    const result = checkAnswers(form, [...answers, a('q6', null)]);
    expect(result.ok && result.answers.map((x) => x.value)).toEqual([2, 2, 2, 2, 2, null]);
  });

  it('refuses an answer to a display item', () => {
    expect(checkAnswers(placeholderPi6a(), [a('intro', 1)])).toEqual({ ok: false, problems: [{ linkId: 'intro', code: 'unknown_item' }] });
  });
});

function withWhen(item: FormItem, enableWhen: FormItem['enableWhen'], enableBehavior: 'all' | 'any' = 'all', required = true): FormItem {
  return { ...item, enableWhen, enableBehavior, ...(item.kind === 'choice' ? { required } : {}) } as FormItem;
}

function conditional(): FormDefinition {
  const base = placeholderPi6a();
  const first = promisItem('first', 'PAININ9', true);
  const second = withWhen(promisItem('second', 'PAININ22'), [{ question: 'first', answer: 'opt-5' }]);
  const third = withWhen(promisItem('third', 'PAININ31'), [{ question: 'second', answer: 'opt-5' }]);
  const either = withWhen(promisItem('either', 'PAININ34'), [{ question: 'first', answer: 'opt-1' }, { question: 'first', answer: 5 }], 'any', false);
  const group: FormItem = { kind: 'group', linkId: 'g', text: null, codes: [], enableWhen: [{ question: 'first', answer: 'opt-2' }], enableBehavior: 'all', items: [promisItem('inner', 'PAININ12', true)] };
  return { ...base, items: [first, second, third, either, group] };
}

describe('enableWhen', () => {
  it.each([
    ['a required enabled item left out', [a('first', 5, 'opt-5')], [{ linkId: 'second', code: 'required' }]],
    ['an item answered while disabled', [a('first', 3, 'opt-3'), a('second', 1, 'opt-1')], [{ linkId: 'second', code: 'not_enabled' }]],
    ['a chain: the third is off when the second is off', [a('first', 3, 'opt-3'), a('third', 1, 'opt-1')], [{ linkId: 'third', code: 'not_enabled' }]],
    ['a group condition holds for its items', [a('first', 2, 'opt-2')], [{ linkId: 'inner', code: 'required' }]],
    ['a group item answered while the group is off', [a('first', 3, 'opt-3'), a('inner', 2, 'opt-2')], [{ linkId: 'inner', code: 'not_enabled' }]],
  ])('refuses %s', (_name, answers, problems) => {
    expect(checkAnswers(withRequired(conditional()), answers)).toEqual({ ok: false, problems });
  });

  it.each([
    ['nothing conditional', [a('first', 3, 'opt-3')], ['first']],
    ['a chain all on', [a('first', 5, 'opt-5'), a('second', 5, 'opt-5'), a('third', 1, 'opt-1')], ['first', 'second', 'third']],
    ['any of two conditions (by value)', [a('first', 5, 'opt-5'), a('second', 1, 'opt-1'), a('either', 1, 'opt-1')], ['first', 'second', 'either']],
    ['a skip of a disabled item is dropped', [a('first', 3, 'opt-3'), a('second', null)], ['first']],
  ])('accepts %s', (_name, answers, linkIds) => {
    const result = checkAnswers(withRequired(conditional()), answers);
    expect(result.ok && result.answers.map((x) => x.linkId)).toEqual(linkIds);
  });
});

function withRequired(form: FormDefinition): FormDefinition {
  const items = form.items.map((i) => (i.kind === 'choice' && i.linkId === 'second' ? { ...i, required: true } : i));
  return { ...form, items };
}

describe('checkAnswers properties', () => {
  const forms = [peg, pgic, psfs, withRequired(conditional()), placeholderPi6a()];
  const linkIds = ['pain', 'enjoyment', 'activity', 'change', 'activity-1', 'activity-2', 'first', 'second', 'third', 'either', 'inner', 'q1', 'q2', 'q6', 'nope'];
  const answer = fc.record({
    linkId: fc.constantFrom(...linkIds),
    value: fc.option(fc.integer({ min: -2, max: 12 }), { nil: null }),
    code: fc.option(fc.constantFrom('1', '2', '7', '9', 'opt-1', 'opt-2', 'opt-5'), { nil: null }),
    label: fc.constant(null),
  });

  it('an accepted answer set is in form order, once per item, in range, and accepted again unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.array(answer, { maxLength: 8 }), (form, answers) => {
        const result = checkAnswers(form, answers);
        if (!result.ok) return;
        const order = answerableItems(form.items).map((p) => p.item.linkId);
        const positions = result.answers.map((x) => order.indexOf(x.linkId));
        expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
        for (const x of result.answers) {
          const item = answerableItems(form.items).find((p) => p.item.linkId === x.linkId)!.item;
          if (x.value !== null && item.kind === 'integer') expect(x.value >= item.min && x.value <= item.max).toBe(true);
          if (x.value !== null && item.kind === 'choice') expect(item.options.some((o) => o.code === x.code && o.value === x.value)).toBe(true);
        }
        expect(checkAnswers(form, result.answers)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});
