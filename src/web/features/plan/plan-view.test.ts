// Covers: finding today in the week (and a day outside it), summing a day's minutes and
// exercises across sessions, and which days count as rest.
import { describe, expect, it } from 'vitest';
import {
  findDay,
  isRestDay,
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
