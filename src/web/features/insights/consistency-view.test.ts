// Covers: leading empty weeks dropped up to the journal's first day, a session or a plan
// keeping a week, later empty weeks kept (information, not failure), and no journal at all.
import { describe, expect, it } from 'vitest';
import type { ConsistencyWeek } from '../../../core/insights/index.js';
import { weeksSinceStart } from './consistency-view.js';

function week(weekStart: string, done = 0, planned: number | null = null): ConsistencyWeek {
  return { weekStart, done, planned, message: '' };
}

const weeks = [week('2026-11-02'), week('2026-11-09'), week('2026-11-16'), week('2026-11-23')];

describe('weeksSinceStart', () => {
  it.each([
    ['2026-11-02', 4],
    ['2026-11-08', 4],
    ['2026-11-09', 3],
    ['2026-11-20', 2],
    ['2026-11-24', 1],
  ])('a journal starting %s keeps %i weeks', (first, kept) => {
    expect(weeksSinceStart(weeks, first)).toHaveLength(kept);
  });

  it('keeps a week with a session or a plan, and every week after it', () => {
    const withSession = [week('2026-11-02'), week('2026-11-09', 2), week('2026-11-16')];
    expect(weeksSinceStart(withSession, '2026-11-20').map((w) => w.weekStart)).toEqual([
      '2026-11-09',
      '2026-11-16',
    ]);
    const withPlan = [week('2026-11-02', 0, 4), week('2026-11-09')];
    expect(weeksSinceStart(withPlan, null)).toHaveLength(2);
  });

  it('shows no weeks before a journal exists', () => {
    expect(weeksSinceStart(weeks, null)).toEqual([]);
  });
});
