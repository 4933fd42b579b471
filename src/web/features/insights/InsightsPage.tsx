/**
 * The insights page: trends, then the patterns that passed the server's honesty rules, then what
 * the journal's detail shows, sessions week by week and the weekly PEG. Phone first and printable
 * for a clinician.
 */
import type { InsightsResponse } from '../../../contract/insights.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useInsights } from '../../hooks/useInsights.js';
import { useToday } from '../../hooks/useToday.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { useAccount } from '../auth/session-context.js';
import { ConsistencySection } from './ConsistencySection.js';
import { parseRange, rangeDates, rangeSearch, type InsightRange } from './insights-range.js';
import { JournalSection } from './JournalSection.js';
import { insightsMessages } from './messages.js';
import { PatternsSection } from './PatternsSection.js';
import { PegSection } from './PegSection.js';
import { RangeControl } from './RangeControl.js';
import { TrendsSection } from './TrendsSection.js';

/** The page, for the range in the address (`?days=30|90|180`; 90 by default). */
export function InsightsPage() {
  const m = useMessages(insightsMessages);
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const days = parseRange(useSearchParam('days'));
  const { from, to } = rangeDates(useToday(timeZone), days);
  const query = useInsights(from, to);
  const choose = (next: InsightRange) =>
    navigate(`${PATHS.insights}${rangeSearch(next)}`, { replace: true, keepScroll: true });
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <div className="insights-controls">
        <RangeControl value={days} onChange={choose} />
        <p className="insights-dates">
          {m.range.showing(formatLongDay(from, locale), formatLongDay(to, locale))}
        </p>
        <button
          type="button"
          className="button button--secondary button--small insights-no-print"
          onClick={() => window.print()}
        >
          {m.print}
        </button>
      </div>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' ? <InsightsBody insights={query.data} /> : null}
    </Page>
  );
}

function InsightsBody({ insights }: { insights: InsightsResponse }) {
  const firstJournalDay = insights.trends.series.pain.find((p) => p.value !== null)?.day ?? null;
  return (
    <div className="insights">
      {insights.needs ? <NeedsNotice message={insights.needs.message} /> : null}
      <TrendsSection series={insights.trends.series} flareDays={insights.trends.flareDays} />
      {insights.status === 'ok' ? (
        <PatternsSection
          patterns={insights.patterns}
          timeOfDay={insights.timeOfDay}
          note={insights.note}
        />
      ) : null}
      {insights.journal ? <JournalSection journal={insights.journal} /> : null}
      <ConsistencySection weeks={insights.consistency} firstJournalDay={firstJournalDay} />
      <PegSection peg={insights.peg} />
    </div>
  );
}

function NeedsNotice({ message }: { message: string }) {
  const m = useMessages(insightsMessages).needs;
  return (
    <section className="notice insights-needs" aria-labelledby="needs-heading">
      <h2 id="needs-heading" className="notice__title">
        {m.heading}
      </h2>
      <p>{message}</p>
      <p>{m.body}</p>
      <Link className="button button--primary insights-no-print" to={PATHS.checkin}>
        {m.checkin}
      </Link>
    </section>
  );
}
