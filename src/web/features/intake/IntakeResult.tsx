/** After the last step: what the safety answers mean, and the plan just made (issue 15). */
import { isReferral, type SafetyOutcome } from '../../../core/safety.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { TodayPlanCard } from '../plan/TodayPlanCard.js';
import { ReminderOptIn } from '../reminders/ReminderOptIn.js';
import { SafetyNotice } from '../safety/SafetyNotice.js';
import { intakeMessages } from './messages.js';

/** The end of the intake; a referral is shown first and alone, calmly. */
export function IntakeResult({ outcome }: { outcome: SafetyOutcome }) {
  const m = useMessages(intakeMessages).done;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  if (isReferral(outcome)) {
    return (
      <div className="stack">
        <SafetyNotice outcome={outcome} prominent showReviewLink />
        <Link to={PATHS.home}>{m.home}</Link>
      </div>
    );
  }
  return (
    <div className="stack">
      <h2 ref={heading} tabIndex={-1}>
        {m.title}
      </h2>
      {outcome.status === 'clearance_needed' ? (
        <SafetyNotice outcome={outcome} showReviewLink headingLevel={3} />
      ) : (
        <p role="status">{m.clearBody}</p>
      )}
      {/* The intake ends on the plan just made: today's sessions with Start, and the week. */}
      <TodayPlanCard />
      <Link className="button button--primary" to={PATHS.plan}>
        {m.seeWeek}
      </Link>
      <ReminderOptIn />
    </div>
  );
}
