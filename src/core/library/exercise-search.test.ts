/**
 * The library's ranked search. Dimensions: what the issue saw ("breathing", "back"), a word's
 * start as typed, a typo, an exact name, words found only in the steps, filters with words, and
 * the invariants: results always pass the filters, a name typed exactly comes first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from './catalog.js';
import { filterExercises, type ExerciseFilter } from './exercise-filter.js';
import { buildExerciseSearch, searchWords, typosForgiven } from './exercise-search.js';
import { PILLARS, POSITIONS } from './exercise.js';
import { PAIN_AREAS } from '../profile.js';

const search = buildExerciseSearch(BUILTIN_EXERCISES);
const names = (filter: ExerciseFilter) => search.find(filter).map((e) => e.name);
const isBack = (regions: readonly string[]) => regions[0] === 'lower_back' || regions[0] === 'upper_back';

describe('the ranked library search', () => {
  it.each<[string, string, readonly string[]]>([
    ['the hint’s own example finds breathing first', 'breathing', ['Box breathing', 'Belly breathing', 'Slow paced breathing']],
    ['a word’s start, as typed', 'hamstrin', ['Seated hamstring stretch', 'Standing hamstring stretch', 'Lying hamstring stretch with a band']],
    ['a typo on a longer word', 'hamstirng', ['Seated hamstring stretch', 'Standing hamstring stretch', 'Lying hamstring stretch with a band']],
    ['a name typed exactly comes first', 'bridge', ['Bridge', 'Bridge with a march']],
    ['a name typed exactly, any case', 'SIT TO STAND', ['Sit to stand']],
    ['"pain" and "exercises" do not narrow a search', 'neck pain exercises', ['Diagonal neck stretch']],
    ['a name with the word before the pillar it names', 'cardio', ['Seated cardio mix']],
  ])('%s: "%s"', (_why, q, first) => {
    const found = names({ q });
    expect(found.slice(0, first.length)).toEqual(expect.arrayContaining([...first]));
    if (first[0]) expect(found[0]).toBe(first[0]);
  });

  it('lists breathing exercises before any other for "breathing"', () => {
    const found = search.find({ q: 'breathing' });
    expect(found.slice(0, 4).every((e) => e.activity === 'breathing')).toBe(true);
    expect(found.every((e) => e.activity === 'breathing')).toBe(true);
  });

  it('lists back exercises for "back", a sensible count and not every exercise lying on its back', () => {
    const found = search.find({ q: 'back' });
    expect(found.length).toBeGreaterThanOrEqual(15);
    expect(found.length).toBeLessThanOrEqual(40);
    expect(found.every((e) => isBack(e.regions) || /back/i.test(e.name))).toBe(true);
    expect(found.slice(0, 3).map((e) => e.name)).toContain('Standing back arch');
  });

  it('falls back on words found in what an exercise is for when no name or tag has them', () => {
    const found = names({ q: 'kerbs' });
    expect(found).toEqual(['Step-up on the bottom stair']);
  });

  it.each<[string, ExerciseFilter]>([
    ['a position', { q: 'stretch', position: 'seated' }],
    ['a region', { q: 'stretch', region: 'knee' }],
    ['body weight only', { q: 'strength', equipment: [] }],
    ['a pillar and a level', { q: 'wall', pillar: 'strengthening', level: 1 }],
  ])('combines the words with %s', (_name, filter) => {
    const allowed = new Set(filterExercises(BUILTIN_EXERCISES, { ...filter, q: undefined }));
    const found = search.find(filter);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => allowed.has(e))).toBe(true);
  });

  it('finds a whole pillar by another name for it', () => {
    const found = search.find({ q: 'cardio' });
    expect(found).toHaveLength(BUILTIN_EXERCISES.filter((e) => e.pillar === 'aerobic').length);
  });

  it('finds the same for a plural as for the word', () => {
    expect(names({ q: 'knees' })).toEqual(names({ q: 'knee' }));
  });

  it('finds nothing for words no exercise has', () => {
    expect(search.find({ q: 'zzzz qqqqq' })).toEqual([]);
  });

  it('lists the filtered library in library order when there are no words to search by', () => {
    expect(search.find({ pillar: 'aerobic', q: '  the  ' })).toEqual(filterExercises(BUILTIN_EXERCISES, { pillar: 'aerobic' }));
  });

  it.each([
    ['back', 0],
    ['hips', 0],
    ['stand', 1],
    ['stretch', 1],
    ['hamstring', 2],
  ])('forgives typos by length: "%s" → %i', (word, typos) => {
    expect(typosForgiven(word)).toBe(typos);
  });

  it.each([
    ['Child’s pose', ['child', 'pose']],
    ['the Stretches for my KNEES', ['stretch', 'knee']],
    ['café', ['cafe']],
  ])('folds the words of "%s"', (q, words) => {
    expect(searchWords(q)).toEqual(words);
  });
});

describe('the ranked search’s invariants', () => {
  it('finds every exercise first by its exact name', () => {
    for (const exercise of BUILTIN_EXERCISES) expect(search.find({ q: exercise.name })[0]).toBe(exercise);
  });

  it('finds every exercise by the start of each word of its name and by one typo in a long word', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_EXERCISES), (exercise) => {
        const words = exercise.name.split(' ');
        const prefixes = words.map((word) => (word.length > 4 ? word.slice(0, 4) : word)).join(' ');
        expect(search.find({ q: prefixes })).toContain(exercise);
        // One letter changed in a word of six letters or more: within the typos forgiven.
        const long = words.find((word) => /^[a-z]{6,}$/i.test(word));
        if (long) expect(search.find({ q: exercise.name.replace(long, `${long.slice(0, -1)}q`) })).toContain(exercise);
      }),
      { numRuns: 200 },
    );
  });

  it('only ever returns exercises that pass every filter, each once', () => {
    const filter = fc.record(
      {
        pillar: fc.constantFrom(...PILLARS),
        position: fc.constantFrom(...POSITIONS),
        region: fc.constantFrom(...PAIN_AREAS),
        level: fc.integer({ min: 1, max: 3 }),
        q: fc.constantFrom('back', 'st', 'wall stretch', 'breathing', 'hamstirng', 'knee pain', 'zz', 'seated arm'),
      },
      { requiredKeys: ['q'] },
    );
    fc.assert(
      fc.property(filter, (f) => {
        const allowed = new Set(filterExercises(BUILTIN_EXERCISES, { ...f, q: undefined }));
        const found = search.find(f);
        expect(found.every((e) => allowed.has(e))).toBe(true);
        expect(new Set(found).size).toBe(found.length);
      }),
      { numRuns: 300 },
    );
  });
});
