/** One scale's trend as a picture: each day as a dot, the 7- and 28-day averages, flare days. */
import { useCallback, useMemo } from 'react';
import type { LocalDate } from '../../../core/calendar.js';
import type { TrendPoint } from '../../../core/insights/index.js';
import { useFormatLocale } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { trendOptions } from './chart-options.js';
import { flareIndexes, toTrendChartData } from './trend-view.js';
import { UplotCanvas } from './UplotCanvas.js';

interface TrendChartProps {
  points: readonly TrendPoint[];
  flareDays: readonly LocalDate[];
  height: number;
}

/** The chart, hidden from assistive technology (the sentence and table say it); one key above all. */
export function TrendChart({ points, flareDays, height }: TrendChartProps) {
  const locale = useFormatLocale();
  const data = useMemo(() => toTrendChartData(points), [points]);
  const flares = useMemo(() => flareIndexes(points, flareDays), [points, flareDays]);
  const options = useCallback(
    (size: { width: number; height: number }) =>
      trendOptions(
        size,
        points.map((p) => formatShortDay(p.day, locale)),
        flares,
      ),
    [points, locale, flares],
  );
  return (
    <figure className="chart insights-chart" aria-hidden="true">
      <UplotCanvas height={height} data={data} options={options} />
    </figure>
  );
}
