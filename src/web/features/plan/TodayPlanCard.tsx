/** Home's glance at today's plan: minutes and exercises, or a rest day, and a link to the plan. */
import type { MyPlanResponse } from '../../../contract/plan.js';
import { useMyPlan } from '../../hooks/usePlan.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { LogActivityLink, StartSession } from '../session/StartSession.js';
import { loadSession, markOf, sessionKey } from '../session/session-storage.js';
import { useAccount } from '../auth/session-context.js';
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
      {rest ? null : <TodaySessions date={day.date} slots={day.sessions.map((s) => s.slot)} />}
      <Link className="button button--secondary" to={PATHS.plan}>
        {rest ? m.seeWeek : m.see}
      </Link>
      {/* A walk or a swim done away from the app is logged from here, as from the week. */}
      <LogActivityLink />
      <FromYourClinician changes={prescriptionOf(response.plan)} headingId="home-plan-clinician" brief />
    </section>
  );
}

/**
 * Today's sessions on home: each one finished says so, and only the next one not yet done is
 * offered, so "Start" never stands beside "Done" for the same session (issue 15).
 */
function TodaySessions({ date, slots }: { date: string; slots: readonly ('morning' | 'midday' | 'evening')[] }) {
  const m = useMessages(planMessages);
  const account = useAccount();
  const done = slots.filter((slot) => markOf(loadSession(sessionKey(account.id, date, slot))) === 'done');
  const next = slots.find((slot) => !done.includes(slot));
  return (
    <>
      {done.map((slot) => (
        <p key={slot} className="plan-session__done">
          {m.home.sessionDone(m.slots[slot])}
        </p>
      ))}
      {next ? <StartSession date={date} slot={next} prominent named /> : null}
      {next === undefined ? <p>{m.home.allDone}</p> : null}
    </>
  );
}
