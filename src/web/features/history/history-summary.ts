/** Figures for the history chart and its text summary, from the core's daily pain rows. */
import type { DailyPain } from '../../../core/checkin.js';

export interface WindowSummary {
  days: number;
  daysWithEntries: number;
  average: number | null;
  lowest: number | null;
  highest: number | null;
  flareDays: number;
}

/** Totals over a window: the average is of daily means, rounded to one decimal. */
export function summarizeWindow(daily: readonly DailyPain[]): WindowSummary {
  const means = daily.flatMap((d) => (d.meanPain === null ? [] : [d.meanPain]));
  const average =
    means.length === 0
      ? null
      : Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 10) / 10;
  return {
    days: daily.length,
    daysWithEntries: means.length,
    average,
    lowest: means.length === 0 ? null : Math.min(...means),
    highest: means.length === 0 ? null : Math.max(...means),
    flareDays: daily.filter((d) => d.flare).length,
  };
}

/** uPlot's columns: day index, mean pain (gaps as null), and the mean again on flare days only. */
export function toChartData(
  daily: readonly DailyPain[],
): [number[], (number | null)[], (number | null)[]] {
  return [
    daily.map((_, i) => i),
    daily.map((d) => d.meanPain),
    daily.map((d) => (d.flare ? d.meanPain : null)),
  ];
}
