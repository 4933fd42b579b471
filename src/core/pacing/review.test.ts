// The weekly review (CLINICAL.md §3 "Progress", "Hold", "Calm session"). Every case starts from the
// same baseline — walks of 10 minutes on days 0-2 give a quota of 8 — then lays out the week of
// days 3-9; the review runs on day 10. Dimensions: days at quota, the calm rule (rise during the
// session, next day's check-in against usual pain), missing check-ins, the ceiling, strength at
// the top of 15 reps, and when the review runs.
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../library/exercise.js';
import {
  PUSH_UPS,
  TEST_INDEX,
  WALKING,
  allChanges,
  checkin,
  day,
  push,
  quotaOf,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import { initialPacing, updatePacing } from './pacing.js';
import type { PacingEvent, SessionItemLog } from './types.js';

interface WeekDay {
  walk?: number;
  before?: number;
  after?: number;
  /** The morning check-in; null for none. */
  pain?: number | null;
}

function week(days: Record<number, WeekDay>, baselineMinutes = 10, lastDay = 10): PacingEvent[] {
  const events: PacingEvent[] = [];
  for (let n = 0; n <= lastDay; n++) {
    const spec = days[n] ?? {};
    if (spec.pain !== null) events.push(checkin(n, spec.pain ?? 3));
    const minutes = n < 3 ? baselineMinutes : spec.walk;
    if (minutes !== undefined)
      events.push(
        session(n, [walk(minutes)], { before: spec.before ?? 3, after: spec.after ?? 3 }),
      );
  }
  return events;
}

const reviewOf = (events: PacingEvent[], today = 11) =>
  allChanges(replay(events, today)).filter((c) => c.activity === WALKING && c.at === day(10));

describe('weekly review of walking at 8 minutes', () => {
  it.each([
    [
      'three calm days at quota: progress',
      { 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 8 } },
      'progress_calm_week',
      9,
    ],
    [
      'two walks in pieces make a day at quota',
      { 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 9 } },
      'progress_calm_week',
      9,
    ],
    ['two days at quota: hold', { 3: { walk: 8 }, 5: { walk: 8 } }, 'hold_not_enough_days', 8],
    [
      'one of three below quota: hold',
      { 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 7 } },
      'hold_not_enough_days',
      8,
    ],
    [
      'pain rose by 2 during one: still calm',
      { 3: { walk: 8, after: 5 }, 5: { walk: 8 }, 7: { walk: 8 } },
      'progress_calm_week',
      9,
    ],
    [
      'pain rose by 3 during one: hold',
      { 3: { walk: 8, after: 6 }, 5: { walk: 8 }, 7: { walk: 8 } },
      'hold_not_calm',
      8,
    ],
    [
      'next day at usual + 1: calm',
      { 3: { walk: 8 }, 4: { pain: 4 }, 5: { walk: 8 }, 7: { walk: 8 } },
      'progress_calm_week',
      9,
    ],
    [
      'no check-in the day after one: hold',
      { 3: { walk: 8 }, 4: { pain: null }, 5: { walk: 8 }, 7: { walk: 8 } },
      'hold_no_checkin',
      8,
    ],
    [
      'no morning check-in on review day: runs at its end',
      { 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 8 }, 10: { pain: null } },
      'progress_calm_week',
      9,
    ],
  ] satisfies [string, Record<number, WeekDay>, string, number][])(
    '%s',
    (_name, days, code, to) => {
      const review = reviewOf(week(days));
      expect(review).toHaveLength(1);
      expect(review[0]).toMatchObject({ code, from: 8, to });
    },
  );

  it('says why, in the words of the catalog', () => {
    const [progress] = reviewOf(week({ 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 8 } }));
    expect(progress?.message).toBe('Walking 8 → 9 min: three calm walks this week.');
    const [hold] = reviewOf(week({ 3: { walk: 8 } }));
    expect(hold?.message).toBe(
      'Walking stays at 8 min for now. It moves up after three calm walks at this amount in a week.',
    );
  });

  it('a week without walks passes quietly and the next review is a week on', () => {
    const state = replay(week({}), 11);
    expect(reviewOf(week({}))).toEqual([]);
    expect(quotaOf(state, WALKING)?.reviewOn).toBe(day(17));
  });

  it("waits for the review day's check-in before judging the day before", () => {
    const events = week({ 3: { walk: 8 }, 5: { walk: 8 }, 9: { walk: 8 }, 10: { pain: null } });
    expect(reviewOf(events, 10)).toEqual([]);
    const morning = updatePacing(replay(events, 10), [checkin(10, 3)], {
      exercises: TEST_INDEX,
      today: day(10),
    });
    expect(
      allChanges(morning).filter((c) => c.at === day(10) && c.activity === WALKING),
    ).toMatchObject([{ code: 'progress_calm_week' }]);
  });

  it.each([
    [25, 20, 22],
    [12, 9, 10],
  ])('baseline %s → quota %s → progress to %s', (baseline, start, next) => {
    const review = reviewOf(
      week({ 3: { walk: start }, 5: { walk: start }, 7: { walk: start } }, baseline),
    );
    expect(review[0]).toMatchObject({ code: 'progress_calm_week', from: start, to: next });
  });

  it('holds at the 60-minute ceiling', () => {
    const review = reviewOf(week({ 3: { walk: 60 }, 5: { walk: 60 }, 7: { walk: 60 } }, 75));
    expect(review[0]).toMatchObject({ code: 'hold_at_top', from: 60, to: 60 });
  });
});

describe('strength at the top of 15 reps', () => {
  const item = (exerciseId: string, reps: number): SessionItemLog => ({
    exerciseId,
    reps,
    sets: 1,
    status: 'done',
  });

  /** Baseline 19 → 15 reps on days 0-2, then three calm sessions at 15 on days 3, 5 and 7. */
  function strengthWeek(exerciseId: string, canDo?: (e: Exercise) => boolean) {
    const events: PacingEvent[] = [];
    for (let n = 0; n <= 10; n++) {
      events.push(checkin(n, 3));
      if (n < 3) events.push(session(n, [item(exerciseId, 19)]));
      else if (n === 3 || n === 5 || n === 7) events.push(session(n, [item(exerciseId, 15)]));
    }
    const state = updatePacing(initialPacing(), events, {
      exercises: TEST_INDEX,
      today: day(11),
      canDo,
    });
    return {
      state,
      review: allChanges(state).filter((c) => c.at === day(10) && c.activity === PUSH_UPS),
    };
  }

  it('moves to the harder variant at 8 reps', () => {
    const { state, review } = strengthWeek('wall-push');
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({
      exerciseId: 'counter-push',
      value: 8,
      sets: 1,
    });
    expect(review[0]?.message).toBe(
      'Wall push-up → Counter push-up, 8 reps: three calm sessions at 15 reps this week.',
    );
  });

  it('adds a second set on the last variant', () => {
    const { state, review } = strengthWeek('floor-push');
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({ exerciseId: 'floor-push', value: 8, sets: 2 });
    expect(review[0]?.message).toBe(
      'Floor push-up: a second set, 2 × 8 reps, after three calm sessions at 15 reps this week.',
    );
  });

  it('adds a set instead of a harder variant the person cannot do', () => {
    const { state } = strengthWeek('counter-push', (e) => !e.positions.includes('floor'));
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({
      exerciseId: 'counter-push',
      value: 8,
      sets: 2,
    });
  });

  it('below the top, reps rise like minutes', () => {
    const events: PacingEvent[] = [];
    for (let n = 0; n <= 10; n++) {
      events.push(checkin(n, 3));
      if (n < 3) events.push(session(n, [push(12)]));
      else if (n % 2 === 1) events.push(session(n, [push(9)]));
    }
    const review = allChanges(replay(events, 11)).filter(
      (c) => c.at === day(10) && c.activity === PUSH_UPS,
    );
    expect(review[0]).toMatchObject({
      code: 'progress_calm_week',
      from: 9,
      to: 10,
      message: 'Wall push-up 9 → 10 reps: four calm sessions this week.',
    });
  });
});

describe('a session stopped or left partway', () => {
  it('never counts as a calm day at quota, and is no flare by itself', () => {
    const events = week({ 3: { walk: 8 }, 5: { walk: 8 }, 7: { walk: 8 } }).map((event) =>
      event.kind === 'session' && event.localDate === day(7) ? { ...event, partial: true } : event,
    );
    const changes = reviewOf(events);
    expect(changes.map((c) => c.code)).toEqual(['hold_not_calm']);
    expect(replay(events, 11).current.mode).toBe('normal');
  });
});
