import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from './catalog.js';
import { PILLARS } from './exercise.js';
import { filterExercises, type ExerciseFilter } from './exercise-filter.js';

/** An exercise as the API shows it: plain fields, level a number, extra fields of its own. */
const views = BUILTIN_EXERCISES.map((e) => ({ ...e, level: Number(e.level), source: 'builtin', illustration: `/illustrations/${e.id}.svg` }));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('filterExercises on the list a device keeps', () => {
  it.each<[string, ExerciseFilter]>([
    ['no filter', {}],
    ['a pillar', { pillar: 'strengthening' }],
    ['a word', { q: 'wall' }],
    ['two words, any case', { q: 'WALL push' }],
    ['body weight only', { equipment: [] }],
    ['a level and a position', { level: 1, position: 'seated' }],
  ])('finds the same exercises in the API view as in the library: %s', (_name, filter) => {
    expect(ids(filterExercises(views, filter))).toEqual(ids(filterExercises(BUILTIN_EXERCISES, filter)));
  });

  it('finds nothing for words no exercise has', () => {
    expect(filterExercises(views, { q: 'zzzz-no-such-word' })).toEqual([]);
  });

  it('keeps library order and only returns exercises matching every filter given', () => {
    const filter = fc.record(
      {
        pillar: fc.constantFrom(...PILLARS),
        level: fc.integer({ min: 1, max: 3 }),
        q: fc.constantFrom('', 'wall', 'breath', 'arm', 'slow'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, (f) => {
        const found = filterExercises(views, f);
        const order = found.map((e) => views.indexOf(e));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const e of found) {
          if (f.pillar !== undefined) expect(e.pillar).toBe(f.pillar);
          if (f.level !== undefined) expect(e.level).toBe(f.level);
        }
        expect(ids(found)).toEqual(ids(filterExercises(BUILTIN_EXERCISES, f)));
      }),
    );
  });
});
