/**
 * The kind summary after saving: what was done, the time it took, pain before and after, whether
 * the log has reached the server yet, and the way to see how amounts change. Never a score.
 */
import { summarizeSession, type SessionState } from '../../../core/session-player/index.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { LessonLink } from '../lessons/LessonLink.js';
import { sessionMessages } from './messages.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';

interface SummaryStepProps {
  state: SessionState;
  userId: string;
  onRestart: () => void;
}

/** The last screen of a session. */
export function SummaryStep({ state, userId, onRestart }: SummaryStepProps) {
  const m = useMessages(sessionMessages).summary;
  const heading = useFocusWhen<HTMLHeadingElement>('summary');
  const summary = summarizeSession(state, state.finishedAtMs ?? state.lastSeenMs);
  const ending = state.ending ?? 'left';
  return (
    <section className="player player--summary" aria-labelledby="session-summary">
      <h2 id="session-summary" ref={heading} tabIndex={-1}>
        {m.headings[ending]}
      </h2>
      <SyncStatusLine userId={userId} opKey={state.clientId} />
      <ul className="summary-list">
        <li>{m.did(summary.done, summary.easier)}</li>
        {summary.skipped > 0 ? <li>{m.skipped(summary.skipped)}</li> : null}
        <li>{m.time(summary.minutes)}</li>
        {state.painBefore !== null && state.painAfter !== null ? (
          <li>{m.pain(state.painBefore, state.painAfter)}</li>
        ) : null}
      </ul>
      {summary.partial ? <p>{m.partial}</p> : null}
      {/* After a stop for chest pain, the short read on when to call for help (issue 14). */}
      {state.stopReason === 'chest_pain' ? <LessonLink lessonId="chest_pain" /> : null}
      <div className="button-row">
        <Link className="button button--primary" to={PATHS.pacing}>
          {m.pacingLink}
        </Link>
        <Link className="button button--secondary" to={PATHS.plan}>
          {m.planLink}
        </Link>
      </div>
      <p className="aside">
        <button type="button" className="button button--link" onClick={onRestart}>
          {m.again}
        </button>
      </p>
    </section>
  );
}
