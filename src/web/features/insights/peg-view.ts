/** Figures for the weekly PEG chart and table, from the server's weeks. */
import type { PegWeek } from '../../../core/insights/index.js';

/** uPlot's columns: week index, the score, and the score again where it moved meaningfully. */
export type PegChartData = [number[], number[], (number | null)[]];

/** The chart's columns; the marks follow `meaningfulFromPrevious` exactly. */
export function toPegChartData(weeks: readonly PegWeek[]): PegChartData {
  return [
    weeks.map((_, i) => i),
    weeks.map((w) => w.score),
    weeks.map((w) => (w.meaningfulFromPrevious === null ? null : w.score)),
  ];
}
