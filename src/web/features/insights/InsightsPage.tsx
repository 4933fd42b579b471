/**
 * The insights page (issue 15): one plain sentence of what changed first, then pain over the days
 * with data, what goes with the pain in short lines and what the journal's detail shows; the
 * numbers (each link's size and likely range, the other scales, week by week, the weekly PEG)
 * fold away under "Show the numbers". Phone first and printable for a clinician.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { InsightsResponse } from '../../../contract/insights.js';
import { TREND_SCALES } from '../../../core/insights/index.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useInsights } from '../../hooks/useInsights.js';
import { useToday } from '../../hooks/useToday.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { useAccount } from '../auth/session-context.js';
import { ConsistencySection } from './ConsistencySection.js';
import { FindingsCard } from './FindingsCard.js';
import { HeadlineSection } from './HeadlineSection.js';
import { parseRange, rangeDates, rangeSearch, type InsightRange } from './insights-range.js';
import { JournalSection } from './JournalSection.js';
import { insightsMessages } from './messages.js';
import { PatternsSection } from './PatternsSection.js';
import { PegSection } from './PegSection.js';
import { RangeControl } from './RangeControl.js';
import { firstRatedDay, fitSeriesToData } from './trend-view.js';
import { TrendsSection } from './TrendsSection.js';

const OTHER_SCALES = TREND_SCALES.filter((scale) => scale !== 'pain');

/** The page, for the range in the address (`?days=30|90|180`; 90 by default). */
export function InsightsPage() {
  const m = useMessages(insightsMessages);
  const { timeZone } = useAccount();
  const days = parseRange(useSearchParam('days'));
  const { from, to } = rangeDates(useToday(timeZone), days);
  const query = useInsights(from, to);
  const choose = (next: InsightRange) =>
    navigate(`${PATHS.insights}${rangeSearch(next)}`, { replace: true, keepScroll: true });
  // The first words come before the range control, so they open the page on a phone.
  const controls = (
    <div className="insights-controls">
      <RangeControl value={days} onChange={choose} />
    </div>
  );
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {query.status === 'success' ? null : controls}
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' ? <InsightsBody insights={query.data} from={from} to={to} controls={controls} /> : null}
    </Page>
  );
}

interface BodyProps {
  insights: InsightsResponse;
  controls: ReactNode;
  from: string;
  to: string;
}

function InsightsBody({ insights, from, to, controls }: BodyProps) {
  const m = useMessages(insightsMessages);
  const locale = useFormatLocale();
  // The chosen range is a ceiling: the charts start on the first day with data.
  const series = useMemo(() => fitSeriesToData(insights.trends.series), [insights.trends.series]);
  const firstJournalDay = firstRatedDay(insights.trends.series);
  const shownFrom = firstJournalDay ?? from;
  return (
    <div className="insights">
      <HeadlineSection insights={insights} />
      {controls}
      <p className="insights-dates">
        {m.range.showing(formatLongDay(shownFrom, locale), formatLongDay(to, locale))}
      </p>
      <TrendsSection
        series={series}
        flareDays={insights.trends.flareDays}
        scales={['pain']}
        heading={m.trends.heading}
      />
      {insights.status === 'ok' ? <FindingsCard patterns={insights.patterns} /> : null}
      {insights.journal ? <JournalSection journal={insights.journal} /> : null}
      <NumbersFold>
        {insights.status === 'ok' ? (
          <PatternsSection patterns={insights.patterns} timeOfDay={insights.timeOfDay} note={insights.note} />
        ) : null}
        <TrendsSection
          series={series}
          flareDays={insights.trends.flareDays}
          scales={OTHER_SCALES}
          heading={m.trends.otherHeading}
        />
        <ConsistencySection weeks={insights.consistency} firstJournalDay={firstJournalDay} />
        <PegSection peg={insights.peg} />
      </NumbersFold>
    </div>
  );
}

/** "Show the numbers": closed until asked for, opened for printing so the paper has them all. */
function NumbersFold({ children }: { children: ReactNode }) {
  const m = useMessages(insightsMessages);
  const fold = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const open = () => fold.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const print = () => {
    fold.current?.setAttribute('open', '');
    window.print();
  };
  return (
    <details ref={fold} className="disclosure insights-fold">
      <summary className="disclosure__summary insights-fold__summary">{m.fold.summary}</summary>
      <p className="insights-section__intro">{m.fold.intro}</p>
      {children}
      <button type="button" className="button button--secondary button--small insights-no-print" onClick={print}>
        {m.print}
      </button>
    </details>
  );
}
