// Covers: each built-in instrument's data and form (keys, linkIds, codes, ranges), PSFS made from
// the person's goals, scoring by each rule (single, mean, PROMIS by item id), imported instruments.
import { describe, expect, it } from 'vitest';
import { builtInInstrument, formFor } from './catalog.js';
import { instrumentOfImported } from './instruments/imported.js';
import { scoreAnswers } from './score.js';
import type { Answer, FormDefinition, FormItem } from './types.js';

const none = { goals: [] };
const goals = [
  { activity: 'Walk to the shop', score: 3 },
  { activity: 'Lift my grandchild', score: 5 },
  { activity: 'Garden', score: 7 },
];

function int(linkId: string, value: number | null, label: string | null = null): Answer {
  return { linkId, value, code: null, label };
}

function keysOf(form: FormDefinition): string[] {
  const texts = form.items.flatMap((i) => (i.kind === 'integer' ? [i.text, i.lowLabel, i.highLabel] : i.kind === 'choice' ? [i.text, ...i.options.map((o) => o.text)] : []));
  return [form.title, form.intro, ...texts].flatMap((t) => (t && 'key' in t ? [t.key] : []));
}

describe('built-in forms', () => {
  it('the PEG asks pain, enjoyment and activity 0-10 with their LOINC codes', () => {
    const form = formFor(builtInInstrument('peg'), none)!;
    expect(form.items.map((i) => i.linkId)).toEqual(['pain', 'enjoyment', 'activity']);
    expect(form.items.map((i) => i.codes[0]?.code)).toEqual(['75893-8', '91145-3', '91146-1']);
    expect(form.codes[0]?.code).toBe('91148-7');
    expect(form.items.every((i) => i.kind === 'integer' && i.min === 0 && i.max === 10 && i.required)).toBe(true);
    expect(form.items.map((i) => i.kind === 'integer' && i.highLabel)).toEqual([
      { key: 'questionnaire.peg.pain.high' },
      { key: 'questionnaire.peg.interference.high' },
      { key: 'questionnaire.peg.interference.high' },
    ]);
  });

  it('the pain rating is one 0-10 item coded 72514-3, asked in the check-in', () => {
    const instrument = builtInInstrument('pain_rating');
    expect(instrument.schedule).toEqual({ everyDays: null, insideCheckin: true });
    const form = formFor(instrument, none)!;
    expect(form.items).toHaveLength(1);
    expect(form.items[0]?.codes[0]?.code).toBe('72514-3');
  });

  it('the PSFS has one item per goal with the activity as a parameter', () => {
    const form = formFor(builtInInstrument('psfs'), { goals })!;
    expect(form.items.map((i) => i.linkId)).toEqual(['activity-1', 'activity-2', 'activity-3']);
    expect(form.items[1]).toMatchObject({ text: { key: 'questionnaire.psfs.activity', params: { activity: 'Lift my grandchild' } } });
  });

  it('the PSFS has no form for a person without goals', () => {
    expect(formFor(builtInInstrument('psfs'), none)).toBeNull();
    expect(formFor(builtInInstrument('psfs'), { goals: [{ activity: '  ', score: 2 }] })).toBeNull();
  });

  it('the global impression offers seven options 1-7 in our own code system', () => {
    const form = formFor(builtInInstrument('pgic'), none)!;
    const item = form.items[0] as Extract<FormItem, { kind: 'choice' }>;
    expect(item.options.map((o) => [o.code, o.value, o.system])).toEqual([1, 2, 3, 4, 5, 6, 7].map((v) => [String(v), v, 'urn:pacewise:pgic']));
  });

  it.each(['pain_rating', 'peg', 'psfs', 'pgic'] as const)('%s words are keys named questionnaire.<instrument>.<part>', (key) => {
    const form = formFor(builtInInstrument(key), { goals })!;
    const keys = keysOf(form);
    expect(keys.length).toBeGreaterThan(2);
    for (const k of keys) expect(k.startsWith(`questionnaire.${key}.`)).toBe(true);
  });

  it('an imported instrument has no form without its stored one', () => {
    const instrument = instrumentOfImported({ id: 'x', version: '1', title: 'T', form: emptyForm('imported:x'), scoring: null, itemCount: 0 });
    expect(formFor(instrument, none)).toBeNull();
    expect(formFor(instrument, none, emptyForm('imported:x'))).not.toBeNull();
    expect(formFor(instrument, none, emptyForm('imported:y'))).toBeNull();
  });
});

function emptyForm(instrument: `imported:${string}`): FormDefinition {
  return { instrument, version: '1', title: { literal: 'T' }, intro: null, items: [], codes: [], canonical: null };
}

describe('scoring', () => {
  it.each([
    [[6, 4, 5], 5.0],
    [[10, 10, 10], 10.0],
    [[0, 0, 1], 0.33],
  ])('PEG %j scores %d (clinical-sources.md §1)', (values, score) => {
    const answers = ['pain', 'enjoyment', 'activity'].map((l, i) => int(l, values[i]!));
    expect(scoreAnswers(builtInInstrument('peg'), answers)).toEqual({ value: score, se: null, raw: null, method: 'mean', answered: 3, of: 3 });
  });

  it.each([
    [[3, 5, 7], 5.0],
    [[6, 7, 8], 7.0],
    [[4, 5], 4.5],
    [[2, 3, 3], 2.67],
  ])('PSFS %j scores %d (clinical-sources.md §4)', (values, score) => {
    const answers = values.map((v, i) => int(`activity-${i + 1}`, v, `a${i}`));
    expect(scoreAnswers(builtInInstrument('psfs'), answers).value).toBe(score);
  });

  it('a PSFS activity left out is not in the mean', () => {
    const score = scoreAnswers(builtInInstrument('psfs'), [int('activity-1', 4), int('activity-2', null)]);
    expect(score).toMatchObject({ value: 4, answered: 1, of: 2 });
  });

  it.each([
    ['pain_rating', 'pain', 7],
    ['pgic', 'change', 2],
  ] as const)('%s scores its single item', (key, linkId, value) => {
    expect(scoreAnswers(builtInInstrument(key), [{ linkId, value, code: null, label: null }])).toMatchObject({ value, method: 'single', answered: 1, of: 1 });
  });

  it('an unanswered single item has no score', () => {
    expect(scoreAnswers(builtInInstrument('pgic'), []).value).toBeNull();
  });
});
