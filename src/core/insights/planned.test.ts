// Minutes planned per day from pacing's quota history: the session quota of that day, inside the
// range only; days before the session quota exists have no plan (never a plan of zero).
import { describe, expect, it } from 'vitest';
import { plannedMinutesByDayOf, type QuotaHistory } from './planned.js';

const HISTORY: QuotaHistory = new Map([
  ['2026-11-01', { 'aerobic:walking': 5 }],
  ['2026-11-02', { 'aerobic:walking': 5, session: 0 }],
  ['2026-11-03', { 'aerobic:walking': 8, session: 12 }],
  ['2026-11-04', { 'aerobic:walking': 8, session: 13 }],
  ['2026-11-05', { 'aerobic:walking': 8, session: 13 }],
]);

describe('minutes planned from pacing', () => {
  it.each([
    ['2026-11-01', '2026-11-05', { '2026-11-03': 12, '2026-11-04': 13, '2026-11-05': 13 }],
    ['2026-11-04', '2026-11-04', { '2026-11-04': 13 }],
    ['2026-11-01', '2026-11-02', {}],
    ['2026-12-01', '2026-12-31', {}],
  ])('from %s to %s is %j', (from, to, expected) => {
    expect(plannedMinutesByDayOf(HISTORY, from, to)).toEqual(expected);
  });
});
