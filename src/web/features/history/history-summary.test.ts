// Covers: an empty window, gaps left out of every figure, rounding, flare days, and chart
// columns keeping gaps as null.
import { describe, expect, it } from 'vitest';
import { summarizeDailyPain } from '../../../core/checkin.js';
import { summarizeWindow, toChartData } from './history-summary.js';

const daily = summarizeDailyPain(
  [
    { localDate: '2026-11-20', pain: 3, flare: false },
    { localDate: '2026-11-20', pain: 4, flare: false },
    { localDate: '2026-11-22', pain: 8, flare: true },
    { localDate: '2026-11-23', pain: 2, flare: false },
  ],
  '2026-11-20',
  '2026-11-24',
);

describe('summarizeWindow', () => {
  it('summarises only days with entries', () => {
    expect(summarizeWindow(daily)).toEqual({
      days: 5,
      daysWithEntries: 3,
      average: 4.5,
      lowest: 2,
      highest: 8,
      flareDays: 1,
    });
  });

  it('has no figures for an empty window', () => {
    const empty = summarizeDailyPain([], '2026-11-01', '2026-11-30');
    expect(summarizeWindow(empty)).toMatchObject({
      days: 30,
      daysWithEntries: 0,
      average: null,
      lowest: null,
    });
  });
});

describe('toChartData', () => {
  it('keeps gaps as null and marks flare days', () => {
    expect(toChartData(daily)).toEqual([
      [0, 1, 2, 3, 4],
      [3.5, null, 8, 2, null],
      [null, null, 8, null, null],
    ]);
  });
});
