// Covers: checkAnswers on built-in and imported forms — unknown items, duplicates, choice codes
// (value and label taken from the form), integer ranges and whole numbers, required items, skips
// on optional items, enableWhen (equality, any/all, groups, chains), and form order of the result.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers.js';
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
