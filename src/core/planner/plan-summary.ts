/** What a stored week planned, day by day: for the insights' "above quota" and consistency views. */
import type { LocalDate } from '../calendar.js';
import type { Plan } from './plan.js';

/** Minutes planned on each day of the week (rest days plan 0). */
export function plannedMinutesByDay(plan: Plan): Record<LocalDate, number> {
  if (plan.status !== 'ok') return {};
  return Object.fromEntries(plan.days.map((d) => [d.date, d.sessions.reduce((sum, s) => sum + s.minutes, 0)]));
}

/** How many sessions the week planned. */
export function plannedSessionCount(plan: Plan): number {
  return plan.status === 'ok' ? plan.days.reduce((sum, d) => sum + d.sessions.length, 0) : 0;
}
