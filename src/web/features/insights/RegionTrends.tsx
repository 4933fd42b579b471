/**
 * Pain by body area: for each area with a trend, a sentence and the shared trend chart (each day
 * and the 7-day average); areas still counting towards 7 days share one line.
 */
import { useId, useMemo } from 'react';
import type { RegionTrend } from '../../../core/insights/index.js';
import { sharedMessages } from '../../components/messages.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { insightsMessages } from './messages.js';
import { latestMean7, splitRegions, toRegionTrendPoints } from './journal-view.js';
import { TrendChart } from './TrendChart.js';

/** The subsection; nothing when no area has its own number. */
export function RegionTrends({ regions }: { regions: readonly RegionTrend[] }) {
  const m = useMessages(insightsMessages);
  const names = useMessages(sharedMessages).painAreas;
  if (regions.length === 0) return null;
  const { shown, waiting } = splitRegions(regions);
  return (
    <div className="insights-journal__part">
      <h3>{m.journal.regions.heading}</h3>
      <p className="insights-section__intro">{m.journal.regions.intro}</p>
      {shown.length > 0 ? (
        <p className="chart__legend insights-legend" aria-hidden="true">
          <span className="chart__key chart__key--day">{m.trends.legendDay}</span>
          <span className="chart__key chart__key--mean7">{m.trends.legend7}</span>
        </p>
      ) : null}
      <div className="insights-trends">
        {shown.map((trend) => (
          <RegionCard key={trend.region} trend={trend} />
        ))}
      </div>
      {waiting.length > 0 ? (
        <p className="insights-muted">
          {m.journal.regions.waiting(
            waiting.map((r) => m.journal.regions.waitingItem(names[r.region], r.days)),
            waiting[0]!.required,
          )}
        </p>
      ) : null}
    </div>
  );
}

function RegionCard({ trend }: { trend: RegionTrend }) {
  const m = useMessages(insightsMessages).journal.regions;
  const names = useMessages(sharedMessages).painAreas;
  const locale = useFormatLocale();
  const id = useId();
  const points = useMemo(() => toRegionTrendPoints(trend.points), [trend.points]);
  const latest = latestMean7(trend.points);
  return (
    <article className="card insights-trend insights-region" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{names[trend.region]}</h4>
      <p>
        {latest
          ? m.latest(latest.value, formatShortDay(latest.day, locale).replace(/ /g, '\u00a0'), trend.days)
          : m.noAverage(trend.days)}
      </p>
      <TrendChart points={points} flareDays={[]} height={130} />
    </article>
  );
}
