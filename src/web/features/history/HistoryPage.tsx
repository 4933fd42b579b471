/** The last 30 days: chart, text summary, data table and the list of check-ins. */
import { useMemo, useState } from 'react';
import { summarizeDailyPain, windowStart } from '../../../core/checkin.js';
import type { Checkin } from '../../../contract/checkin.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Flash } from '../../components/Flash.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useCheckinsBetween } from '../../hooks/useCheckins.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { questionnaireMessages } from '../questionnaires/messages.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';
import { useAccount } from '../auth/session-context.js';
import { CheckinList } from './CheckinList.js';
import { summarizeWindow } from './history-summary.js';
import { historyMessages } from './messages.js';
import { PainChart } from './PainChart.js';
import { PainTable } from './PainTable.js';

const WINDOW_DAYS = 30;

/** The history page, in the person's own calendar days. */
export function HistoryPage() {
  const m = useMessages(historyMessages);
  const { timeZone } = useAccount();
  const today = useToday(timeZone);
  const from = windowStart(today, WINDOW_DAYS);
  const query = useCheckinsBetween(from, today);
  const q = useMessages(questionnaireMessages).history;
  const [status, setStatus] = useState('');
  const onDeleted = () => {
    setStatus(m.entry.deleted);
    query.reload();
    document.getElementById('entries-heading')?.focus();
  };
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <Flash />
      <p className="page__aside">
        <Link to={PATHS.outcomes}>{q.link}</Link>
      </p>
      <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>
        {status}
      </p>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' ? (
        <HistoryBody
          checkins={query.data}
          from={from}
          today={today}
          timeZone={timeZone}
          onDeleted={onDeleted}
        />
      ) : null}
    </Page>
  );
}

interface HistoryBodyProps {
  checkins: Checkin[];
  from: string;
  today: string;
  timeZone: string;
  onDeleted: () => void;
}

function HistoryBody({ checkins: fromServer, from, today, timeZone, onDeleted }: HistoryBodyProps) {
  const m = useMessages(historyMessages);
  // Check-ins waiting on this device count too: the person made them.
  const checkins = useCheckinsWithWaiting(useAccount().id, fromServer);
  const daily = useMemo(() => summarizeDailyPain(checkins, from, today), [checkins, from, today]);
  if (checkins.length === 0) {
    return (
      <div className="notice">
        <p>{m.empty}</p>
        <Link className="button button--primary" to={PATHS.checkin}>
          {m.checkinNow}
        </Link>
      </div>
    );
  }
  return (
    <>
      <section aria-labelledby="chart-heading" className="history__chart">
        <h2 id="chart-heading">{m.chartHeading}</h2>
        <div className="history__grid">
          <div>
            <PainChart daily={daily} />
            <p className="history__summary">{m.summary(summarizeWindow(daily))}</p>
          </div>
          <PainTable daily={daily} />
        </div>
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" tabIndex={-1}>
          {m.entriesHeading}
        </h2>
        <CheckinList checkins={checkins} timeZone={timeZone} onDeleted={onDeleted} />
      </section>
    </>
  );
}
