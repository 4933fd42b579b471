/**
 * "Log an activity" at `/session/log-activity`: a walk outside or a swim, with minutes, effort on
 * the talk test, and pain before and after — kept on this device and sent like a guided session.
 */
import { useState } from 'react';
import { latestPainOn } from '../../../core/checkin.js';
import { buildActivityLog } from '../../../core/session-player/index.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { fetchExerciseList } from '../../hooks/useExercises.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { newClientId } from '../../lib/new-client-id.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { useCheckinsBetween } from '../../hooks/useCheckins.js';
import { useToday } from '../../hooks/useToday.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';
import { ActivityFormView } from './ActivityFormView.js';
import type { ActivityAnswers } from './activity-form.js';
import { sessionMessages } from './messages.js';
import { logSession } from '../../sync/sync.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';
import { StartingPointOffers } from '../starting-point/StartingPointOffers.js';

/** The page: the form, then what was logged and whether it is saved. */
export function LogActivityPage() {
  const m = useMessages(sessionMessages).activity;
  const account = useAccount();
  const activities = useQuery('exercises:aerobic', () => fetchExerciseList({ pillar: 'aerobic' }));
  const [logged, setLogged] = useState<string | null>(null);
  const painToday = useLatestPainToday(account.id, account.timeZone);
  const save = (answers: ActivityAnswers) => {
    const body = buildActivityLog({ ...answers, clientId: newClientId(), nowMs: Date.now() });
    logSession(account.id, body);
    setLogged(body.clientId);
  };
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {activities.status === 'loading' || painToday === 'loading' ? <Loading /> : null}
      {activities.status === 'error' ? (
        <ErrorMessage error={activities.error} onRetry={activities.reload} />
      ) : null}
      {activities.status === 'success' && painToday !== 'loading' && logged === null ? (
        <ActivityFormView activities={activities.data} onSave={save} painToday={painToday} />
      ) : null}
      {logged !== null ? (
        <Logged userId={account.id} clientId={logged} onAnother={() => setLogged(null)} />
      ) : null}
      {logged === null ? <StartingPointOffers /> : null}
    </Page>
  );
}

const NO_CHECKINS: never[] = [];

/** Pain at the latest check-in of today (one made on this device and not sent yet counts), null without one. */
function useLatestPainToday(userId: string, timeZone: string): number | null | 'loading' {
  const today = useToday(timeZone);
  const checkins = useCheckinsBetween(today, today);
  const shown = useCheckinsWithWaiting(userId, checkins.status === 'success' ? checkins.data : NO_CHECKINS);
  if (checkins.status === 'loading') return 'loading';
  return latestPainOn(shown, today);
}

function Logged({
  userId,
  clientId,
  onAnother,
}: {
  userId: string;
  clientId: string;
  onAnother: () => void;
}) {
  const m = useMessages(sessionMessages);
  const heading = useFocusWhen<HTMLHeadingElement>(clientId);
  return (
    <section aria-labelledby="activity-logged" className="stack">
      <h2 id="activity-logged" ref={heading} tabIndex={-1}>
        {m.activity.savedHeading}
      </h2>
      <SyncStatusLine userId={userId} opKey={clientId} />
      <div className="button-row">
        <Link className="button button--primary" to={PATHS.pacing}>
          {m.summary.pacingLink}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {m.activity.another}
        </button>
      </div>
    </section>
  );
}
