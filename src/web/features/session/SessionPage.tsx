/**
 * A guided session at `/session/:date/:slot`: a session kept on this device is resumed where it
 * was (paused, so the person carries on when ready); otherwise the session is taken from the week
 * and started fresh with a new clientId.
 */
import { useState } from 'react';
import {
  createSession,
  resumeSession,
  type SessionState,
} from '../../../core/session-player/index.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useExerciseIndex } from '../../hooks/useExercises.js';
import { useMyPlan } from '../../hooks/usePlan.js';
import { useMessages } from '../../i18n/useMessages.js';
import { newClientId } from '../../lib/new-client-id.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import type { ExerciseIndex } from '../plan/PlanSessions.js';
import type { PlanSessionView } from '../plan/plan-view.js';
import { sessionMessages } from './messages.js';
import { loadSession, removeSession, sessionKey } from './session-storage.js';
import { SessionPlayer } from './SessionPlayer.js';

interface SessionPageProps {
  date: string;
  slot: string;
}

/** The page; "start again" after a finished session begins a new one under the same key. */
export function SessionPage({ date, slot }: SessionPageProps) {
  const account = useAccount();
  const storageKey = sessionKey(account.id, date, slot);
  const [attempt, setAttempt] = useState(0);
  const restart = () => {
    removeSession(storageKey);
    setAttempt((n) => n + 1);
  };
  return (
    <SessionLoader
      key={attempt}
      storageKey={storageKey}
      date={date}
      slot={slot}
      onRestart={restart}
    />
  );
}

function SessionLoader({
  storageKey,
  date,
  slot,
  onRestart,
}: SessionPageProps & { storageKey: string; onRestart: () => void }) {
  const m = useMessages(sessionMessages);
  const [stored] = useState(() => loadSession(storageKey));
  const exercises = useExerciseIndex();
  const title = m.title(m.slots[slot] ?? slot);
  if (exercises.status === 'loading') return <Loading />;
  if (exercises.status === 'error') {
    return (
      <Page title={title}>
        <ErrorMessage error={exercises.error} onRetry={exercises.reload} />
      </Page>
    );
  }
  if (stored) {
    const initial = resumeSession(stored);
    return (
      <SessionPlayer
        {...{ title, storageKey, onRestart }}
        initial={initial}
        exercises={exercises.data}
        resumed={initial.paused}
      />
    );
  }
  return (
    <FreshSession {...{ title, storageKey, date, slot, onRestart }} exercises={exercises.data} />
  );
}

interface FreshProps extends SessionPageProps {
  title: string;
  storageKey: string;
  exercises: ExerciseIndex;
  onRestart: () => void;
}

function FreshSession(props: FreshProps) {
  const m = useMessages(sessionMessages);
  const plan = useMyPlan();
  if (plan.status === 'loading') return <Loading />;
  if (plan.status === 'error') {
    return (
      <Page title={props.title}>
        <ErrorMessage error={plan.error} onRetry={plan.reload} />
      </Page>
    );
  }
  const week =
    plan.data.kind === 'ready' && plan.data.data.plan.status === 'ok' ? plan.data.data.plan : null;
  const session = week?.days
    .find((d) => d.date === props.date)
    ?.sessions.find((s) => s.slot === props.slot);
  if (!session) {
    return (
      <Page title={props.title}>
        <p className="notice">{m.notFound}</p>
        <p>
          <Link to={PATHS.plan}>{m.backToPlan}</Link>
        </p>
      </Page>
    );
  }
  return <NewSession {...props} session={session} />;
}

function NewSession({ session, ...props }: FreshProps & { session: PlanSessionView }) {
  const [initial] = useState<SessionState>(() =>
    createSession({
      clientId: newClientId(),
      date: props.date,
      slot: props.slot,
      items: session.items,
      minutes: session.minutes,
      exercises: props.exercises,
      nowMs: Date.now(),
    }),
  );
  return (
    <SessionPlayer
      title={props.title}
      storageKey={props.storageKey}
      initial={initial}
      exercises={props.exercises}
      resumed={false}
      onRestart={props.onRestart}
    />
  );
}
