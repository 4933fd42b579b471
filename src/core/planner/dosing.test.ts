// Covers: the estimated minutes of holds, reps and timed work (rounded up to half minutes);
// stretch holds and repetitions by age (CLINICAL.md §2); strength sets and reps from a quota
// or the start-small dose (§3); aerobic minutes and the session cap from pacing.
import { describe, expect, it } from 'vitest';
import type { QuotaView } from '../pacing/activity.js';
import {
  buildMindBodyItem,
  buildStrengthItem,
  buildStretchItem,
  readAerobicMinutes,
  readSessionCap,
  sumSessionMinutes,
} from './dosing.js';
import { toHalfMinutesUp as toEstimatedMinutes } from '../duration.js';
import { makeExercise } from './testing.js';

describe('toEstimatedMinutes', () => {
  it.each([
    [1, 0.5],
    [30, 0.5],
    [31, 1],
    [110, 2],
    [135, 2.5],
  ])('%i s → %s min', (seconds, minutes) => {
    expect(toEstimatedMinutes(seconds)).toBe(minutes);
  });
});

describe('buildStretchItem', () => {
  const stretch = (holdSeconds?: number, reps?: number) =>
    makeExercise({ id: 's', pillar: 'stretching', dose: { ...(holdSeconds ? { holdSeconds } : {}), ...(reps ? { reps } : {}) } });

  it.each([
    ['its own dose', stretch(20, 3), 44, { holdSeconds: 20, reps: 3, estimatedMinutes: 2 }],
    ['a long hold shortened for an adult', stretch(45, 2), 30, { holdSeconds: 30, reps: 2, estimatedMinutes: 2 }],
    ['held at least 30 s at 65', stretch(20, 3), 65, { holdSeconds: 30, reps: 3, estimatedMinutes: 2.5 }],
    ['at most 60 s at 80', stretch(90, 2), 80, { holdSeconds: 60, reps: 2, estimatedMinutes: 3 }],
    ['no dose: 20 s twice', stretch(), undefined, { holdSeconds: 20, reps: 2, estimatedMinutes: 1.5 }],
    ['at most 4 times', stretch(20, 8), 40, { holdSeconds: 20, reps: 4, estimatedMinutes: 2.5 }],
  ])('%s', (_label, exercise, age, expected) => {
    expect(buildStretchItem(exercise, age)).toEqual({ exerciseId: 's', pillar: 'stretching', ...expected });
  });
});

describe('buildStrengthItem', () => {
  const plain = makeExercise({ id: 'p', pillar: 'strengthening', dose: { sets: 1, reps: 12 } });
  const held = makeExercise({ id: 'h', pillar: 'strengthening', dose: { sets: 1, reps: 10, holdSeconds: 5 } });
  const quota = (fields: Partial<QuotaView>): QuotaView => ({ activity: 'strength:p', unit: 'reps', value: 12, ...fields });

  it.each([
    ['before a quota: 1 set of 8', plain, undefined, { sets: 1, reps: 8, estimatedMinutes: 1.5 }],
    ['a quota of 2 × 12', plain, quota({ sets: 2 }), { sets: 2, reps: 12, estimatedMinutes: 4 }],
    ['a quota without sets: 1 set', plain, quota({}), { sets: 1, reps: 12, estimatedMinutes: 2 }],
    // As the player times it: 20 s to set up, 5 s count-in, 8 × 6 s, 60 s rest, 8 × 6 s = 181 s.
    ['a quota in sets', plain, quota({ unit: 'sets', value: 2 }), { sets: 2, reps: 8, estimatedMinutes: 3.5 }],
    ['a fractional quota rounds down', plain, quota({ value: 9.7 }), { sets: 1, reps: 9, estimatedMinutes: 1.5 }],
    ['a hold at the top of each rep', held, undefined, { sets: 1, reps: 8, holdSeconds: 5, estimatedMinutes: 2 }],
  ])('%s', (_label, exercise, q, expected) => {
    expect(buildStrengthItem(exercise, q)).toEqual({ exerciseId: exercise.id, pillar: 'strengthening', ...expected });
  });
});

describe('timed work and sessions', () => {
  it('mind-body practice at its minutes, or as slow reps', () => {
    expect(buildMindBodyItem(makeExercise({ id: 'y', pillar: 'mind_body', dose: { minutes: 10 } }))).toEqual({
      exerciseId: 'y', pillar: 'mind_body', minutes: 10, estimatedMinutes: 10,
    });
    expect(buildMindBodyItem(makeExercise({ id: 'p', pillar: 'mind_body', dose: { sets: 1, reps: 8 } }))).toMatchObject({
      sets: 1, reps: 8, estimatedMinutes: 1.5,
    });
  });

  it('a session is its items added up and rounded', () => {
    const item = (estimatedMinutes: number) => ({ exerciseId: 'x', pillar: 'stretching' as const, estimatedMinutes });
    expect(sumSessionMinutes([item(2), item(2.5), item(5)])).toBe(10);
    expect(sumSessionMinutes([item(1.5), item(2)])).toBe(4);
    expect(sumSessionMinutes([])).toBe(0);
  });

  it.each([
    [[], 5],
    [[{ activity: 'aerobic:walking', unit: 'minutes', value: 12 }], 12],
    [[{ activity: 'aerobic:walking', unit: 'minutes', value: 7.9 }], 7],
    [[{ activity: 'aerobic:cycling', unit: 'minutes', value: 12 }], 5],
  ] as [QuotaView[], number][])('aerobic minutes with quotas %j → %i', (quotas, minutes) => {
    expect(readAerobicMinutes({ mode: 'normal', quotas }, 'aerobic:walking')).toBe(minutes);
  });

  it('the session quota, in minutes a day, caps the day', () => {
    expect(readSessionCap({ mode: 'normal', quotas: [] })).toBe(30);
    expect(readSessionCap({ mode: 'normal', quotas: [{ activity: 'session', unit: 'minutes', value: 18 }] })).toBe(18);
  });
});
