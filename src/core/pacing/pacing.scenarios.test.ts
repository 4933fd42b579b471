// Twelve weeks lived through pacing, one call a day as the app makes them, the person doing what
// the plan says: calm weeks progress; a flare halves and rebuilds, then progress resumes; a boom on
// a good day followed by a flare is noticed and explained; a strength chain climbs to a harder
// variant. Day 0 is Monday 3 March 2025.
import { describe, expect, it } from 'vitest';
import {
  PUSH_UPS,
  WALKING,
  allChanges,
  checkin,
  day,
  plannedValue,
  push,
  quotaOf,
  session,
  simulate,
  walk,
} from './pacing.fixtures.js';
import type { PacingChange, PacingEvent } from './types.js';
import { toPacingSummary } from './view.js';

const TWELVE_WEEKS = 84;
const isWeekday = (n: number) => n % 7 < 5;
const walkingChanges = (changes: PacingChange[]) => changes.filter((c) => c.activity === WALKING);

/** Maya: a check-in each morning, a walk at her quota on weekdays. */
function maya(flareOn?: number) {
  return simulate(TWELVE_WEEKS, (n, view) => {
    const events: PacingEvent[] = [checkin(n, n === flareOn ? 6 : 3, { flare: n === flareOn })];
    if (isWeekday(n)) events.push(session(n, [walk(plannedValue(view, WALKING))]));
    return events;
  });
}

describe('twelve weeks of pacing', () => {
  it('calm weeks progress: a week at a time, +1 minute or 10 %', () => {
    const { state } = maya();
    const changes = walkingChanges(allChanges(state));
    expect(changes.map((c) => [c.code, c.at, c.to])).toEqual([
      ['start_small', day(0), 5],
      ['baseline_set', day(3), 4],
      ...[10, 17, 24, 31, 38, 45, 52, 59, 66, 73, 80].map((n, i) => [
        'progress_calm_week',
        day(n),
        5 + i,
      ]),
    ]);
    expect(changes[1]?.message).toBe(
      'Walking 5 → 4 min: your first three walks averaged 5 min, so we start a little below that.',
    );
    expect(changes[2]?.message).toBe('Walking 4 → 5 min: five calm walks this week.');
    expect(quotaOf(state, WALKING)).toMatchObject({ value: 15, baseline: 5 });
  });

  it('a flare halves the dose for three days and rebuilds it, then weekly progress resumes', () => {
    const flareDay = 44; // Wednesday of week 7
    const { state, daily } = maya(flareDay);
    const after = walkingChanges(allChanges(state)).filter((c) => c.at >= day(flareDay));
    expect(after.map((c) => [c.code, c.at, c.from, c.to])).toEqual([
      ['flare_halved', day(44), 9, 4],
      ['rebuild_step', day(49), 4, 6],
      ['rebuild_step', day(50), 6, 8],
      ['rebuild_done', day(51), 8, 9],
      ['progress_calm_week', day(59), 9, 10],
      ['progress_calm_week', day(66), 10, 11],
      ['progress_calm_week', day(73), 11, 12],
      ['progress_calm_week', day(80), 12, 13],
    ]);
    expect(after[0]?.message).toBe(
      "Flare-up: walking 9 → 4 min. Today's amounts are halved for a few days. This is a normal part of pacing.",
    );
    // The day's session minutes were halved too and take one more active day to rebuild (day 52).
    expect([43, 44, 45, 46, 47, 49, 51, 53].map((n) => daily[n]?.current.mode)).toEqual([
      'normal',
      'flare',
      'flare',
      'flare',
      'rebuild',
      'rebuild',
      'rebuild',
      'normal',
    ]);
  });

  it('notices a boom on a good Tuesday followed by a flare on Thursday, and says so kindly', () => {
    const boomDay = 29; // Tuesday of week 5
    const { state } = simulate(TWELVE_WEEKS, (n, view) => {
      const planned = plannedValue(view, WALKING);
      const events: PacingEvent[] = [
        checkin(n, n === boomDay + 2 ? 7 : 3, { flare: n === boomDay + 2 }),
      ];
      if (isWeekday(n)) events.push(session(n, [walk(n === boomDay ? planned * 3 : planned)]));
      return events;
    });
    const notices = allChanges(state).filter((c) => c.code === 'boom_bust_noticed');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ at: day(boomDay + 2), activity: WALKING });
    expect(notices[0]?.message).toBe(
      'On Tuesday you did much more than planned (walking: 21 min instead of 7), and two days later pain flared. ' +
        'Keeping to the plan on good days can help avoid the crash.',
    );
    expect(toPacingSummary(state, 500).changes).toContainEqual(notices[0]);
  });

  it('a strength chain climbs to 15 reps, then to the harder variant', () => {
    const { state } = simulate(TWELVE_WEEKS, (n, view) => {
      const events: PacingEvent[] = [checkin(n, 3)];
      if (n % 7 === 0 || n % 7 === 2 || n % 7 === 4) {
        const quota = view.quotas.find((q) => q.activity === PUSH_UPS);
        const reps = quota?.baseline === undefined ? 16 : quota.value;
        events.push(session(n, [push(reps, { exerciseId: quota?.exerciseId ?? 'wall-push' })]));
      }
      return events;
    });
    const climb = allChanges(state)
      .filter((c) => c.activity === PUSH_UPS)
      .map((c) => [c.code, c.to]);
    expect(climb.slice(0, 6)).toEqual([
      ['start_small', 8],
      ['baseline_set', 12],
      ['progress_calm_week', 13],
      ['progress_calm_week', 14],
      ['progress_calm_week', 15],
      ['variant_harder', 8],
    ]);
    expect(quotaOf(state, PUSH_UPS)?.exerciseId).toBe('counter-push');
  });
});
