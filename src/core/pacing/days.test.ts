// The integer day arithmetic pacing loops on must agree with calendar.ts everywhere: leap years,
// month ends, centuries, long jumps both ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { dayFromNumber, dayNumber, shiftDay } from './days.js';

describe('days', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2024-12-31', 20088],
  ])('%s is day %s', (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(dayFromNumber(n)).toBe(day);
  });

  it('shiftDay agrees with calendar addDays', () => {
    const day = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2200, 0, 1)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const local = date.toISOString().slice(0, 10);
        expect(shiftDay(local, n)).toBe(addDays(local, n));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
