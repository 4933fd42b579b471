/**
 * A simulation told week by week, as `POST /api/plans/simulate` answers and "How your plan grows"
 * draws it: each day's planned and real minutes, the quotas at the end of each week with names a
 * person understands, and pacing's changes with their reason codes and sentences.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import type { PacingMode, QuotaUnit } from '../pacing/activity.js';
import { activityLabel, type ReasonCode } from '../pacing/index.js';
import type { PlanReason } from '../planner/plan.js';
import type { Behaviour, SimulatedDay, SimulatedWeek, Simulation } from './types.js';

/** One day of a simulated week: the plan's minutes and the player's, to the tenth of a minute. */
export interface DaySummary {
  day: number;
  date: LocalDate;
  plannedMinutes: number;
  realMinutes: number;
  mode: PacingMode;
}

/** A quota at the end of a week. */
export interface QuotaSummary {
  activity: string;
  label: string;
  unit: QuotaUnit;
  value: number;
  sets?: number;
}

/** A change of pacing, with the name of its activity. */
export interface ChangeSummary {
  at: LocalDate;
  activity: string;
  label: string;
  unit: QuotaUnit;
  from: number | null;
  to: number;
  code: ReasonCode;
  message: string;
}

/** One simulated week. */
export interface WeekSummary {
  week: number;
  weekStart: LocalDate;
  days: DaySummary[];
  quotas: QuotaSummary[];
  changes: ChangeSummary[];
}

/** The whole answer: a referral, or the weeks. */
export type SimulationSummary =
  | { status: 'refer'; reasons: PlanReason[] }
  | { status: 'ok'; weeks: WeekSummary[] };

/** Days as people count them (day 1 is the first Monday) turned into the harness's days from 0. */
export interface BehaviourByDay {
  adherence: number;
  painBefore: number;
  painAfterChange: number;
  flareOnDays?: readonly number[];
  overdoOnDays?: readonly number[];
  breakDays?: readonly [number, number];
}

/** The harness's behaviour for one given with days counted from 1. */
export function behaviourFromDays(given: BehaviourByDay): Behaviour {
  const behaviour: Behaviour = { adherence: given.adherence, painBefore: given.painBefore, painAfterChange: given.painAfterChange };
  if (given.flareOnDays) behaviour.flareOnDays = given.flareOnDays.map((d) => d - 1);
  if (given.overdoOnDays) behaviour.overdoOnDays = given.overdoOnDays.map((d) => d - 1);
  if (given.breakDays) behaviour.breakDays = [given.breakDays[0] - 1, given.breakDays[1] - 1];
  return behaviour;
}

/** Summarises a simulation week by week, naming activities from the library. */
export function summarizeSimulation(simulation: Simulation, exercises: ReadonlyMap<string, Exercise>): SimulationSummary {
  if (simulation.status === 'refer') return simulation;
  return { status: 'ok', weeks: simulation.weeks.map((week, index) => summarizeWeek(week, index + 1, exercises)) };
}

function summarizeWeek(week: SimulatedWeek, number: number, exercises: ReadonlyMap<string, Exercise>): WeekSummary {
  const last = week.days[week.days.length - 1];
  const label = (activity: string, exerciseId?: string) =>
    activityLabel(exercises, activity as Parameters<typeof activityLabel>[1], exerciseId ?? null);
  return {
    week: number,
    weekStart: week.weekStart,
    days: week.days.map(summarizeDay),
    quotas: (last?.quotas ?? []).map((q) => {
      const quota: QuotaSummary = { activity: q.activity, label: label(q.activity, q.exerciseId), unit: q.unit, value: q.value };
      if (q.sets !== undefined) quota.sets = q.sets;
      return quota;
    }),
    changes: week.changes.map((c) => ({
      at: c.at, activity: c.activity, label: label(c.activity), unit: c.unit, from: c.from, to: c.to, code: c.code, message: c.message,
    })),
  };
}

function summarizeDay(day: SimulatedDay): DaySummary {
  const realMs = day.sessions.reduce((sum, s) => sum + s.elapsedMs, 0) + day.extraMs;
  return {
    day: (day.n % 7) + 1,
    date: day.date,
    plannedMinutes: day.plannedMinutes,
    realMinutes: Math.round(realMs / 6_000) / 10,
    mode: day.mode,
  };
}
