// Check-in rules: today's check-in, daily summaries with gaps kept, the weekly PEG prompt.
import { describe, expect, it } from 'vitest';
import { hasCheckedInOn, isPegDue, latestPainOn, painTodayOf, summarizeDailyPain, windowStart } from './checkin.js';

describe('check-ins', () => {
  it('knows whether today has a check-in', () => {
    expect(hasCheckedInOn([{ localDate: '2026-11-24' }], '2026-11-24')).toBe(true);
    expect(hasCheckedInOn([{ localDate: '2026-11-23' }], '2026-11-24')).toBe(false);
  });

  it('summarises by day, keeping days without entries as gaps', () => {
    const days = summarizeDailyPain(
      [
        { localDate: '2026-11-22', pain: 4, flare: false },
        { localDate: '2026-11-22', pain: 7, flare: true },
        { localDate: '2026-11-24', pain: 3, flare: false },
      ],
      '2026-11-22',
      '2026-11-24',
    );
    expect(days).toEqual([
      { day: '2026-11-22', meanPain: 5.5, maxPain: 7, entries: 2, flare: true },
      { day: '2026-11-23', meanPain: null, maxPain: null, entries: 0, flare: false },
      { day: '2026-11-24', meanPain: 3, maxPain: 3, entries: 1, flare: false },
    ]);
  });

  it('starts a 30-day window 29 days before today', () => {
    expect(windowStart('2026-11-30', 30)).toBe('2026-11-01');
  });

  it.each([
    [[], true],
    [[{ localDate: '2026-11-24', peg: null }], true],
    [[{ localDate: '2026-11-18', peg: { pain: 5 } }], false],
    [[{ localDate: '2026-11-17', peg: { pain: 5 } }], true],
    [[{ localDate: '2026-11-24', peg: { pain: 5 } }], false],
  ])('with %j the PEG is due on 2026-11-24: %s', (checkins, due) => {
    expect(isPegDue(checkins, '2026-11-24')).toBe(due);
  });
});

describe('pain today', () => {
  const entries = [
    { localDate: '2026-11-24', at: '2026-11-24T07:00:00.000Z', pain: 3 },
    { localDate: '2026-11-24', at: '2026-11-24T15:00:00.000Z', pain: 8 },
    { localDate: '2026-11-23', at: '2026-11-23T20:00:00.000Z', pain: 9 },
  ];
  it.each([
    ['2026-11-24', 8],
    ['2026-11-25', 5],
  ])('on %s is %i (the latest check-in of the day, else the intake answer 5)', (today, pain) => {
    expect(painTodayOf(entries, today, 5)).toBe(pain);
  });
  it.each([
    ['2026-11-24', 8],
    ['2026-11-23', 9],
    ['2026-11-25', null],
  ])('the latest check-in on %s says %s (the activity log starts "pain before" there)', (day, pain) => {
    expect(latestPainOn(entries, day)).toBe(pain);
  });
});
