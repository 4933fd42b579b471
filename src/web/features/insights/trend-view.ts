/**
 * Figures for the trend charts and their text equivalents, from the server's daily points. Pure:
 * the chart, the sentence and the table all read the same numbers.
 */
import type { LocalDate } from '../../../core/calendar.js';
import type { TrendPoint } from '../../../core/insights/index.js';

/** A value on a day. */
export interface DayValue {
  day: LocalDate;
  value: number;
}

/** What a trend's sentence says: how many days were rated, the latest averages, flare days. */
export interface TrendSummary {
  daysRated: number;
  latest7: DayValue | null;
  latest28: DayValue | null;
  earliest28: DayValue | null;
  flareDays: number;
}

/** One row of a trend's table: the averages at the end of a week of the range. */
export interface TrendWeekRow {
  weekEnd: LocalDate;
  mean7: number | null;
  mean28: number | null;
  flareDays: number;
}

/** uPlot's columns: day index, the day's value, the 7-day and the 28-day average (gaps null). */
export type TrendChartData = [number[], (number | null)[], (number | null)[], (number | null)[]];

function firstOf(points: readonly TrendPoint[], key: 'mean7' | 'mean28'): DayValue | null {
  const point = points.find((p) => p[key] !== null);
  return point ? { day: point.day, value: point[key] as number } : null;
}

function lastOf(points: readonly TrendPoint[], key: 'mean7' | 'mean28'): DayValue | null {
  return firstOf([...points].reverse(), key);
}

/** True when any day of the range has a value on this scale. */
export function hasTrendData(points: readonly TrendPoint[]): boolean {
  return points.some((p) => p.value !== null);
}

/** The facts of a trend's sentence; flare days are counted within the range only. */
export function summarizeTrend(
  points: readonly TrendPoint[],
  flareDays: readonly LocalDate[],
): TrendSummary {
  const days = new Set(points.map((p) => p.day));
  return {
    daysRated: points.filter((p) => p.value !== null).length,
    latest7: lastOf(points, 'mean7'),
    latest28: lastOf(points, 'mean28'),
    earliest28: firstOf(points, 'mean28'),
    flareDays: flareDays.filter((d) => days.has(d)).length,
  };
}

/** The chart's columns. */
export function toTrendChartData(points: readonly TrendPoint[]): TrendChartData {
  return [
    points.map((_, i) => i),
    points.map((p) => p.value),
    points.map((p) => p.mean7),
    points.map((p) => p.mean28),
  ];
}

/** The positions (day indexes) of flare days on the chart. */
export function flareIndexes(
  points: readonly TrendPoint[],
  flareDays: readonly LocalDate[],
): number[] {
  const flares = new Set(flareDays);
  return points.flatMap((p, i) => (flares.has(p.day) ? [i] : []));
}

/** One row per week, counted back from the range's last day, newest first. */
export function weeklyTrendRows(
  points: readonly TrendPoint[],
  flareDays: readonly LocalDate[],
): TrendWeekRow[] {
  const flares = new Set(flareDays);
  const rows: TrendWeekRow[] = [];
  for (let end = points.length - 1; end >= 0; end -= 7) {
    const point = points[end] as TrendPoint;
    const week = points.slice(Math.max(0, end - 6), end + 1);
    rows.push({
      weekEnd: point.day,
      mean7: point.mean7,
      mean28: point.mean28,
      flareDays: week.filter((p) => flares.has(p.day)).length,
    });
  }
  return rows;
}

/** The first day any scale was rated, or null when none was. */
export function firstRatedDay(series: Readonly<Record<string, readonly TrendPoint[]>>): LocalDate | null {
  const days = Object.values(series).flatMap((points) => points.find((p) => p.value !== null)?.day ?? []);
  return days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b));
}

/**
 * Every series cut to start on the first day any scale was rated: the chosen range is a ceiling,
 * so five weeks of journal fill the chart instead of its right third. Unchanged with no data.
 */
export function fitSeriesToData<K extends string>(series: Readonly<Record<K, TrendPoint[]>>): Record<K, TrendPoint[]> {
  const first = firstRatedDay(series);
  const entries = Object.entries(series) as [K, TrendPoint[]][];
  return Object.fromEntries(entries.map(([scale, points]) => [scale, first === null ? points : points.filter((p) => p.day >= first)])) as Record<K, TrendPoint[]>;
}
