// A clinician's bounds inside pacing (issue 11): a set quota, a cap, a slower or faster rise, and
// a flare that still halves within the cap.
import { describe, expect, it } from 'vitest';
import { dose, quota, rise } from '../prescription/prescription.testing.js';
import type { Prescription } from '../prescription/types.js';
import { initialPacing, updatePacing } from './pacing.js';
import { PUSH_UPS, TEST_INDEX, WALKING, allChanges, calmWalks, checkin, day, push, quotaOf, session, walk } from './pacing.fixtures.js';
import { progressedValue } from './rules.js';
import type { PacingEvent, PacingState } from './types.js';

function run(events: readonly PacingEvent[], todayN: number, prescription: Prescription): PacingState {
  return updatePacing(initialPacing(), events, { exercises: TEST_INDEX, today: day(todayN), prescription });
}

const asPlanned = (minutes: number) => walk(minutes, { planned: { minutes } });

/** Calm walking days doing what the plan says: the quota of the morning, as planned. */
function followPlan(days: number, prescription: Prescription, extra: (n: number) => PacingEvent[] = () => []): PacingState {
  let state = initialPacing();
  for (let n = 0; n < days; n += 1) {
    const ctx = { exercises: TEST_INDEX, today: day(n), prescription };
    state = updatePacing(state, [checkin(n, 3), ...extra(n)], ctx);
    const minutes = quotaOf(state, WALKING)?.value ?? 5;
    if (state.current.mode !== 'flare' || n % 2 === 0) state = updatePacing(state, [session(n, [asPlanned(minutes)])], ctx);
  }
  return state;
}

describe('a quota the clinician sets', () => {
  it('starts on the day it was set, stands as the baseline, and says who set it', () => {
    const state = run(calmWalks(0, 6, 5), 6, [quota('q', WALKING, 12, day(3))]);
    expect(quotaOf(state, WALKING)).toMatchObject({ value: 12, baseline: 12, prescribedId: 'q' });
    const set = allChanges(state).find((c) => c.code === 'set_by_clinician');
    expect(set).toMatchObject({ at: day(3), activity: WALKING, to: 12 });
    expect(set?.message).toBe('Walking 5 → 12 min: set by Lena, your therapist. Pacing carries on from here.');
    expect(allChanges(state).filter((c) => c.code === 'baseline_set' && c.at >= day(3))).toEqual([]);
  });

  it('is applied once, and moves on by the weekly rule after it', () => {
    const state = followPlan(20, [quota('q', WALKING, 10, day(0))]);
    expect(allChanges(state).filter((c) => c.code === 'set_by_clinician')).toHaveLength(1);
    expect(quotaOf(state, WALKING)?.value).toBeGreaterThan(10);
  });

  it('a dose set of a strength exercise sets its chain\'s reps and sets', () => {
    const events = [checkin(0, 3), session(0, [push(8)]), checkin(1, 3)];
    const state = run(events, 1, [dose('d', 'counter-push', 'set', { sets: 2, reps: 10 }, day(1))]);
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({ value: 10, sets: 2, exerciseId: 'counter-push' });
  });

  it('is the same replayed from scratch or day by day', () => {
    const prescription = [quota('q', WALKING, 9, day(2))];
    const events = calmWalks(0, 10, 6);
    let stepped = initialPacing();
    for (let n = 0; n <= 10; n += 1) stepped = updatePacing(stepped, events.filter((e) => e.localDate === day(n)), { exercises: TEST_INDEX, today: day(n), prescription });
    expect(stepped.current.quotas).toEqual(run(events, 10, prescription).current.quotas);
  });
});

describe('a cap', () => {
  it('a quota never grows past it, and holds there with its reason', () => {
    const state = followPlan(42, [dose('cap', 'walk', 'cap', { minutes: 7 })]);
    expect(quotaOf(state, WALKING)?.value).toBe(7);
    const hold = allChanges(state).find((c) => c.code === 'hold_at_cap');
    expect(hold?.message).toBe('Walking stays at 7 min: this is the amount your therapist has set for now.');
    expect(allChanges(state).every((c) => c.activity !== WALKING || c.to <= 7)).toBe(true);
  });

  it('a new cap brings a higher quota down to it, saying so', () => {
    const state = run(calmWalks(0, 8, 20), 8, [dose('cap', 'walk', 'cap', { minutes: 6 }, day(6))]);
    expect(quotaOf(state, WALKING)?.value).toBe(6);
    expect(allChanges(state).find((c) => c.code === 'set_by_clinician')?.message).toMatch(/: the most Lena, your therapist, has set for now\.$/);
  });

  it('a set above the cap stops at the cap', () => {
    const state = run(calmWalks(0, 3, 5), 3, [dose('cap', 'walk', 'cap', { minutes: 8 }), quota('q', WALKING, 12, day(1))]);
    expect(quotaOf(state, WALKING)?.value).toBe(8);
  });

  it('a flare halves within it and rebuilds back to no more than it', () => {
    const prescription = [dose('cap', 'walk', 'cap', { minutes: 15 }), quota('q', WALKING, 15, day(0))];
    const flare = (n: number) => (n === 10 ? [checkin(n, 7, { flare: true, hour: 9 })] : []);
    const state = followPlan(30, prescription, flare);
    const changes = allChanges(state).filter((c) => c.activity === WALKING);
    expect(changes.find((c) => c.code === 'flare_halved')).toMatchObject({ from: 15, to: 7 });
    expect(changes.some((c) => c.code === 'rebuild_done' && c.to === 15)).toBe(true);
    expect(changes.every((c) => c.to <= 15)).toBe(true);
  });
});

describe('a strength cap', () => {
  /** Calm days doing the push-ups the quota asks, variant and all. */
  function followPushUps(days: number, prescription: Prescription): PacingState {
    let state = initialPacing();
    for (let n = 0; n < days; n += 1) {
      const ctx = { exercises: TEST_INDEX, today: day(n), prescription };
      state = updatePacing(state, [checkin(n, 3)], ctx);
      const q = quotaOf(state, PUSH_UPS);
      const item = push(q?.value ?? 8, { exerciseId: q?.exerciseId ?? 'wall-push', sets: q?.sets ?? 1, planned: { sets: q?.sets ?? 1, reps: q?.value ?? 8 } });
      state = updatePacing(state, [session(n, [item])], ctx);
    }
    return state;
  }

  it('holds the chain at its capped reps, on its variant', () => {
    const state = followPushUps(50, [dose('cap', 'counter-push', 'cap', { reps: 10 })]);
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({ value: 10, exerciseId: 'wall-push', sets: 1 });
    expect(allChanges(state).some((c) => c.code === 'hold_at_cap')).toBe(true);
  });

  it('adds no set past the capped sets', () => {
    const state = followPushUps(200, [dose('cap', 'wall-push', 'cap', { sets: 1 })]);
    expect(allChanges(state).filter((c) => c.code === 'set_added')).toEqual([]);
    expect(quotaOf(state, PUSH_UPS)).toMatchObject({ sets: 1, exerciseId: 'floor-push', value: 15 });
    expect(allChanges(state).some((c) => c.code === 'hold_at_cap')).toBe(true);
  });
});

describe('a rise', () => {
  it.each([
    [0.05, 40, 42],
    [0.1, 40, 44],
    [0.2, 40, 48],
    [0.05, 10, 11],
    [0, 10, 10],
  ])('of %s moves a calm quota of %s to %s in a week (at least a unit when above 0)', (weeklyRise, from, to) => {
    expect(progressedValue(from, 1 + weeklyRise)).toBe(to);
  });

  it('of 0 holds the quota, with its reason', () => {
    const state = followPlan(35, [quota('q', WALKING, 10, day(0)), rise('r', 0, WALKING)]);
    expect(quotaOf(state, WALKING)?.value).toBe(10);
    expect(allChanges(state).some((c) => c.code === 'hold_at_cap')).toBe(true);
  });

  it('for one activity wins over one for all; slower is never faster than the usual', () => {
    const usual = followPlan(30, [quota('q', WALKING, 40, day(0))]);
    const slow = followPlan(30, [quota('q', WALKING, 40, day(0)), rise('all', 0.2), rise('walk', 0.05, WALKING)]);
    expect(quotaOf(slow, WALKING)?.value).toBeLessThan(quotaOf(usual, WALKING)?.value ?? 0);
    expect(quotaOf(slow, WALKING)?.value).toBeGreaterThan(40);
  });
});
