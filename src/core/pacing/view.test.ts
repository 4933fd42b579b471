// What others read from pacing: the planner's view (field list per kind of quota), the summary of
// GET /api/me/pacing (newest first, limited), and the start-small dose for activities without a quota.
import { describe, expect, it } from 'vitest';
import type { PacingView } from './activity.js';
import { activityLabel } from './lookup.js';
import {
  TEST_INDEX,
  PUSH_UPS,
  WALKING,
  calmWalks,
  checkin,
  push,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import { quotaFor, toPacingSummary, toPacingView } from './view.js';

describe('toPacingView', () => {
  it('lists each quota with the fields that apply to it', () => {
    const events = [checkin(0, 3), session(0, [walk(7), push(10)]), ...calmWalks(1, 3, 10)];
    expect(toPacingView(replay(events, 4))).toEqual({
      mode: 'normal',
      quotas: [
        // The session quota starts small and has no baseline: these logs do not say what was planned.
        { activity: WALKING, unit: 'minutes', value: 7, baseline: 9 },
        { activity: 'session', unit: 'minutes', value: 30 },
        { activity: PUSH_UPS, unit: 'reps', value: 8, sets: 1, exerciseId: 'wall-push' },
      ],
    });
  });
});

describe('toPacingSummary', () => {
  const state = replay(
    calmWalks(0, 30, (n) => (n < 3 ? 10 : 12)),
    31,
  );

  it('has the API shape, changes newest first', () => {
    const summary = toPacingSummary(state);
    expect(Object.keys(summary)).toEqual(['mode', 'quotas', 'changes']);
    const days = summary.changes.map((c) => c.at);
    expect(days).toEqual([...days].sort().reverse());
    expect(summary.changes[0]).toEqual({
      at: expect.any(String),
      activity: expect.any(String),
      unit: 'minutes',
      from: expect.any(Number),
      to: expect.any(Number),
      code: expect.any(String),
      message: expect.any(String),
    });
  });

  it.each([
    [2, 2],
    [0, 0],
  ])('limits the changes to %s', (limit, count) => {
    expect(toPacingSummary(state, limit).changes).toHaveLength(count);
  });
});

describe('quotaFor', () => {
  const view: PacingView = {
    mode: 'normal',
    quotas: [{ activity: WALKING, unit: 'minutes', value: 12, baseline: 14 }],
  };

  it.each([
    [
      "the person's own quota",
      WALKING,
      undefined,
      { activity: WALKING, unit: 'minutes', value: 12, baseline: 14 },
    ],
    [
      'aerobic before a baseline: 5 minutes',
      'aerobic:cycling',
      undefined,
      { activity: 'aerobic:cycling', unit: 'minutes', value: 5 },
    ],
    [
      'strength before a baseline: 1 set of 8',
      PUSH_UPS,
      'wall-push',
      { activity: PUSH_UPS, unit: 'reps', value: 8, sets: 1, exerciseId: 'wall-push' },
    ],
    ['the session quota before its baseline: the start-small day of 30 minutes', 'session', undefined, { activity: 'session', unit: 'minutes', value: 30 }],
  ] as const)('%s', (_name, activity, exerciseId, expected) => {
    expect(quotaFor(view, activity, exerciseId)).toEqual(expected);
  });
});

describe('activityLabel', () => {
  it.each([
    [WALKING, null, 'Walking'],
    ['aerobic:other', null, 'Seated aerobics'],
    ['session', null, 'Session time'],
    [PUSH_UPS, 'counter-push', 'Counter push-up'],
    [PUSH_UPS, null, 'Wall push-up'],
  ] as const)('%s (%s) → %s', (activity, exerciseId, label) => {
    expect(activityLabel(TEST_INDEX, activity, exerciseId)).toBe(label);
  });
});
