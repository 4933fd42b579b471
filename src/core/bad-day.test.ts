// Which day a bad-day mark is for. Dimensions: no day sent (today); today; yesterday, also across
// a month and a year; the day before yesterday; tomorrow.
import { describe, expect, it } from 'vitest';
import { badDayOf, findBadDayProblem } from './bad-day.js';

describe('bad-day mark', () => {
  it.each([
    ['today', '2026-11-24', '2026-11-24', null],
    ['yesterday', '2026-11-23', '2026-11-24', null],
    ['yesterday across a month', '2026-11-30', '2026-12-01', null],
    ['yesterday across a year', '2026-12-31', '2027-01-01', null],
    ['the day before yesterday', '2026-11-22', '2026-11-24', 'not_today_or_yesterday'],
    ['tomorrow', '2026-11-25', '2026-11-24', 'not_today_or_yesterday'],
    ['last year', '2025-11-24', '2026-11-24', 'not_today_or_yesterday'],
  ])('%s', (_what, day, today, problem) => {
    expect(findBadDayProblem(day, today)).toBe(problem);
  });

  it('means today when no day was sent', () => {
    expect(badDayOf(undefined, '2026-11-24')).toBe('2026-11-24');
    expect(badDayOf('2026-11-23', '2026-11-24')).toBe('2026-11-23');
  });
});
