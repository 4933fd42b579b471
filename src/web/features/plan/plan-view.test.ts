// Covers: finding today in the week (and a day outside it), summing a day's minutes and
// exercises across sessions, which days count as rest, and who set the clinician's changes.
import { describe, expect, it } from 'vitest';
import {
  findDay,
  isRestDay,
  setByNames,
  summarizeDay,
  type PlanDayView,
  type WeekPlanView,
} from './plan-view.js';

const item = (exerciseId: string) => ({
  exerciseId,
  pillar: 'stretching' as const,
  estimatedMinutes: 2,
});

const monday: PlanDayView = {
  day: 1,
  date: '2026-11-23',
  kind: 'active',
  sessions: [
    { slot: 'morning', minutes: 6, items: [item('a'), item('b')] },
    { slot: 'evening', minutes: 9, items: [item('c')] },
  ],
};
const tuesday: PlanDayView = { day: 2, date: '2026-11-24', kind: 'rest', sessions: [] };
const wednesday: PlanDayView = { day: 3, date: '2026-11-25', kind: 'flare', sessions: [] };

const plan: WeekPlanView = {
  status: 'ok',
  weekStart: '2026-11-23',
  days: [monday, tuesday, wednesday],
  weeklyMinutes: { stretching: 15, aerobic: 0, strengthening: 0, mind_body: 0 },
  reasons: [],
};

describe('findDay', () => {
  it('finds today by date, or nothing outside the week', () => {
    expect(findDay(plan, '2026-11-24')).toBe(tuesday);
    expect(findDay(plan, '2026-12-01')).toBeUndefined();
  });
});

describe('summarizeDay', () => {
  it.each([
    [monday, { minutes: 15, exercises: 3 }],
    [tuesday, { minutes: 0, exercises: 0 }],
  ])('%#', (day, expected) => {
    expect(summarizeDay(day)).toEqual(expected);
  });
});

describe('isRestDay', () => {
  it.each([
    [monday, false],
    [tuesday, true],
    [wednesday, true],
  ])('%#', (day, expected) => {
    expect(isRestDay(day)).toBe(expected);
  });
});

describe('the clinician’s marks in the week', () => {
  const setBy = { clinicianId: 'c1', name: 'Lena', on: '2026-05-03', at: '2026-05-03T09:00:00.000Z' };
  it('names who set each adjustment, by its id', () => {
    const names = setByNames([
      { adjustment: { id: 'a1', kind: 'exclude', exerciseId: 'bridge', setBy, reason: null }, outcome: 'applied' },
      { adjustment: { id: 'a2', kind: 'rise', weeklyRise: 0.05, setBy: { ...setBy, name: 'Sam' }, reason: 'Slowly' }, outcome: 'applied' },
    ]);
    expect([...names]).toEqual([['a1', 'Lena'], ['a2', 'Sam']]);
  });

  it('is empty when no clinician set anything', () => {
    expect(setByNames(undefined).size).toBe(0);
  });
});
