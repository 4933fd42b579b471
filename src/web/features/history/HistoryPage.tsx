/**
 * History: the whole journal on one timeline (check-ins, sessions, bad days, questionnaires),
 * newest first, grouped by day, with a filter by kind and earlier days 30 at a time. The pain
 * chart of the last 30 days folds away under the timeline's first page.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { toLocalDate } from '../../../core/calendar.js';
import { summarizeDailyPain, windowStart } from '../../../core/checkin.js';
import { TIMELINE_FILTERS, type TimelineFilter } from '../../../core/journal/timeline.js';
import { Flash } from '../../components/Flash.js';
import { Page } from '../../components/Page.js';
import { useCheckinsBetween } from '../../hooks/useCheckins.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';
import { useAccount } from '../auth/session-context.js';
import { questionnaireMessages } from '../questionnaires/messages.js';
import { summarizeWindow } from './history-summary.js';
import { historyMessages } from './messages.js';
import { PainChart } from './PainChart.js';
import { PainTable } from './PainTable.js';
import { canShowEarlier, timelineSpans } from './timeline-view.js';
import { TimelineSpanSection } from './TimelineSpanSection.js';
import './history.css';

const CHART_DAYS = 30;

/** The history page, in the person's own calendar days. */
export function HistoryPage() {
  const m = useMessages(historyMessages);
  const q = useMessages(questionnaireMessages).history;
  const [status, setStatus] = useState('');
  const onDeleted = useCallback(() => {
    setStatus(m.entry.deleted);
    document.getElementById('entries-heading')?.focus();
  }, [m.entry.deleted]);
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <Flash />
      <p className="page__aside">
        <Link to={PATHS.outcomes}>{q.link}</Link>
      </p>
      <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>
        {status}
      </p>
      <Timeline onDeleted={onDeleted} />
      <PainSection />
    </Page>
  );
}

function Timeline({ onDeleted }: { onDeleted: () => void }) {
  const m = useMessages(historyMessages);
  const { timeZone, createdAt } = useAccount();
  const today = useToday(timeZone);
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const [pages, setPages] = useState(1);
  const [counts, setCounts] = useState<Record<number, number>>({});
  const spans = useMemo(() => timelineSpans(today, pages), [today, pages]);
  const firstDay = toLocalDate(createdAt, timeZone);
  const more = canShowEarlier(spans[spans.length - 1], firstDay, counts[pages - 1]);
  const counters = useMemo(
    () => spans.map((_, i) => (n: number) => setCounts((c) => (c[i] === n ? c : { ...c, [i]: n }))),
    [spans],
  );
  return (
    <section aria-labelledby="entries-heading" className="timeline">
      <h2 id="entries-heading" tabIndex={-1}>
        {m.entriesHeading}
      </h2>
      <FilterControl value={filter} onChange={setFilter} />
      {spans.map((span, i) => (
        <TimelineSpanSection
          key={span.to}
          span={span}
          filter={filter}
          timeZone={timeZone}
          onDeleted={onDeleted}
          isNewest={i === 0}
          onCount={counters[i] ?? (() => undefined)}
        />
      ))}
      {more ? (
        <button type="button" className="button button--secondary timeline__earlier" onClick={() => setPages((p) => p + 1)}>
          {m.showEarlier}
        </button>
      ) : (
        <p className="timeline-muted">{m.startReached}</p>
      )}
    </section>
  );
}

function FilterControl({ value, onChange }: { value: TimelineFilter; onChange: (f: TimelineFilter) => void }) {
  const m = useMessages(historyMessages).filter;
  const id = useId();
  return (
    <div className="field timeline__filter">
      <label className="field__label" htmlFor={id}>
        {m.label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(e) => onChange(TIMELINE_FILTERS.find((f) => f === e.target.value) ?? 'all')}
      >
        {TIMELINE_FILTERS.map((f) => (
          <option key={f} value={f}>
            {m.options[f]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The last 30 days of pain as a chart and a table, folded away; its sentence stays in view. */
function PainSection() {
  const m = useMessages(historyMessages);
  const { timeZone, id } = useAccount();
  const today = useToday(timeZone);
  const from = windowStart(today, CHART_DAYS);
  const query = useCheckinsBetween(from, today);
  const checkins = useCheckinsWithWaiting(id, query.status === 'success' ? query.data : []);
  const daily = useMemo(() => summarizeDailyPain(checkins, from, today), [checkins, from, today]);
  if (query.status !== 'success' || checkins.length === 0) return null;
  return (
    <section aria-labelledby="chart-heading" className="history__chart">
      <h2 id="chart-heading">{m.chartHeading}</h2>
      <p className="history__summary">{m.summary(summarizeWindow(daily))}</p>
      <details className="history__fold">
        <summary className="button button--secondary">{m.chartToggle}</summary>
        <div className="history__grid">
          <PainChart daily={daily} />
          <PainTable daily={daily} />
        </div>
      </details>
    </section>
  );
}
