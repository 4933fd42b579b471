// The one measure of time (CLINICAL.md §3): itemSeconds, worked out from counts, equals the sum of
// the guided player's own segments for every kind of dose, and the worked examples hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemMinutes, itemSeconds, itemSecondsBySegments, sessionMinutes } from './duration.js';
import type { ItemDose } from './session-player/types.js';

const dose: fc.Arbitrary<ItemDose> = fc.record(
  {
    sets: fc.integer({ min: 0, max: 4 }),
    reps: fc.integer({ min: 0, max: 20 }),
    holdSeconds: fc.integer({ min: 0, max: 60 }),
    minutes: fc.integer({ min: 0, max: 60 }),
    perSide: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('itemSeconds', () => {
  it('equals the player\'s segments for any dose (one measure, whichever way it is worked out)', () => {
    fc.assert(
      fc.property(dose, (d) => {
        expect(itemSeconds(d)).toBeCloseTo(itemSecondsBySegments(d), 6);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it.each<[string, ItemDose, number]>([
    ['a 10-minute walk: its minutes', { minutes: 10 }, 600],
    ['2 holds of 30 s: set-up 20, count-in 5, 30, rest 10, 30', { holdSeconds: 30, reps: 2 }, 95],
    ['2 holds of 30 s on each side: and a 5 s change of side each round', { holdSeconds: 30, reps: 2, perSide: true }, 20 + 5 + 4 * 30 + 2 * 5 + 1 * 10],
    ['2 × 12 slow reps: 6 s each, a minute between sets', { sets: 2, reps: 12 }, 20 + 5 + 24 * 6 + 60],
    ['1 × 8 on each side with a 5 s hold at the top', { sets: 1, reps: 8, holdSeconds: 5, perSide: true }, 20 + 5 + 16 * 11 + 5],
  ])('%s', (_name, d, seconds) => {
    expect(itemSeconds(d)).toBe(seconds);
  });

  it('rounds an item up to the half minute and a session to the whole minute', () => {
    expect(itemMinutes({ holdSeconds: 30, reps: 2 })).toBe(2); // 95 s
    expect(itemMinutes({ holdSeconds: 20, reps: 2 })).toBe(1.5); // 75 s
    expect(sessionMinutes([1.5, 2, 5])).toBe(9);
  });
});
