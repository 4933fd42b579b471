/** Today in full: what kind of day it is, the bad-day choice, and every session with its exercises. */
import type { MyPlanResponse } from '../../../contract/plan.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { BadDay } from './BadDay.js';
import { planMessages } from './messages.js';
import { isRestDay, type PlanDayView, type SetByNames } from './plan-view.js';
import { PlanSessions, type ExerciseIndex } from './PlanSessions.js';
import { LogActivityLink } from '../session/StartSession.js';

interface TodayPlanProps {
  day: PlanDayView;
  badDay: boolean;
  exercises: ExerciseIndex;
  onChange: (next: MyPlanResponse) => void;
  setBy?: SetByNames | undefined;
}

/** The card for today, first on the page. */
export function TodayPlan({ day, badDay, exercises, onChange, setBy }: TodayPlanProps) {
  const m = useMessages(planMessages);
  const locale = useFormatLocale();
  const rest = isRestDay(day);
  return (
    <section
      id="plan-today"
      aria-labelledby="plan-today-heading"
      className="card card--today plan-today"
    >
      <h2 id="plan-today-heading">{m.today.heading(formatLongDay(day.date, locale))}</h2>
      <p className={`day-kind day-kind--${day.kind}`}>{m.kinds[day.kind]}</p>
      {day.kind === 'flare' && !badDay ? <p>{m.today.gentle}</p> : null}
      <BadDay date={day.date} badDay={badDay} canMark={day.kind === 'active' && !rest} onChange={onChange} />
      {rest ? <p>{day.kind === 'rest' ? m.today.rest : m.today.empty}</p> : null}
      <PlanSessions sessions={day.sessions} exercises={exercises} date={day.date} prominent setBy={setBy} day={day.day} />
      <LogActivityLink />
    </section>
  );
}
