/**
 * "Stop — something feels wrong" during a test: the guided session's stop flow (what feels wrong,
 * what to do now, the signs to get help), then a kind end. Such a test sets no starting point;
 * the reason reaches pacing and the plan like any stopped session (CLINICAL.md §1).
 */
import type { StopReason } from '../../../core/session-player/index.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';
import { StopAdvice, StopReasons } from '../session/StopFlow.js';
import { startingPointMessages } from './messages.js';
import type { ToleranceTest } from './useToleranceTest.js';

/** The reasons, then the advice with "End the test"; "nothing is wrong" goes on to pain after. */
export function UnwellTest({ reason, unwell }: { reason: StopReason | null; unwell: ToleranceTest['unwell'] }) {
  const m = useMessages(startingPointMessages).unwell;
  if (reason === null) {
    return <StopReasons onChoose={unwell.choose} onBack={unwell.back} backLabel={m.nothingWrong} />;
  }
  return <StopAdvice reason={reason} endLabel={m.end} onEnd={unwell.end} />;
}

/** After ending through the stop flow: no starting point, no judgement, and whether it is saved. */
export function TestEnded({ userId, clientId }: { userId: string; clientId: string }) {
  const m = useMessages(startingPointMessages);
  const heading = useFocusWhen<HTMLHeadingElement>(`ended:${clientId}`);
  return (
    <section aria-labelledby="starting-point-ended" className="starting-point">
      <h2 id="starting-point-ended" ref={heading} tabIndex={-1}>
        {m.ended.heading}
      </h2>
      <p>{m.ended.body}</p>
      <p>{m.ended.later}</p>
      <SyncStatusLine userId={userId} opKey={clientId} />
      <div className="button-row">
        <Link className="button button--primary" to={PATHS.plan}>
          {m.result.planLink}
        </Link>
      </div>
    </section>
  );
}
