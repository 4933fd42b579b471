/** Home: a kind greeting, today's check-in, the safety message when it applies, recent entries. */
import { hasCheckedInOn, windowStart } from '../../../core/checkin.js';
import { assessSafety, isReferral } from '../../../core/safety.js';
import type { Checkin } from '../../../contract/checkin.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Flash } from '../../components/Flash.js';
import { Page } from '../../components/Page.js';
import { CardSkeleton } from '../../components/PageSkeleton.js';
import { useCheckinsBetween } from '../../hooks/useCheckins.js';
import { useProfileAndDraft } from '../../hooks/useProfile.js';
import { useSafety } from '../../hooks/useSafety.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';
import { OfflineNotice } from '../offline/OfflineNotice.js';
import { CheckinList } from '../history/CheckinList.js';
import {
  DueQuestionnaireCard,
  EmergencyStopNotice,
  FlareCard,
  LessonCard,
  NoteFromClinicianCard,
  ReliefFollowUpCard,
  ReminderNotice,
  SafetyNotice,
  SafetyReviewCard,
  StopSignHold,
  TodayPlanCard,
} from './home-cards.js';
import { IntakePrompt } from './IntakePrompt.js';
import { homeMessages } from './messages.js';

const LATEST_COUNT = 3;
const NO_CHECKINS: Checkin[] = [];

/** The home page. */
export function HomePage() {
  const m = useMessages(homeMessages);
  const account = useAccount();
  const today = useToday(account.timeZone);
  const intake = useProfileAndDraft();
  const checkins = useCheckinsBetween(windowStart(today, 30), today);
  // With the check-ins waiting on this device (sync module): made offline, they count already.
  const shown = useCheckinsWithWaiting(account.id, checkins.status === 'success' ? checkins.data : NO_CHECKINS);
  const safety = useSafety();
  const profile = intake.status === 'success' ? intake.data.profile : undefined;
  const status = safety.status === 'success' ? safety.data : null;
  // The server's outcome counts stop signs; the answers alone stand in until it arrives.
  const outcome = status?.outcome ?? (profile ? assessSafety(profile.safety) : null);
  return (
    <Page title={m.greeting(account.name)}>
      <Flash />
      <OfflineNotice />
      {status ? <EmergencyStopNotice status={status} /> : null}
      {outcome && isReferral(outcome) ? <SafetyNotice outcome={outcome} showReviewLink /> : null}
      {status ? <SafetyReviewCard status={status} /> : null}
      <NoteFromClinicianCard />
      {outcome && !isReferral(outcome) ? <ReminderNotice /> : null}
      {checkins.status === 'success' ? (
        <TodayCard checkedIn={hasCheckedInOn(shown, today)} />
      ) : null}
      {/* The check-in card's shape at once, so the page does not jump when it comes. */}
      {checkins.status === 'loading' ? <CardSkeleton tall /> : null}
      {checkins.status === 'success' && outcome && !isReferral(outcome) ? (
        <FlareCard checkinsToday={checkins.data.filter((c) => c.localDate === today)} />
      ) : null}
      {checkins.status === 'success' ? <ReliefFollowUpCard checkins={checkins.data} /> : null}
      {outcome && !isReferral(outcome) ? <DueQuestionnaireCard /> : null}
      {status?.hold && outcome?.status === 'clearance_needed' ? <StopSignHold status={status} /> : null}
      {!status?.hold && outcome?.status === 'clearance_needed' ? (
        <SafetyNotice outcome={outcome} showReviewLink />
      ) : null}
      {outcome && !isReferral(outcome) ? <TodayPlanCard /> : null}
      {profile ? <LessonCard /> : null}
      {intake.status === 'error' ? (
        <ErrorMessage error={intake.error} onRetry={intake.reload} />
      ) : null}
      {intake.status === 'success' && profile === null ? (
        <IntakePrompt hasDraft={intake.data.draft !== null} />
      ) : null}
      {checkins.status === 'error' ? (
        <ErrorMessage error={checkins.error} onRetry={checkins.reload} />
      ) : null}
      {checkins.status === 'success' ? (
        <LatestCheckins checkins={shown} timeZone={account.timeZone} />
      ) : null}
    </Page>
  );
}

function TodayCard({ checkedIn }: { checkedIn: boolean }) {
  const m = useMessages(homeMessages);
  return (
    <section className="card card--today" aria-labelledby="today-heading">
      <h2 id="today-heading">{m.todayHeading}</h2>
      <p>{checkedIn ? m.todayDone : m.todayNotYet}</p>
      {checkedIn ? null : <QuickPain />}
      <Link
        className={`button button--big ${checkedIn ? 'button--secondary' : 'button--primary'}`}
        to={PATHS.checkin}
      >
        {checkedIn ? m.checkinAgain : m.checkin}
      </Link>
    </section>
  );
}

/** Today's pain in one tap: each number opens the check-in with it chosen, so Save is the second tap. */
function QuickPain() {
  const m = useMessages(homeMessages).quick;
  return (
    <div role="group" aria-labelledby="quick-pain-legend" aria-describedby="quick-pain-hint" className="quick-pain">
      <p id="quick-pain-legend" className="quick-pain__legend">
        {m.legend}
      </p>
      <p id="quick-pain-hint" className="field__hint">
        {m.hint}
      </p>
      <p className="scale__end scale__end--low">{m.low}</p>
      <ul className="scale__options scale__options--11 quick-pain__list">
        {PAIN_STEPS.map((n) => (
          <li key={n} className="scale__option">
            <Link to={`${PATHS.checkin}?pain=${n}`} className="scale__number quick-pain__link">
              {m.number(n)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="scale__end scale__end--high">{m.high}</p>
    </div>
  );
}

const PAIN_STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

function LatestCheckins({
  checkins,
  timeZone,
}: {
  checkins: readonly Checkin[];
  timeZone: string;
}) {
  const m = useMessages(homeMessages).latest;
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">{m.heading}</h2>
      {checkins.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <CheckinList checkins={checkins} timeZone={timeZone} limit={LATEST_COUNT} />
      )}
      {checkins.length > 0 ? (
        <p>
          <Link to={PATHS.history}>{m.all}</Link>
        </p>
      ) : null}
    </section>
  );
}
