// Sessions (CLINICAL.md §3): start small before a baseline; the baseline is the mean of the first
// 3 efforts and the quota starts at 80 % of it; what counts as an effort; two "too hard" in a row
// ease the item; session minutes. Every case replays plain events through updatePacing.
import { describe, expect, it } from 'vitest';
import {
  PUSH_UPS,
  WALKING,
  allChanges,
  checkin,
  push,
  quotaOf,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import { estimateSessionMinutes } from './sessions.js';
import type { PacingEvent, SessionItemLog } from './types.js';

/** One session a day, with a calm check-in each morning. */
function daily(items: SessionItemLog[][]): PacingEvent[] {
  return items.flatMap((dayItems, n) => [checkin(n, 3), session(n, dayItems)]);
}

describe('start small', () => {
  it('a first walk starts a 5-minute walking quota', () => {
    const state = replay(daily([[walk(7)]]), 1);
    expect(quotaOf(state, WALKING)).toMatchObject({
      value: 5,
      unit: 'minutes',
      baseline: null,
      efforts: [7],
    });
    expect(allChanges(state)[0]).toMatchObject({
      code: 'start_small',
      from: null,
      to: 5,
      at: '2025-03-03',
    });
    expect(allChanges(state)[0]?.message).toBe(
      'Walking: starting small at 5 min, while we learn your usual level.',
    );
  });

  it('a first strength item starts 1 set of 8 reps of that variant, keyed by its chain', () => {
    const state = replay(
      daily([[{ exerciseId: 'counter-push', reps: 10, sets: 1, status: 'done' }]]),
      1,
    );
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({
      value: 8,
      sets: 1,
      unit: 'reps',
      exerciseId: 'counter-push',
    });
  });
});

describe('baseline: mean of the first 3 efforts, start at 80 %', () => {
  it.each([
    ['walks of 10, 10, 10', [walk(10), walk(10), walk(10)], WALKING, 10, 8],
    ['walks of 5, 6, 6', [walk(5), walk(6), walk(6)], WALKING, 5.7, 4],
    ['walks of 2, 2, 2: at least 2 minutes', [walk(2), walk(2), walk(2)], WALKING, 2, 2],
    ['walks of 1, 1, 1: at least 2 minutes', [walk(1), walk(1), walk(1)], WALKING, 1, 2],
    ['easier walks count', [walk(10, { status: 'easier' }), walk(10), walk(10)], WALKING, 10, 8],
    ['push-ups of 12, 12, 12', [push(12), push(12), push(12)], PUSH_UPS, 12, 9],
    ['push-ups of 3, 3, 3: at least 3 reps', [push(3), push(3), push(3)], PUSH_UPS, 3, 3],
  ])('%s', (_name, items, activity, baseline, start) => {
    const state = replay(daily(items.map((item) => [item])), 3);
    expect(quotaOf(state, activity)).toMatchObject({ baseline, value: start, efforts: [] });
    expect(allChanges(state).find((c) => c.code === 'baseline_set')).toMatchObject({
      at: '2025-03-05',
      to: start,
    });
  });

  it.each([
    ['a skipped walk', walk(10, { status: 'skipped' })],
    ['a walk without minutes', { exerciseId: 'walk', status: 'done' } satisfies SessionItemLog],
    ['push-ups done easier', push(12, { status: 'easier' })],
  ])('%s is not an effort', (_name, item) => {
    const state = replay(daily([[walk(10), push(12)], [item], [walk(10), push(12)]]), 3);
    const activity = item.exerciseId === 'walk' ? WALKING : PUSH_UPS;
    expect(quotaOf(state, activity)?.baseline).toBeNull();
  });

  it('two walks in one session are one effort of their sum', () => {
    const state = replay(daily([[walk(5), walk(5)], [walk(10)], [walk(10)]]), 3);
    expect(quotaOf(state, WALKING)).toMatchObject({ baseline: 10, value: 8 });
  });

  it('efforts during a flare do not count: they do not show the usual level', () => {
    const events = [
      ...daily([[walk(10)]]),
      checkin(1, 8, { flare: true }),
      session(1, [walk(3)]),
      ...daily([[], [], [], [], [], []]).slice(4),
    ];
    const state = replay(events, 2);
    expect(quotaOf(state, WALKING)?.efforts).toEqual([10]);
  });
});

describe('"too hard" twice in a row eases the item', () => {
  const tooHard = { feedback: 'too_hard' } as const;

  it.each([
    ['walking 8 → 7 min', [[walk(8, tooHard)], [walk(8, tooHard)]], WALKING, { value: 7 }],
    [
      'too hard, right, too hard: no change',
      [[walk(8, tooHard)], [walk(8, { feedback: 'right' })], [walk(8, tooHard)]],
      WALKING,
      { value: 8 },
    ],
    [
      'no feedback in between keeps the streak',
      [[walk(8, tooHard)], [walk(8)], [walk(8, tooHard)]],
      WALKING,
      { value: 7 },
    ],
    [
      'the first of a chain: fewer reps',
      [[push(9, tooHard)], [push(9, tooHard)]],
      PUSH_UPS,
      { value: 8, exerciseId: 'wall-push' },
    ],
  ])('%s', (_name, later, activity, expected) => {
    const baseline =
      activity === WALKING
        ? [[walk(10)], [walk(10)], [walk(10)]]
        : [[push(12)], [push(12)], [push(12)]];
    const state = replay(daily([...baseline, ...later]), 3 + later.length);
    expect(quotaOf(state, activity)).toMatchObject(expected);
  });

  it('a harder variant goes back to the easier one, reps kept, with its reason', () => {
    const counter = (feedback: 'too_hard') => ({
      exerciseId: 'counter-push',
      reps: 8,
      sets: 1,
      status: 'done' as const,
      feedback,
    });
    const state = replay(daily([[counter('too_hard')], [counter('too_hard')]]), 2);
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({ exerciseId: 'wall-push', value: 8 });
    const eased = allChanges(state).find((c) => c.code === 'too_hard_eased');
    expect(eased?.message).toBe(
      'Counter push-up → Wall push-up: it felt too hard twice in a row, so we go back to the easier version.',
    );
  });
});

describe('session minutes', () => {
  it.each([
    ['minutes as given', [walk(10)], 10],
    [
      'holds: 2 × 30 s',
      [{ exerciseId: 'calf-stretch', holdSeconds: 30, reps: 2, status: 'done' }],
      1,
    ],
    ['reps at 5 s: 2 sets × 12', [push(12, { sets: 2 })], 2],
    ['skipped items do not count', [walk(10, { status: 'skipped' }), walk(4)], 4],
  ] satisfies [string, SessionItemLog[], number][])('%s', (_name, items, minutes) => {
    expect(estimateSessionMinutes(items)).toBe(minutes);
  });

  it('the session quota appears with its baseline after three sessions', () => {
    const state = replay(daily([[walk(10)], [walk(12)], [walk(14)]]), 3);
    expect(quotaOf(state, 'session')).toMatchObject({ baseline: 12, value: 9 });
    expect(allChanges(state).find((c) => c.activity === 'session')?.message).toBe(
      'Session time 9 min: your first three sessions averaged 12 min, so we start a little below that.',
    );
  });
});
