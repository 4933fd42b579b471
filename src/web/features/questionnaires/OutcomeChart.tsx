/**
 * One instrument's scores over time as a picture (uPlot): a line through each answer. Hidden from
 * assistive technology — the table beside it holds the same scores with their marks in words.
 */
import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { LocalDate } from '../../../core/calendar.js';
import { useFormatLocale } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { UplotCanvas } from '../insights/UplotCanvas.js';

const COLORS = { line: '#1d6b66', grid: '#d9dedd', axis: '#3d4b4f' } as const;
const HEIGHT = 180;

interface OutcomeChartProps {
  points: readonly { localDate: LocalDate; value: number | null }[];
  /** The score's own range, when fixed (0-10 scales); null lets the chart fit the scores. */
  range: [number, number] | null;
}

function chartOptions(size: { width: number; height: number }, labels: readonly string[], range: [number, number] | null): uPlot.Options {
  const axis = { stroke: COLORS.axis, grid: { stroke: COLORS.grid, width: 1 }, ticks: { stroke: COLORS.grid, width: 1 } };
  return {
    ...size,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: range ? { range } : { auto: true } },
    axes: [
      { ...axis, space: 64, incrs: [1, 2, 4, 8], values: (_u, splits) => splits.map((v) => labels[v] ?? '') },
      { ...axis, size: 40 },
    ],
    series: [{}, { stroke: COLORS.line, width: 2, points: { show: true, size: 8, fill: COLORS.line } }],
  };
}

/** The chart of the points, in the order given. */
export function OutcomeChart({ points, range }: OutcomeChartProps) {
  const locale = useFormatLocale();
  const data = useMemo<uPlot.AlignedData>(() => [points.map((_p, i) => i), points.map((p) => p.value)], [points]);
  const options = useCallback(
    (size: { width: number; height: number }) => chartOptions(size, points.map((p) => formatShortDay(p.localDate, locale)), range),
    [points, locale, range],
  );
  return (
    <figure className="chart q-chart" aria-hidden="true">
      <UplotCanvas height={HEIGHT} data={data} options={options} />
    </figure>
  );
}
