/**
 * Trends of every journal scale: description only. Each chart has a sentence and a table beside
 * it; scales never rated in the range share one line instead of empty charts.
 */
import { useId } from 'react';
import { SCALE_DIRECTION } from '../../../core/checkin.js';
import type { LocalDate } from '../../../core/calendar.js';
import { TREND_SCALES, type TrendPoint, type TrendScale } from '../../../core/insights/index.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { insightsMessages } from './messages.js';
import { hasTrendData, summarizeTrend } from './trend-view.js';
import { TrendChart } from './TrendChart.js';
import { TrendTable } from './TrendTable.js';

const DIRECTION = { pain: 'higher_is_worse', ...SCALE_DIRECTION } as const;

interface TrendsProps {
  series: Record<TrendScale, TrendPoint[]>;
  flareDays: readonly LocalDate[];
  /** The scales this section draws: pain leads the page, the others fold away with the numbers. */
  scales: readonly TrendScale[];
  heading: string;
}

/** A trends section: pain larger, then the other scales with data; unrated ones share a line. */
export function TrendsSection({ series, flareDays, scales, heading }: TrendsProps) {
  const m = useMessages(insightsMessages).trends;
  const id = useId();
  const rated = TREND_SCALES.filter((scale) => scales.includes(scale) && hasTrendData(series[scale]));
  const unrated = TREND_SCALES.filter((scale) => scales.includes(scale) && !rated.includes(scale));
  return (
    <section aria-labelledby={`${id}-trends`} className="insights-section">
      <h2 id={`${id}-trends`}>{heading}</h2>
      <p className="insights-section__intro">{m.intro}</p>
      {rated.length > 0 ? <TrendLegend hasFlares={flareDays.length > 0} /> : null}
      <div className="insights-trends">
        {rated.map((scale) => (
          <TrendCard key={scale} scale={scale} points={series[scale]} flareDays={flareDays} />
        ))}
      </div>
      {unrated.length > 0 ? (
        <p className="insights-muted insights-unrated">
          {m.noData(unrated.map((scale) => m.scales[scale]))}
        </p>
      ) : null}
    </section>
  );
}

/** One key for every trend chart; a picture key, so hidden like the charts. */
function TrendLegend({ hasFlares }: { hasFlares: boolean }) {
  const m = useMessages(insightsMessages).trends;
  return (
    <p className="chart__legend insights-legend" aria-hidden="true">
      <span className="chart__key chart__key--day">{m.legendDay}</span>
      <span className="chart__key chart__key--mean7">{m.legend7}</span>
      <span className="chart__key chart__key--mean28">{m.legend28}</span>
      {hasFlares ? (
        <span className="chart__key chart__key--flare-band">{m.legendFlare}</span>
      ) : null}
    </p>
  );
}

interface CardProps {
  scale: TrendScale;
  points: TrendPoint[];
  flareDays: readonly LocalDate[];
}

function TrendCard({ scale, points, flareDays }: CardProps) {
  const m = useMessages(insightsMessages).trends;
  const id = useId();
  return (
    <article className={`card insights-trend insights-trend--${scale}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{m.scales[scale]}</h3>
      <TrendSentence scale={scale} points={points} flareDays={flareDays} />
      <TrendChart points={points} flareDays={flareDays} height={scale === 'pain' ? 200 : 150} />
      <TrendTable
        id={`${id}-table`}
        scale={m.scales[scale]}
        points={points}
        flareDays={flareDays}
      />
    </article>
  );
}

function TrendSentence({ scale, points, flareDays }: CardProps) {
  const m = useMessages(insightsMessages).trends;
  const locale = useFormatLocale();
  // "24 Nov" stays on one line.
  const day = (d: LocalDate) => formatShortDay(d, locale).replace(/ /g, '\u00a0');
  const {
    latest7,
    latest28,
    earliest28,
    daysRated,
    flareDays: flares,
  } = summarizeTrend(points, flareDays);
  const parts = [
    m.direction(m.directions[DIRECTION[scale]]),
    latest7 ? m.latest7(latest7.value, day(latest7.day)) : m.notEnough,
    latest28 ? m.latest28(latest28.value, day(latest28.day)) : null,
    latest28 && earliest28 && earliest28.day !== latest28.day
      ? m.earlier(earliest28.value, day(earliest28.day))
      : null,
    m.rated(daysRated, scale === 'pain' ? flares : null),
  ];
  return <p className="insights-trend__summary">{parts.filter(Boolean).join(' ')}</p>;
}
