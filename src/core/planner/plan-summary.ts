/** What a stored week planned, day by day: for the insights' "above quota" and consistency views. */
import type { LocalDate } from '../calendar.js';
import type { PlanDay } from './plan.js';

/** The part of a week (planned or shown) these read. */
type PlannedWeek = { status: 'refer' } | { status: 'ok'; days: readonly PlanDay[] };

/** Minutes planned on each day of the week (rest days plan 0). */
export function plannedMinutesByDay(plan: PlannedWeek): Record<LocalDate, number> {
  if (plan.status !== 'ok') return {};
  return Object.fromEntries(plan.days.map((d) => [d.date, d.sessions.reduce((sum, s) => sum + s.minutes, 0)]));
}

/** How many sessions the week planned. */
export function plannedSessionCount(plan: PlannedWeek): number {
  return plan.status === 'ok' ? plan.days.reduce((sum, d) => sum + d.sessions.length, 0) : 0;
}
