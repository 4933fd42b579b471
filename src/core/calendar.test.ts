// Calendar days in a person's time zone: local dates across zones and DST, day arithmetic,
// weekdays and week starts, validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, cachedZoneCount, canonicalTimeZone, MAX_CACHED_ZONES, countDaysIncluded, findRangeProblem, isInFuture, isInSupportedYears, isLocalDate, isValidTimeZone, isoWeekday, listDays, toLocalDate, weekStartOf } from './calendar.js';

describe('calendar', () => {
  it.each([
    ['2026-11-24T03:30:00.000Z', 'America/Chicago', '2026-11-23'],
    ['2026-11-24T03:30:00.000Z', 'Europe/Berlin', '2026-11-24'],
    ['2026-11-23T23:30:00.000Z', 'Pacific/Auckland', '2026-11-24'],
    ['2026-03-29T00:30:00.000Z', 'Europe/London', '2026-03-29'],
    ['2026-11-24T12:00:00.000Z', 'UTC', '2026-11-24'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(toLocalDate(instant, zone)).toBe(day);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s plus %i day is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-11-23', 1, '2026-11-23'],
    ['2026-11-24', 2, '2026-11-23'],
    ['2026-11-29', 7, '2026-11-23'],
    ['2026-11-30', 1, '2026-11-30'],
  ] as const)('%s is weekday %i of the week starting %s', (day, weekday, monday) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(weekStartOf(day)).toBe(monday);
  });

  it('lists every day of a range, both ends included', () => {
    expect(listDays('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it.each([['2026-02-29', false], ['2028-02-29', true], ['2026-13-01', false], ['26-01-01', false]])('%s is a day: %s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
  });

  it.each([['Europe/Berlin', true], ['America/Argentina/Buenos_Aires', true], ['Mars/Olympus', false], ['', false]])('%s is a time zone: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  it('gives the same day as a fresh formatter for any instant (the quarter-hour cache is exact)', () => {
    const zones = ['Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Chatham', 'America/Chicago'];
    fc.assert(
      fc.property(fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(ms).toISOString();
        const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
        return toLocalDate(instant, zone) === fresh;
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it.each([
    ['2026-11-24T10:05:00.000Z', false],
    ['2026-11-24T10:05:00.001Z', true],
    ['2026-11-23T10:00:00.000Z', false],
  ])('%s is in the future of 10:00 (beyond 5 minutes of drift): %s', (instant, future) => {
    expect(isInFuture(instant, '2026-11-24T10:00:00.000Z')).toBe(future);
  });

  it('a week start is always a Monday within the last 7 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const day = addDays('2000-01-01', offset);
        const monday = weekStartOf(day);
        return isoWeekday(monday) === 1 && monday <= day && addDays(monday, 6) >= day;
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('ranges and years (issue 16, findings 1 and 12)', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2024-01-01', '2024-12-31', 366],
    ['2026-03-28', '2026-03-30', 3],
    ['2026-01-02', '2026-01-01', 0],
  ])('from %s to %s counts %i days, both included', (from, to, days) => {
    expect(countDaysIncluded(from, to)).toBe(days);
  });

  it.each([
    ['2025-11-24', '2026-11-24', null],
    ['2025-11-23', '2026-11-24', 'too_long'],
    ['2026-11-25', '2026-11-24', 'ends_before_start'],
    ['2026-01-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', null],
    ['1900-01-01', '2100-12-31', 'too_long'],
  ] as const)('the range %s to %s: %s', (from, to, problem) => {
    expect(findRangeProblem(from, to)).toBe(problem);
  });

  it.each([
    ['1900-01-01', true], ['2100-12-31T23:59:59Z', true], ['1899-12-31', false], ['2101-01-01', false], ['0999-06-01', false], ['+02026-01-01', false],
  ])('%s is in the supported years: %s', (value, supported) => {
    expect(isInSupportedYears(value)).toBe(supported);
  });
});

describe('time-zone spellings (issue 16, finding 13)', () => {
  it.each([['europe/berlin', 'Europe/Berlin'], ['EUROPE/BERLIN', 'Europe/Berlin'], ['Europe/Berlin', 'Europe/Berlin'], ['Mars/Olympus', null], ['', null]])(
    '%s is spelled %s', (zone, canonical) => {
      expect(canonicalTimeZone(zone)).toBe(canonical);
    },
  );

  it('5,000 spellings of one zone do not pile up in the formatter cache', () => {
    const spellings = Array.from({ length: 5_000 }, (_, i) => [...'europe/berlin'].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join(''));
    for (const zone of spellings) {
      expect(isValidTimeZone(zone)).toBe(true);
      toLocalDate('2026-11-24T10:00:00.000Z', zone);
    }
    expect(cachedZoneCount()).toBeLessThanOrEqual(MAX_CACHED_ZONES);
  });
});
