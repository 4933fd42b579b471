/**
 * The seven days, Monday to Sunday, each with its date and kind in words. Today is marked and
 * points up to its card; the other days open to show their sessions.
 */
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { planMessages } from './messages.js';
import { isRestDay, summarizeDay, type PlanDayView, type SetByNames, type WeekPlanView } from './plan-view.js';
import { PlanSessions, type ExerciseIndex } from './PlanSessions.js';

interface WeekListProps {
  plan: WeekPlanView;
  today: string;
  exercises: ExerciseIndex;
  setBy?: SetByNames | undefined;
}

/** "This week". */
export function WeekList({ plan, today, exercises, setBy }: WeekListProps) {
  const m = useMessages(planMessages);
  return (
    <section aria-labelledby="plan-week" className="plan-week">
      <h2 id="plan-week">{m.week.heading}</h2>
      <ol className="week-list">
        {plan.days.map((day) => (
          <li
            key={day.date}
            className={`week-day week-day--${day.kind}${day.date === today ? ' is-today' : ''}`}
          >
            <WeekDay day={day} isToday={day.date === today} exercises={exercises} setBy={setBy} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function WeekDay({
  day,
  isToday,
  exercises,
  setBy,
}: {
  day: PlanDayView;
  isToday: boolean;
  exercises: ExerciseIndex;
  setBy: SetByNames | undefined;
}) {
  const m = useMessages(planMessages);
  const locale = useFormatLocale();
  const { minutes, exercises: count } = summarizeDay(day);
  const label = (
    <>
      <span className="week-day__date">
        {formatLongDay(day.date, locale)}
        {isToday ? <span className="week-day__today">{m.todayMark}</span> : null}
      </span>
      <span className="week-day__summary">{m.daySummary(m.kinds[day.kind], count, minutes)}</span>
    </>
  );
  if (isToday) {
    return (
      <div className="week-day__row">
        {label}
        <a className="week-day__jump" href="#plan-today">
          {m.week.todayAbove}
        </a>
      </div>
    );
  }
  if (isRestDay(day)) return <div className="week-day__row">{label}</div>;
  return (
    <details className="week-day__details">
      <summary className="week-day__row week-day__summary-row">
        <span className="week-day__marker" aria-hidden="true" />
        {label}
      </summary>
      <div className="week-day__body">
        <PlanSessions sessions={day.sessions} exercises={exercises} date={day.date} setBy={setBy} day={day.day} />
      </div>
    </details>
  );
}
