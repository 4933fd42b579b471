// Covers: empty and sparse series, the latest and earliest averages skipping gaps, flare days
// outside the range left out, chart columns keeping gaps as null, and weekly rows counted back
// from the last day with a short first week.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/calendar.js';
import type { TrendPoint } from '../../../core/insights/index.js';
import {
  firstRatedDay,
  fitSeriesToData,
  flareIndexes,
  hasTrendData,
  summarizeTrend,
  toTrendChartData,
  weeklyTrendRows,
} from './trend-view.js';

const start = '2026-11-01';
function series(
  values: (number | null)[],
  mean7: (number | null)[] = [],
  mean28: (number | null)[] = [],
): TrendPoint[] {
  return values.map((value, i) => ({
    day: addDays(start, i),
    value,
    mean7: mean7[i] ?? null,
    mean28: mean28[i] ?? null,
  }));
}

describe('summarizeTrend', () => {
  it('says nothing for a scale never rated', () => {
    const points = series([null, null, null]);
    expect(hasTrendData(points)).toBe(false);
    expect(summarizeTrend(points, [])).toEqual({
      daysRated: 0,
      latest7: null,
      latest28: null,
      earliest28: null,
      flareDays: 0,
    });
  });

  it('reads the latest and earliest averages past the gaps', () => {
    const points = series(
      [4, null, 5, 6, null],
      [null, 4, 4.5, 5, null],
      [null, null, 4.2, 4.4, null],
    );
    expect(hasTrendData(points)).toBe(true);
    expect(summarizeTrend(points, ['2026-11-03', '2026-10-01'])).toEqual({
      daysRated: 3,
      latest7: { day: '2026-11-04', value: 5 },
      latest28: { day: '2026-11-04', value: 4.4 },
      earliest28: { day: '2026-11-03', value: 4.2 },
      flareDays: 1,
    });
  });
});

describe('chart columns', () => {
  it('keeps gaps as null and finds flare days by position', () => {
    const points = series([3, null, 7], [null, 3, 5], [null, null, null]);
    expect(toTrendChartData(points)).toEqual([
      [0, 1, 2],
      [3, null, 7],
      [null, 3, 5],
      [null, null, null],
    ]);
    expect(flareIndexes(points, ['2026-11-03', '2026-12-25'])).toEqual([2]);
  });
});

describe('weeklyTrendRows', () => {
  it('counts weeks back from the last day, newest first', () => {
    const values = Array.from({ length: 10 }, (_, i) => i);
    const mean7 = values.map((v) => v + 0.5);
    const points = series(values, mean7);
    const rows = weeklyTrendRows(points, ['2026-11-02', '2026-11-09']);
    expect(rows).toEqual([
      { weekEnd: '2026-11-10', mean7: 9.5, mean28: null, flareDays: 1 },
      { weekEnd: '2026-11-03', mean7: 2.5, mean28: null, flareDays: 1 },
    ]);
  });

  it('has no rows for an empty range', () => {
    expect(weeklyTrendRows([], [])).toEqual([]);
  });
});

describe('fitSeriesToData', () => {
  const point = (day: string, value: number | null) => ({ day, value, mean7: null, mean28: null });
  it('starts every scale on the first day any scale was rated', () => {
    const series = {
      pain: [point('2026-11-01', null), point('2026-11-02', null), point('2026-11-03', 4), point('2026-11-04', 5)],
      sleep: [point('2026-11-01', null), point('2026-11-02', 6), point('2026-11-03', null), point('2026-11-04', 7)],
    };
    const fitted = fitSeriesToData(series);
    expect(fitted.pain.map((p) => p.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(fitted.sleep.map((p) => p.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(firstRatedDay(series)).toBe('2026-11-02');
  });

  it('keeps the whole range when nothing was rated', () => {
    const series = { pain: [point('2026-11-01', null), point('2026-11-02', null)] };
    expect(fitSeriesToData(series)).toEqual(series);
    expect(firstRatedDay(series)).toBeNull();
  });
});
