/**
 * Home's cards that show only in some weeks (a clinician's note, a flare, a due questionnaire, a
 * lesson, the safety notices, today's plan), each loaded when home first draws it: the first page
 * carries only the greeting, today's check-in and the latest entries.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { CardSkeleton } from '../../components/PageSkeleton.js';

/**
 * `load`'s component on demand; nothing in its place for the moment it takes (cards appear as
 * their data does), or `fallback`, the shape of a card that nearly always comes (today's plan).
 */
function onDemandCard<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function OnDemandCard(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** The latest note from the person's clinician. */
export const NoteFromClinicianCard = onDemandCard(() =>
  import('../care/NoteFromClinicianCard.js').then((m) => m.NoteFromClinicianCard),
);
/** Follow-up on something that helped. */
export const ReliefFollowUpCard = onDemandCard(() =>
  import('../checkin/ReliefFollowUpCard.js').then((m) => m.ReliefFollowUpCard),
);
/** The flare plan's card. */
export const FlareCard = onDemandCard(() => import('../flare-plan/FlareCard.js').then((m) => m.FlareCard));
/** Today's plan at a glance. */
export const TodayPlanCard = onDemandCard(
  () => import('../plan/TodayPlanCard.js').then((m) => m.TodayPlanCard),
  <CardSkeleton tall />,
);
/** The notice of reminders due now (issue 13). */
export const ReminderNotice = onDemandCard(() =>
  import('../reminders/ReminderNotice.js').then((m) => m.ReminderNotice),
);
/** The safety notice of a referral or a clearance. */
export const SafetyNotice = onDemandCard(() => import('../safety/SafetyNotice.js').then((m) => m.SafetyNotice));
/** An emergency stop recorded by the person. */
export const EmergencyStopNotice = onDemandCard(() =>
  import('../safety/SafetyStatusCards.js').then((m) => m.EmergencyStopNotice),
);
/** The safety questions are due again. */
export const SafetyReviewCard = onDemandCard(() =>
  import('../safety/SafetyStatusCards.js').then((m) => m.SafetyReviewCard),
);
/** A stop sign holds the plan. */
export const StopSignHold = onDemandCard(() => import('../safety/SafetyStatusCards.js').then((m) => m.StopSignHold));
/** A questionnaire is due. */
export const DueQuestionnaireCard = onDemandCard(() =>
  import('../questionnaires/DueQuestionnaireCard.js').then((m) => m.DueQuestionnaireCard),
);
/** The next lesson. */
export const LessonCard = onDemandCard(() => import('../lessons/LessonCard.js').then((m) => m.LessonCard));
