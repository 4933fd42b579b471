/**
 * "Your week" at `/plan`: today in full first, then the week, the minutes per pillar, and why the
 * plan looks as it does. Without a profile it asks for the intake; a referral is shown calmly.
 */
import { useState } from 'react';
import { assessSafety, isReferral } from '../../../core/safety.js';
import type { MyPlanResponse } from '../../../contract/plan.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useExerciseIndex } from '../../hooks/useExercises.js';
import { useMyPlan } from '../../hooks/usePlan.js';
import { useProfile } from '../../hooks/useProfile.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { AllLessonsLink } from '../lessons/LessonCard.js';
import { PATHS } from '../../router/match-route.js';
import { IntakePrompt } from '../home/IntakePrompt.js';
import { OfflineNotice } from '../offline/OfflineNotice.js';
import { SafetyNotice } from '../safety/SafetyNotice.js';
import { planMessages } from './messages.js';
import { PillarMinutes } from './PillarMinutes.js';
import { findDay, prescriptionOf, setByNames, type WeekPlanView } from './plan-view.js';
import { FromYourClinician } from '../prescription/FromYourClinician.js';
import type { ExerciseIndex } from './PlanSessions.js';
import { TodayPlan } from './TodayPlan.js';
import { WeekList } from './WeekList.js';
import { useWeekChangeSender, WeekChangesList, WeekEditProvider } from './WeekChanges.js';

/** The plan page. */
export function PlanPage() {
  const m = useMessages(planMessages);
  const query = useMyPlan();
  return (
    <Page title={m.title}>
      <OfflineNotice />
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' && query.data.kind === 'noProfile' ? (
        <IntakePrompt hasDraft={query.data.hasDraft} />
      ) : null}
      {query.status === 'success' && query.data.kind === 'ready' ? (
        <PlanReady initial={query.data.data} />
      ) : null}
    </Page>
  );
}

function PlanReady({ initial }: { initial: MyPlanResponse }) {
  const [response, setResponse] = useState(initial);
  const exercises = useExerciseIndex();
  if (response.plan.status === 'refer') {
    return (
      <>
        <ReferNotice reasons={response.plan.reasons} />
        <FromYourClinician changes={prescriptionOf(response.plan)} headingId="plan-clinician" />
      </>
    );
  }
  if (exercises.status === 'loading') return <Loading />;
  if (exercises.status === 'error') {
    return <ErrorMessage error={exercises.error} onRetry={exercises.reload} />;
  }
  return (
    <WeekView
      response={response}
      plan={response.plan}
      exercises={exercises.data}
      onChange={setResponse}
    />
  );
}

interface WeekViewProps {
  response: MyPlanResponse;
  plan: WeekPlanView;
  exercises: ExerciseIndex;
  onChange: (next: MyPlanResponse) => void;
}

function WeekView({ response, plan, exercises, onChange }: WeekViewProps) {
  const m = useMessages(planMessages);
  const today = findDay(plan, response.today);
  const prescription = prescriptionOf(plan);
  const setBy = setByNames(prescription);
  const send = useWeekChangeSender(onChange);
  return (
    <WeekEditProvider edit={{ today: response.today, days: plan.days, send }}>
    <div className="plan">
      <p className="page__intro">{m.intro}</p>
      <div className="plan__grid">
        {today ? (
          <TodayPlan
            day={today}
            badDay={response.badDay}
            exercises={exercises}
            onChange={onChange}
            setBy={setBy}
          />
        ) : null}
        <FromYourClinician changes={prescription} headingId="plan-clinician" />
        <WeekChangesList changes={response.changes} exercises={exercises} />
        <WeekList plan={plan} today={response.today} exercises={exercises} setBy={setBy} />
        <PillarMinutes weeklyMinutes={plan.weeklyMinutes} />
        <section aria-labelledby="plan-why" className="plan__why">
          <h2 id="plan-why">{m.why.heading}</h2>
          <ul className="reason-list">
            {plan.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>{reason.message}</li>
            ))}
          </ul>
          <p>
            <Link to={PATHS.pacing}>{m.pacingLink}</Link>
          </p>
          <p>
            <Link to={PATHS.growth}>{m.growthLink}</Link>
          </p>
          <AllLessonsLink />
        </section>
      </div>
    </div>
    </WeekEditProvider>
  );
}

/** No plan yet: the safety outcome, as on the home page, or the server's reasons if unknown. */
function ReferNotice({ reasons }: { reasons: readonly { code: string; message: string }[] }) {
  const m = useMessages(planMessages).refer;
  const profile = useProfile();
  if (profile.status === 'loading') return <Loading />;
  const outcome =
    profile.status === 'success' && profile.data ? assessSafety(profile.data.safety) : null;
  if (outcome && isReferral(outcome)) return <SafetyNotice outcome={outcome} showReviewLink />;
  return (
    <section className="notice notice--urgent" aria-labelledby="plan-refer">
      <h2 id="plan-refer" className="notice__title">
        {m.heading}
      </h2>
      <p>{m.intro}</p>
      <ul className="notice__list">
        {reasons.map((reason) => (
          <li key={reason.code}>{reason.message}</li>
        ))}
      </ul>
    </section>
  );
}
