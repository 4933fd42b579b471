/** Minutes planned each day over the weeks, as a picture; the table and the sentences say it in words. */
import { useCallback, useMemo } from 'react';
import type { SimulationResponse } from '../../../contract/plan.js';
import { useMessages } from '../../i18n/useMessages.js';
import { UplotCanvas } from '../insights/UplotCanvas.js';
import { growthOptions } from './growth-chart-options.js';
import { flareDayIndexes, growthChartData } from './growth-view.js';
import { growthMessages } from './messages.js';

type Weeks = Extract<SimulationResponse, { status: 'ok' }>['weeks'];
const HEIGHT = 220;

/** The chart with its key; hidden from assistive technology. */
export function GrowthChart({ weeks, minutesPerDay }: { weeks: Weeks; minutesPerDay: number }) {
  const m = useMessages(growthMessages).chart;
  const data = useMemo(() => growthChartData(weeks, minutesPerDay), [weeks, minutesPerDay]);
  const flares = useMemo(() => flareDayIndexes(weeks), [weeks]);
  const top = useMemo(() => {
    const most = Math.max(minutesPerDay, ...data[1].map((v) => v ?? 0));
    return Math.ceil((most + 5) / 5) * 5;
  }, [data, minutesPerDay]);
  const options = useCallback(
    (size: { width: number; height: number }) => growthOptions(size, top, flares, m.weekTick),
    [top, flares, m],
  );
  return (
    <figure className="chart growth-chart" aria-hidden="true">
      <UplotCanvas height={HEIGHT} data={data} options={options} />
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--mean7">{m.planned}</span>
        <span className="chart__key chart__key--mean28">{m.yourTime(minutesPerDay)}</span>
        {flares.length > 0 ? <span className="chart__key chart__key--flare-band">{m.gentle}</span> : null}
      </figcaption>
    </figure>
  );
}
