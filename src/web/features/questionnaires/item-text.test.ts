/** Built-in words come from the catalog with their parameters; imported words are kept exactly. */
import { describe, expect, it } from 'vitest';
import { builtInInstrument, formFor } from '../../../core/questionnaires/catalog.js';
import { BUILT_IN_INSTRUMENTS, type FormDefinition, type ItemText } from '../../../core/questionnaires/types.js';
import { instrumentWords } from './instrument-words.js';
import { activityOf, renderItemText } from './item-text.js';

const words = instrumentWords.en;

describe('renderItemText', () => {
  it.each([
    ['a key', { key: 'questionnaire.pgic.option.1' }, 'Very much better'],
    ['a key with the person’s activity', { key: 'questionnaire.psfs.activity', params: { activity: 'Gardening' } }, 'How well can you do this activity now? Gardening'],
    ['an imported text, untouched', { literal: '  Placeholder <b>words</b> ' }, '  Placeholder <b>words</b> '],
    ['a key we do not have', { key: 'questionnaire.nope' }, 'MISSING'],
  ] as const)('%s', (_name, text, expected) => {
    expect(renderItemText(text, words, 'MISSING')).toBe(expected);
  });

  it('names the seven global-impression options in our own words', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => renderItemText({ key: `questionnaire.pgic.option.${n}` }, words, '?'))).toEqual([
      'Very much better', 'Much better', 'A little better', 'About the same', 'A little worse', 'Much worse', 'Very much worse',
    ]);
  });

  it('takes a PSFS activity as the answer label, at most 120 characters', () => {
    expect(activityOf({ key: 'k', params: { activity: 'x'.repeat(200) } })).toHaveLength(120);
    expect(activityOf({ literal: 'x' })).toBeNull();
  });
});

describe('the catalog covers the core’s built-in forms', () => {
  const goals = { goals: [{ activity: 'Walk to the shop', score: 3 }] };
  const textsOf = (form: FormDefinition): ItemText[] => [
    form.title,
    ...(form.intro ? [form.intro] : []),
    ...form.items.flatMap((i): ItemText[] => (i.kind === 'integer' ? [i.text, ...(i.lowLabel ? [i.lowLabel] : []), ...(i.highLabel ? [i.highLabel] : [])] : i.kind === 'choice' ? [i.text, ...i.options.map((o) => o.text)] : [])),
  ];
  it.each(BUILT_IN_INSTRUMENTS)('%s: every word has a text', (key) => {
    const form = formFor(builtInInstrument(key), goals);
    expect(form).not.toBeNull();
    for (const text of textsOf(form!)) expect(renderItemText(text, words, 'MISSING')).not.toBe('MISSING');
  });
});
