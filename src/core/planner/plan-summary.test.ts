// What a week planned, per day and in sessions.
import { describe, expect, it } from 'vitest';
import { plannedMinutesByDay, plannedSessionCount } from './plan-summary.js';
import type { Plan } from './plan.js';

const session = (minutes: number) => ({ slot: 'morning' as const, minutes, items: [] });
const week: Plan = {
  status: 'ok',
  weekStart: '2026-11-23',
  weeklyMinutes: { stretching: 0, aerobic: 0, strengthening: 0, mind_body: 0 },
  reasons: [],
  days: [
    { day: 1, date: '2026-11-23', kind: 'active', sessions: [session(10), session(5)] },
    { day: 2, date: '2026-11-24', kind: 'rest', sessions: [] },
  ],
};

describe('plan summary', () => {
  it('sums minutes per day and counts sessions', () => {
    expect(plannedMinutesByDay(week)).toEqual({ '2026-11-23': 15, '2026-11-24': 0 });
    expect(plannedSessionCount(week)).toBe(2);
  });

  it('plans nothing for a referral', () => {
    const refer: Plan = { status: 'refer', reasons: [] };
    expect(plannedMinutesByDay(refer)).toEqual({});
    expect(plannedSessionCount(refer)).toBe(0);
  });
});
