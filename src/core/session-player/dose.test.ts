// Covers: the kind of a dose (timed, holds, reps, nothing given), the segments of holds (one side
// and each side), sets of reps (one side and each side, rests between sets), a timed stretch,
// paced rep length, and the dose of an easier variant (same kind, other kind, own hold per rep).
import { describe, expect, it } from 'vitest';
import {
  READY_MS,
  REST_BETWEEN_HOLDS_MS,
  REST_BETWEEN_SETS_MS,
  SWITCH_SIDE_MS,
  buildSegments,
  classifyDose,
  easierDose,
  pacedRepMs,
  segmentMs,
} from './dose.js';
import { EXERCISES } from './session-player.fixtures.js';
import type { ItemDose, PlayerExercise } from './types.js';

const exercise = (id: string): PlayerExercise => {
  const found = EXERCISES.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('classifyDose', () => {
  it.each<[ItemDose, string]>([
    [{ minutes: 10 }, 'timed'],
    [{ holdSeconds: 30, reps: 3 }, 'holds'],
    [{ sets: 1, reps: 10 }, 'reps'],
    [{ sets: 1, reps: 10, holdSeconds: 5 }, 'reps'],
    [{ reps: 10 }, 'reps'],
    [{}, 'timed'],
  ])('%j is %s', (dose, kind) => {
    expect(classifyDose(dose)).toBe(kind);
  });
});

describe('buildSegments', () => {
  it('holds on one side: a count-in, then holds with rests between', () => {
    expect(buildSegments({ holdSeconds: 20, reps: 2 })).toEqual([
      { kind: 'ready', ms: READY_MS },
      { kind: 'hold', ms: 20_000, round: 1, rounds: 2, side: 'both' },
      { kind: 'rest', ms: REST_BETWEEN_HOLDS_MS, after: 'hold' },
      { kind: 'hold', ms: 20_000, round: 2, rounds: 2, side: 'both' },
    ]);
  });

  it('holds on each side: a short switch between sides, a rest between rounds', () => {
    const kinds = buildSegments({ holdSeconds: 30, reps: 2, perSide: true }).map((s) =>
      s.kind === 'hold'
        ? `hold ${s.round}${s.side[0]}`
        : s.kind === 'rest'
          ? `rest ${s.ms / 1000}`
          : s.kind,
    );
    expect(kinds).toEqual([
      'ready',
      'hold 1f',
      'rest 5',
      'hold 1s',
      'rest 10',
      'hold 2f',
      'rest 5',
      'hold 2s',
    ]);
  });

  it('sets of reps on each side, with a rest between sets', () => {
    const segments = buildSegments({ sets: 2, reps: 8, perSide: true });
    expect(segments.map((s) => (s.kind === 'rest' ? s.ms : s.kind))).toEqual([
      'ready',
      'reps',
      SWITCH_SIDE_MS,
      'reps',
      REST_BETWEEN_SETS_MS,
      'reps',
      SWITCH_SIDE_MS,
      'reps',
    ]);
    expect(segments[1]).toEqual({
      kind: 'reps',
      target: 8,
      set: 1,
      sets: 2,
      side: 'first',
      holdMs: 0,
    });
  });

  it('a timed stretch in minutes, and one minute when the dose says nothing', () => {
    expect(buildSegments({ minutes: 2.5 })).toEqual([{ kind: 'timed', ms: 150_000 }]);
    expect(buildSegments({})).toEqual([{ kind: 'timed', ms: 60_000 }]);
  });
});

describe('paced reps', () => {
  it.each([
    [0, 6_000],
    [5_000, 11_000],
  ])('a rep with a %i ms hold lasts %i ms', (hold, ms) => {
    expect(pacedRepMs(hold)).toBe(ms);
  });

  it('a paced set lasts its reps, a hold its seconds', () => {
    expect(
      segmentMs({ kind: 'reps', target: 10, set: 1, sets: 1, side: 'both', holdMs: 5_000 }),
    ).toBe(110_000);
    expect(segmentMs({ kind: 'hold', ms: 30_000, round: 1, rounds: 1, side: 'both' })).toBe(30_000);
  });
});

describe('easierDose', () => {
  it.each<[string, ItemDose, string, ItemDose]>([
    ['keeps planned minutes', { minutes: 10 }, 'walk-home', { minutes: 10, perSide: false }],
    [
      'keeps planned holds, sides from the easier one',
      { holdSeconds: 30, reps: 2, perSide: true },
      'seated-calf',
      { holdSeconds: 30, reps: 2, perSide: true },
    ],
    [
      'keeps sets and reps',
      { sets: 2, reps: 8 },
      'sit-to-stand-hands',
      { sets: 2, reps: 8, perSide: false },
    ],
    [
      'adds sides of the easier one',
      { sets: 1, reps: 8 },
      'knee-straighten',
      { sets: 1, reps: 8, perSide: true },
    ],
    [
      'takes the easier default when kinds differ',
      { minutes: 5 },
      'sit-to-stand-hands',
      { sets: 1, reps: 10, perSide: false },
    ],
  ])('%s', (_name, planned, easierId, expected) => {
    expect(easierDose(planned, exercise(easierId))).toEqual(expected);
  });

  it('takes the easier exercise’s own hold per rep', () => {
    const withHold: PlayerExercise = { ...exercise('palm-press'), id: 'x' };
    expect(easierDose({ sets: 1, reps: 8 }, withHold)).toEqual({
      sets: 1,
      reps: 8,
      holdSeconds: 5,
      perSide: false,
    });
  });
});
