/**
 * uPlot options of the insights charts: the day trends (each day as a dot, the 7- and 28-day
 * averages as lines, flare days shaded) and the weekly PEG. Calm colours with AA contrast on
 * white; the two averages differ in dash as well as colour, so colour is never the only cue.
 */
import type uPlot from 'uplot';

export const CHART_COLORS = {
  day: '#7d8c8f',
  mean7: '#1d6b66',
  mean28: '#6a4c93',
  ring: '#24527a',
  flareBand: 'rgba(168, 67, 31, 0.14)',
  flareTick: '#a8431f',
  grid: '#d9dedd',
  axis: '#3d4b4f',
} as const;

const axisStyle = {
  stroke: CHART_COLORS.axis,
  grid: { stroke: CHART_COLORS.grid, width: 1 },
  ticks: { stroke: CHART_COLORS.grid, width: 1 },
};

function baseOptions(width: number, height: number, labels: readonly string[]) {
  return {
    width,
    height,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: [0, 10] as uPlot.Range.MinMax } },
    axes: [
      {
        ...axisStyle,
        space: 64,
        incrs: [1, 2, 4, 7, 14, 28, 56],
        values: (_u: uPlot, splits: number[]) => splits.map((v) => labels[v] ?? ''),
      },
      {
        ...axisStyle,
        size: 32,
        incrs: [5],
        values: (_u: uPlot, splits: number[]) => splits.map(String),
      },
    ],
  };
}

/** Shades each flare day across the plot and marks it with a tick at the top. */
function drawFlares(u: uPlot, indexes: readonly number[]): void {
  if (indexes.length === 0) return;
  const { ctx, bbox } = u;
  const step = Math.abs(u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true));
  const width = Math.max(3, step * 0.8);
  ctx.save();
  for (const i of indexes) {
    const x = u.valToPos(i, 'x', true) - width / 2;
    ctx.fillStyle = CHART_COLORS.flareBand;
    ctx.fillRect(x, bbox.top, width, bbox.height);
    ctx.fillStyle = CHART_COLORS.flareTick;
    ctx.fillRect(x, bbox.top, width, Math.max(4, bbox.height * 0.04));
  }
  ctx.restore();
}

/** A day trend on the 0-10 scale. */
export function trendOptions(
  size: { width: number; height: number },
  labels: readonly string[],
  flares: readonly number[],
): uPlot.Options {
  return {
    ...baseOptions(size.width, size.height, labels),
    hooks: { drawClear: [(u) => drawFlares(u, flares)] },
    series: [
      {},
      {
        stroke: CHART_COLORS.day,
        paths: () => null,
        points: { show: true, size: 4, fill: CHART_COLORS.day, stroke: CHART_COLORS.day },
      },
      { stroke: CHART_COLORS.mean7, width: 2, spanGaps: false, points: { show: false } },
      {
        stroke: CHART_COLORS.mean28,
        width: 3,
        dash: [7, 4],
        spanGaps: false,
        points: { show: false },
      },
    ],
  };
}

/** The weekly PEG: the score as a line with dots, meaningful changes as larger rings. */
export function pegOptions(
  size: { width: number; height: number },
  labels: readonly string[],
): uPlot.Options {
  return {
    ...baseOptions(size.width, size.height, labels),
    series: [
      {},
      {
        stroke: CHART_COLORS.mean7,
        width: 2.5,
        points: { show: true, size: 7, fill: CHART_COLORS.mean7, stroke: CHART_COLORS.mean7 },
      },
      {
        stroke: CHART_COLORS.mean28,
        paths: () => null,
        points: {
          show: true,
          size: 16,
          width: 2.5,
          fill: 'rgba(0,0,0,0)',
          stroke: CHART_COLORS.mean28,
        },
      },
    ],
  };
}
