/**
 * The 30-day pain chart (uPlot). It is a picture for sighted people: hidden from assistive
 * technology, with the text summary and the data table beside it as the accessible equivalent.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DailyPain } from '../../../core/checkin.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { toChartData } from './history-summary.js';
import { historyMessages } from './messages.js';

const COLORS = { line: '#1d6b66', flare: '#a8431f', grid: '#d9dedd', axis: '#3d4b4f' } as const;
const HEIGHT = 220;

function buildOptions(width: number, labels: string[]): uPlot.Options {
  const axis = {
    stroke: COLORS.axis,
    grid: { stroke: COLORS.grid, width: 1 },
    ticks: { stroke: COLORS.grid, width: 1 },
  };
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 8 } },
    scales: { x: { time: false }, y: { range: [0, 10] } },
    axes: [
      {
        ...axis,
        space: 56,
        incrs: [1, 2, 7, 14],
        values: (_u, splits) => splits.map((v) => labels[v] ?? ''),
      },
      { ...axis, size: 36, incrs: [2, 5], values: (_u, splits) => splits.map(String) },
    ],
    series: [
      {},
      {
        stroke: COLORS.line,
        width: 2,
        spanGaps: false,
        points: { show: true, size: 7, fill: COLORS.line },
      },
      {
        stroke: COLORS.flare,
        paths: () => null,
        points: { show: true, size: 13, fill: COLORS.flare, stroke: '#ffffff', width: 2 },
      },
    ],
  };
}

/** Daily mean pain as a line with gaps; flare days as larger dots. */
export function PainChart({ daily }: { daily: readonly DailyPain[] }) {
  const m = useMessages(historyMessages);
  const locale = useFormatLocale();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const labels = daily.map((d) => formatShortDay(d.day, locale));
    const width = () => Math.max(240, Math.floor(element.clientWidth));
    const chart = new uPlot(buildOptions(width(), labels), toChartData(daily), element);
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [daily, locale]);

  return (
    <figure className="chart" aria-hidden="true">
      <div ref={box} className="chart__canvas" />
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--line">{m.legendMean}</span>
        <span className="chart__key chart__key--flare">{m.legendFlare}</span>
        <span>{m.gapsNote}</span>
      </figcaption>
    </figure>
  );
}
