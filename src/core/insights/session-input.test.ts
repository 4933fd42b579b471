// Covers: a logged session read for the insights — pillars of its done items (done or easier,
// never skipped; unknown exercises ignored) and its minutes as pacing estimates them.
import { describe, expect, it } from 'vitest';
import type { Pillar } from '../library/exercise.js';
import { sessionInputOf } from './session-input.js';

const PILLARS: Record<string, Pillar> = {
  walk: 'aerobic',
  'cat-cow': 'stretching',
  'wall-push': 'strengthening',
  breathing: 'mind_body',
};

describe('sessionInputOf', () => {
  it('keeps the pillars of done items and counts their minutes', () => {
    const log = {
      localDate: '2024-03-05',
      painBefore: 5,
      painAfter: 4,
      items: [
        { exerciseId: 'walk', minutes: 10, status: 'done' as const },
        { exerciseId: 'wall-push', sets: 2, reps: 12, status: 'easier' as const },
        { exerciseId: 'breathing', minutes: 5, status: 'skipped' as const },
        { exerciseId: 'unknown-one', minutes: 3, status: 'done' as const },
      ],
    };
    expect(sessionInputOf(log, (id) => PILLARS[id])).toEqual({
      localDate: '2024-03-05',
      painBefore: 5,
      painAfter: 4,
      pillars: ['aerobic', 'strengthening'],
      // 10 + 2 × 12 slow reps with set-up, count-in and a rest between sets (229 s → 4) + 3.
      minutes: 17,
    });
  });
});
