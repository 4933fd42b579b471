/**
 * What the safety loop shows on home (CLINICAL.md §1): the emergency notice after a stop for
 * chest pain or one-sided weakness, the hold after any stop sign, and a calm card when the
 * safety questions are due again.
 */
import type { SafetyStatus } from '../../../contract/safety.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { EmergencyCall } from './EmergencyCall.js';
import { safetyMessages } from './messages.js';

/** The notice after a stop for chest pain or weakness on one side, with tap-to-call. */
export function EmergencyStopNotice({ status }: { status: SafetyStatus }) {
  const m = useMessages(safetyMessages);
  if (!status.emergencyNotice || !status.hold) return null;
  return (
    <section className="notice notice--emergency" aria-labelledby="emergency-stop-title">
      <h2 id="emergency-stop-title" className="notice__title">
        {m.emergency.title}
      </h2>
      <p>{m.emergency.body(m.stopReasons[status.hold.reason])}</p>
      <EmergencyCall />
      <p>{m.emergency.after}</p>
    </section>
  );
}

/** Why the plan keeps to breathing and stretching after a stop sign. */
export function StopSignHold({ status }: { status: SafetyStatus }) {
  const m = useMessages(safetyMessages).hold;
  const reasons = useMessages(safetyMessages).stopReasons;
  if (!status.hold || status.outcome.status !== 'clearance_needed') return null;
  return (
    <section className="notice notice--caution" aria-labelledby="stop-hold-title">
      <h2 id="stop-hold-title" className="notice__title">
        {m.title}
      </h2>
      <p>{m.body(reasons[status.hold.reason])}</p>
    </section>
  );
}

/** A calm card leading to the safety questions, saying why they are asked again. */
export function SafetyReviewCard({ status }: { status: SafetyStatus }) {
  const m = useMessages(safetyMessages).reviewCard;
  if (!status.review.due) return null;
  return (
    <section className="card" aria-labelledby="safety-review-title">
      <h2 id="safety-review-title">{m.title}</h2>
      <ul>
        {status.review.reasons.map((reason) => (
          <li key={reason}>{m.reasons[reason]}</li>
        ))}
      </ul>
      <p>{m.intro}</p>
      <Link className="button button--primary button--wide" to={PATHS.safety}>
        {m.action}
      </Link>
    </section>
  );
}
