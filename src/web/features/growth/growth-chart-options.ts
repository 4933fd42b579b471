/**
 * uPlot options of "How your plan grows": minutes planned each day as a line with dots (rest
 * days are gaps), the person's time a day as a dashed line, flare days shaded. The colours are
 * the insights charts' own; the two lines differ in dash as well as colour.
 */
import type uPlot from 'uplot';
import { CHART_COLORS } from '../insights/chart-options.js';

const axisStyle = {
  stroke: CHART_COLORS.axis,
  grid: { stroke: CHART_COLORS.grid, width: 1 },
  ticks: { stroke: CHART_COLORS.grid, width: 1 },
};

/** Shades each flare day across the plot. */
function drawFlares(u: uPlot, indexes: readonly number[]): void {
  if (indexes.length === 0) return;
  const { ctx, bbox } = u;
  const width = Math.max(3, Math.abs(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true)));
  ctx.save();
  ctx.fillStyle = CHART_COLORS.flareBand;
  for (const i of indexes) ctx.fillRect(u.valToPos(i, 'x', true) - width / 2, bbox.top, width, bbox.height);
  ctx.restore();
}

/** The chart's options; `weekTick` names the first day of each week on the x axis. */
export function growthOptions(
  size: { width: number; height: number },
  top: number,
  flares: readonly number[],
  weekTick: (week: number) => string,
): uPlot.Options {
  return {
    width: size.width,
    height: size.height,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: [0, top] as uPlot.Range.MinMax } },
    hooks: { drawClear: [(u) => drawFlares(u, flares)] },
    axes: [
      {
        ...axisStyle,
        space: 48,
        incrs: [7, 14, 28],
        values: (_u: uPlot, splits: number[]) => splits.map((v) => (v % 7 === 0 ? weekTick(v / 7 + 1) : '')),
      },
      { ...axisStyle, size: 36, values: (_u: uPlot, splits: number[]) => splits.map(String) },
    ],
    series: [
      {},
      {
        stroke: CHART_COLORS.mean7,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 5, fill: CHART_COLORS.mean7, stroke: CHART_COLORS.mean7 },
      },
      { stroke: CHART_COLORS.mean28, width: 2, dash: [7, 4], points: { show: false } },
    ],
  };
}
