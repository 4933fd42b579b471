/** Home's glance at today's plan: minutes and exercises, or a rest day, and a link to the plan. */
import type { MyPlanResponse } from '../../../contract/plan.js';
import { useMyPlan } from '../../hooks/usePlan.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { StartSession } from '../session/StartSession.js';
import { planMessages } from './messages.js';
import { findDay, isRestDay, prescriptionOf, summarizeDay } from './plan-view.js';
import { FromYourClinician } from '../prescription/FromYourClinician.js';

/**
 * Today's plan for the home page. Shows nothing while loading, on a referral, or without a plan
 * (the home page already explains those); a failure stays quiet too, as the plan page will say.
 */
export function TodayPlanCard() {
  const query = useMyPlan();
  if (query.status !== 'success' || query.data.kind !== 'ready') return null;
  return <TodayGlance response={query.data.data} />;
}

function TodayGlance({ response }: { response: MyPlanResponse }) {
  const m = useMessages(planMessages).home;
  if (response.plan.status !== 'ok') return null;
  const day = findDay(response.plan, response.today);
  if (!day) return null;
  const rest = isRestDay(day);
  const { minutes, exercises } = summarizeDay(day);
  const gentle = response.badDay || day.kind === 'flare';
  const text = rest ? m.rest : gentle ? m.gentle(minutes, exercises) : m.active(minutes, exercises);
  return (
    <section className="card" aria-labelledby="home-plan-heading">
      <h2 id="home-plan-heading">{m.heading}</h2>
      <p>{text}</p>
      {rest
        ? null
        : day.sessions.map((session) => (
            <StartSession key={session.slot} date={day.date} slot={session.slot} prominent named />
          ))}
      <Link className="button button--secondary" to={PATHS.plan}>
        {rest ? m.seeWeek : m.see}
      </Link>
      <FromYourClinician changes={prescriptionOf(response.plan)} headingId="home-plan-clinician" brief />
    </section>
  );
}
