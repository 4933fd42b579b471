// Sessions (CLINICAL.md §3): start small before a baseline; the baseline is the mean of the first
// 3 calm efforts (taken once the next morning shows them calm) and the quota starts at 80 % of
// it, never discounting what the plan itself capped; what counts as an effort; two "too hard" in
// a row ease the item; session minutes by the one measure. Every case replays plain events.
import { describe, expect, it } from 'vitest';
import {
  PUSH_UPS,
  TEST_INDEX,
  WALKING,
  allChanges,
  checkin,
  push,
  quotaOf,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import { loggedSessionMinutes } from './measure.js';
import type { PacingEvent, SessionItemLog } from './types.js';

/** One session a day, with a calm check-in each morning and on the morning after the last. */
function daily(items: SessionItemLog[][]): PacingEvent[] {
  return [...items.flatMap((dayItems, n) => [checkin(n, 3), session(n, dayItems)]), checkin(items.length, 3)];
}

describe('start small', () => {
  it('a first walk starts a 5-minute walking quota', () => {
    const state = replay(daily([[walk(7)]]), 1);
    expect(quotaOf(state, WALKING)).toMatchObject({
      value: 5,
      unit: 'minutes',
      baseline: null,
      efforts: [{ value: 7, asked: null }],
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
    // The third effort is known calm on the next morning's check-in: the baseline is set then.
    expect(allChanges(state).find((c) => c.code === 'baseline_set')).toMatchObject({
      at: '2025-03-06',
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

  it('efforts that did not settle, and efforts on a flare day, do not count', () => {
    const events = [
      checkin(0, 3),
      session(0, [walk(10)]),
      checkin(1, 8, { flare: true }),
      session(1, [walk(3)]),
      ...daily([[], [], [], [], [], []]).slice(4),
    ];
    const state = replay(events, 2);
    expect(quotaOf(state, WALKING)?.efforts).toEqual([]);
  });

  it('three 40-minute walks with pain 2 → 9 set no baseline (efforts that were not calm stay out)', () => {
    const events = [0, 1, 2].flatMap((n) => [checkin(n, 2), session(n, [walk(40)], { before: 2, after: 9 })]);
    const state = replay([...events, checkin(3, 2), checkin(4, 2)], 4);
    expect(quotaOf(state, WALKING)).toMatchObject({ baseline: null, value: 5 });
  });

  it('no check-in the morning after: the effort is unconfirmed and sets no baseline', () => {
    const events = [0, 1, 2].flatMap((n) => [session(n, [walk(10)])]);
    const state = replay(events, 5);
    expect(quotaOf(state, WALKING)).toMatchObject({ baseline: null, value: 5 });
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

describe('session minutes: the one measure of core/duration.ts', () => {
  const perSide = (id: string) => TEST_INDEX.get(id)?.dose.perSide === true;
  it.each([
    ['timed work: its minutes', [walk(10)], 10],
    // 20 s to set up, a 5 s count-in, 30 s, 10 s rest, 30 s = 95 s → 1.5 → 2 (rounded as a session).
    ['holds: 2 × 30 s with set-up, count-in and rest', [{ exerciseId: 'calf-stretch', holdSeconds: 30, reps: 2, status: 'done' }], 2],
    // 20 + 5 + 12 × 6 s + 60 s rest + 12 × 6 s = 229 s → 4 min.
    ['reps paced at 6 s: 2 sets × 12 with a rest between', [push(12, { sets: 2 })], 4],
    ['skipped items do not count', [walk(10, { status: 'skipped' }), walk(4)], 4],
  ] satisfies [string, SessionItemLog[], number][])('%s', (_name, items, minutes) => {
    expect(loggedSessionMinutes(items, perSide)).toBe(minutes);
  });

  const planned = (item: SessionItemLog): SessionItemLog => ({ ...item, planned: { minutes: item.minutes ?? 0 } });

  it('a person who does every session as planned is never shrunk by the session quota: it starts small at 30 and only grows', () => {
    const state = replay(daily([[planned(walk(10))], [planned(walk(12))], [planned(walk(14))], [planned(walk(14))]]), 4);
    expect(quotaOf(state, 'session')).toMatchObject({ value: 30, baseline: null });
    expect(allChanges(state).filter((c) => c.activity === 'session').map((c) => c.code)).toEqual(['start_small']);
  });

  it('the session quota appears after three calm days below what the plan asked, at 80 % of their mean', () => {
    const short = (done: number): SessionItemLog => ({ ...walk(done), planned: { minutes: 20 } });
    const state = replay(daily([[short(10)], [short(12)], [short(14)]]), 3);
    expect(quotaOf(state, 'session')).toMatchObject({ baseline: 12, value: 9 });
    expect(allChanges(state).find((c) => c.activity === 'session' && c.code === 'baseline_set')?.message).toBe(
      'Session time 30 → 9 min: your first three sessions averaged 12 min, so we start a little below that.',
    );
  });
});
