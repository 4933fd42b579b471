/** Reading a week plan for the screen: today's day, and a day in minutes and exercises. */
import type { PlanResponse } from '../../../contract/plan.js';
import type { PrescribedChange } from '../../../core/prescription/types.js';

/** A plan with a week in it. */
export type WeekPlanView = Extract<PlanResponse, { status: 'ok' }>;
export type PlanDayView = WeekPlanView['days'][number];
export type PlanSessionView = PlanDayView['sessions'][number];
export type PlanItemView = PlanSessionView['items'][number];

/** The day of the plan that is `today`, if the week holds it. */
export function findDay(plan: WeekPlanView, today: string): PlanDayView | undefined {
  return plan.days.find((day) => day.date === today);
}

/** A day at a glance: its minutes (the sessions' own, summed) and how many exercises. */
export function summarizeDay(day: PlanDayView): { minutes: number; exercises: number } {
  return day.sessions.reduce(
    (sum, session) => ({
      minutes: sum.minutes + session.minutes,
      exercises: sum.exercises + session.items.length,
    }),
    { minutes: 0, exercises: 0 },
  );
}

/** True when a day has nothing planned: a rest day, or an active day left empty. */
export function isRestDay(day: PlanDayView): boolean {
  return day.kind === 'rest' || day.sessions.length === 0;
}

/** Who set each clinician's adjustment of the week, by its id: for the "set by Lena" marks. */
export type SetByNames = ReadonlyMap<string, string>;

/** The clinicians' names by adjustment id, from the week's prescription (empty without one). */
export function setByNames(prescription: readonly PrescribedChange[] | undefined): SetByNames {
  return new Map((prescription ?? []).map((change) => [change.adjustment.id, change.adjustment.setBy.name]));
}

/** The week's prescription, or none: the plan carries it when a clinician set something. */
export function prescriptionOf(plan: PlanResponse): readonly PrescribedChange[] {
  return plan.prescription ?? [];
}
