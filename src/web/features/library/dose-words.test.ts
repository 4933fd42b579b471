// Covers: every dose shape the library and the planner produce — minutes (aerobic and not),
// sets of reps, sets of reps with holds, holds repeated (and once), reps alone, sets alone —
// singular and plural, fractional minutes, "on each side", and an empty dose.
import { describe, expect, it } from 'vitest';
import type { Pillar } from '../../../core/library/exercise.js';
import { describeDose, type DoseLike } from './dose-words.js';
import { libraryMessages } from './messages.js';

const words = libraryMessages.en.dose;

describe('describeDose', () => {
  it.each<[DoseLike, Pillar, string]>([
    [{ minutes: 10 }, 'aerobic', '10 minutes at an easy pace: you can talk but not sing'],
    [{ minutes: 1 }, 'aerobic', '1 minute at an easy pace: you can talk but not sing'],
    [{ minutes: 2.5 }, 'aerobic', '2.5 minutes at an easy pace: you can talk but not sing'],
    [{ minutes: 8 }, 'mind_body', '8 minutes'],
    [{ sets: 2, reps: 10 }, 'strengthening', '2 sets of 10 slow repetitions'],
    [{ sets: 1, reps: 1 }, 'strengthening', '1 set of 1 slow repetition'],
    [
      { sets: 1, reps: 10, holdSeconds: 5 },
      'strengthening',
      '1 set of 10 slow repetitions, holding each for 5 seconds',
    ],
    [{ holdSeconds: 20, reps: 3 }, 'stretching', 'Hold 20 seconds, 3 times'],
    [{ holdSeconds: 30 }, 'stretching', 'Hold 30 seconds, once'],
    [{ reps: 8 }, 'mind_body', '8 slow repetitions'],
    [{ sets: 2 }, 'strengthening', '2 sets'],
    [
      { holdSeconds: 30, reps: 2, perSide: true },
      'stretching',
      'Hold 30 seconds, 2 times on each side',
    ],
    [
      { sets: 2, reps: 10, perSide: true },
      'strengthening',
      '2 sets of 10 slow repetitions on each side',
    ],
  ])('%j (%s) → %s', (dose, pillar, expected) => {
    expect(describeDose(dose, pillar, words)).toBe(expected);
  });

  it('says nothing for an empty dose', () => {
    expect(describeDose({}, 'stretching', words)).toBeNull();
    expect(describeDose({ perSide: true }, 'stretching', words)).toBeNull();
  });
});
