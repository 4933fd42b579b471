// Covers: the three ranges and anything else falling back to 90 days, the days each range
// spans (both ends included, across a month end), and the address of each range.
import { describe, expect, it } from 'vitest';
import { listDays } from '../../../core/calendar.js';
import { parseRange, rangeDates, rangeSearch } from './insights-range.js';

describe('parseRange', () => {
  it.each([
    ['30', 30],
    ['90', 90],
    ['180', 180],
    [null, 90],
    ['', 90],
    ['7', 90],
    ['30.0', 90],
    ['abc', 90],
  ])('%j → %i days', (value, days) => {
    expect(parseRange(value)).toBe(days);
  });
});

describe('rangeDates', () => {
  it.each([30, 90, 180] as const)('spans exactly %i days ending today', (days) => {
    const { from, to } = rangeDates('2026-11-24', days);
    expect(to).toBe('2026-11-24');
    expect(listDays(from, to)).toHaveLength(days);
  });

  it('starts the 30 days in the month before', () => {
    expect(rangeDates('2026-03-01', 30)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});

describe('rangeSearch', () => {
  it('keeps the default out of the address', () => {
    expect(rangeSearch(90)).toBe('');
    expect(rangeSearch(30)).toBe('?days=30');
    expect(rangeSearch(180)).toBe('?days=180');
  });
});
