// The page's numbers: scenarios as behaviours (days from 1; a calm person stays below the
// planner's high-pain line), table rows, chart series with gaps on rest days, flare days, and
// only the changes worth telling.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../contract/profile.js';
import type { SimulationResponse } from '../../../contract/plan.js';
import { behaviourFor, flareDayIndexes, growthChartData, growthRequest, telling, weekRows } from './growth-view.js';

const PROFILE = { painToday: 9, minutesPerDay: 20 } as Profile;
type Week = Extract<SimulationResponse, { status: 'ok' }>['weeks'][number];
const day = (n: number, plannedMinutes: number, mode: 'normal' | 'flare' = 'normal') => ({
  day: n, date: `2026-11-${String(22 + n).padStart(2, '0')}`, plannedMinutes, realMinutes: plannedMinutes, mode,
});
type Code = 'progress_calm_week' | 'hold_not_enough_days' | 'flare_halved' | 'baseline_set' | 'boom_bust_noticed';
const change = (code: Code, message: string, from = 5, to = 6) => ({
  at: '2026-11-23', activity: 'aerobic:walking', label: 'Walking', unit: 'minutes' as const, from, to, code, message,
});
const WEEKS: Week[] = [
  { week: 1, weekStart: '2026-11-23', quotas: [], changes: [change('hold_not_enough_days', 'Held.')],
    days: [day(1, 12), day(2, 0), day(3, 12), day(4, 0), day(5, 12), day(6, 0), day(7, 0)] },
  { week: 2, weekStart: '2026-11-30', quotas: [], changes: [
      change('progress_calm_week', 'Walking 5 → 6 min.'), change('baseline_set', 'Same.', 5, 5),
      change('flare_halved', 'Halved.', 6, 3), change('boom_bust_noticed', 'Much more on Tuesday.', 6, 6),
    ],
    days: [day(1, 14), day(2, 0), day(3, 6, 'flare'), day(4, 0, 'flare'), day(5, 6, 'flare'), day(6, 0), day(7, 0)] },
];

describe('how a plan grows, for the page', () => {
  it.each([
    ['calm', { adherence: 1, painBefore: 6, painAfterChange: 0 }],
    ['missSome', { adherence: 0.6, painBefore: 6, painAfterChange: 0 }],
    ['flare', { adherence: 1, painBefore: 6, painAfterChange: 0, flareOnDays: [17] }],
    ['overdo', { adherence: 1, painBefore: 6, painAfterChange: 0, overdoOnDays: [9, 23], flareOnDays: [10, 24] }],
  ] as const)('the %s scenario is a behaviour with days counted from 1', (scenario, behaviour) => {
    expect(behaviourFor(scenario, PROFILE)).toEqual(behaviour);
  });

  it('asks for 12 weeks of the person’s own profile', () => {
    expect(growthRequest('calm', PROFILE)).toMatchObject({ profile: PROFILE, weeks: 12, seed: 0 });
  });

  it('sums each week for the table', () => {
    expect(weekRows(WEEKS)).toEqual([
      { week: 1, minutes: 36, activeDays: 3, gentleDays: 0 },
      { week: 2, minutes: 26, activeDays: 3, gentleDays: 3 },
    ]);
  });

  it('draws rest days as gaps, the person’s time as a line, and shades flare days', () => {
    const [x, planned, time] = growthChartData(WEEKS, 20);
    expect(x).toHaveLength(14);
    expect(planned.slice(0, 3)).toEqual([12, null, 12]);
    expect(new Set(time)).toEqual(new Set([20]));
    expect(flareDayIndexes(WEEKS)).toEqual([9, 10, 11]);
  });

  it('tells amounts that moved and boom-bust notices, and leaves out holds and weeks that only held', () => {
    expect(telling(WEEKS)).toEqual([{ week: 2, messages: ['Walking 5 → 6 min.', 'Halved.', 'Much more on Tuesday.'] }]);
  });
});
