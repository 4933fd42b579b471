/**
 * One page of the journal's timeline (30 days, one bounded read): its entries grouped by day,
 * newest first, under the chosen filter. Check-ins waiting on this device show at once.
 */
import { useEffect, useMemo } from 'react';
import { buildTimeline, filterTimeline, type TimelineFilter } from '../../../core/journal/timeline.js';
import type { TimelineResponse } from '../../../contract/timeline.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { formatDay, formatShortDay } from '../../lib/format.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';
import { useAccount } from '../auth/session-context.js';
import { historyMessages } from './messages.js';
import type { TimelineSpan } from './timeline-view.js';
import { TimelineEntryItem } from './TimelineEntries.js';
import { useTimeline } from './useTimeline.js';

interface SpanProps {
  span: TimelineSpan;
  filter: TimelineFilter;
  timeZone: string;
  onDeleted: (id: string) => void;
  /** The newest page: with nothing in it at all, it invites a first check-in. */
  isNewest: boolean;
  /** Told how many entries the page holds (any filter), once loaded. */
  onCount: (count: number) => void;
}

/** The page, loading on its own. */
export function TimelineSpanSection({ span, ...rest }: SpanProps) {
  const query = useTimeline(span.from, span.to);
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  return <SpanDays journal={query.data} span={span} {...rest} />;
}

function SpanDays({ journal, span, filter, timeZone, onDeleted, onCount, isNewest }: SpanProps & { journal: TimelineResponse }) {
  const m = useMessages(historyMessages);
  const locale = useFormatLocale();
  const withWaiting = useCheckinsWithWaiting(useAccount().id, journal.checkins);
  const all = useMemo(() => {
    // A check-in made on this device belongs to the page of its own day only.
    const checkins = withWaiting.filter((c) => c.localDate >= span.from && c.localDate <= span.to);
    return buildTimeline({ checkins, sessions: journal.sessions, badDays: journal.badDays, answers: journal.answers });
  }, [withWaiting, journal, span.from, span.to]);
  const count = all.reduce((n, d) => n + d.entries.length, 0);
  useEffect(() => onCount(count), [count, onCount]);
  const days = filterTimeline(all, filter);
  if (count === 0 && isNewest) {
    return (
      <div className="notice">
        <p>{m.empty}</p>
        <Link className="button button--primary" to={PATHS.checkin}>
          {m.checkinNow}
        </Link>
      </div>
    );
  }
  if (days.length === 0) {
    return (
      <p className="timeline-muted timeline-empty">
        {m.span(formatShortDay(span.from, locale), formatShortDay(span.to, locale))}: {m.nothingInSpan(m.filter.options[filter])}
      </p>
    );
  }
  return (
    <>
      {days.map((d) => (
        <section key={d.day} className="timeline-day" aria-labelledby={`day-${d.day}`}>
          <h3 id={`day-${d.day}`} className="timeline-day__heading">
            {formatDay(d.day, locale)}
          </h3>
          <ul className="entry-list timeline-day__entries">
            {d.entries.map((entry) => (
              <TimelineEntryItem key={entry.key} entry={entry} timeZone={timeZone} onDeleted={onDeleted} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
