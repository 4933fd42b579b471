/**
 * The weekly planner: a week of movement that fits a person's body, time and equipment, in
 * rules a person and their physical therapist can read (docs/planning.md).
 */
import { isLocalDate } from '../calendar.js';
import { AppError } from '../errors.js';
import { PILLARS } from '../library/exercise.js';
import { isReferral } from '../safety.js';
import { assessPlanSafety, isHeldByStopSign } from '../safety-review.js';
import { sumDayMinutes } from './day.js';
import type { DayNumber, Plan, PlanDay, PlannerInput, WeeklyMinutes } from './plan.js';
import { prepareWeek, withoutFlares, type PreparedWeek } from './prepare.js';
import { explainReferral, explainStopSign, explainWeek } from './reasons.js';
import { isMonday } from './schedule.js';
import { buildDays } from './week.js';

export type {
  DayKind,
  DayNumber,
  Plan,
  PlanDay,
  PlanItem,
  PlannerInput,
  PlanReason,
  PlanSession,
  ReasonCode,
  ReferPlan,
  Slot,
  WeeklyMinutes,
  WeekPlan,
} from './plan.js';
export { REASON_CODES } from './plan.js';
export { findRuleViolations, type RuleViolation } from './rules.js';
export { findLastStrengthDate } from './schedule.js';

/**
 * Builds the Plan for one week: a referral when the safety screen asks for a clinician first,
 * otherwise seven days (rest days included). Pure: the same input always gives the same plan.
 */
export function buildWeeklyPlan(input: PlannerInput): Plan {
  checkDates(input);
  const outcome = assessPlanSafety(input.profile.safety, input);
  if (isReferral(outcome)) return { status: 'refer', reasons: explainReferral(outcome) };
  const clearance = outcome.status === 'clearance_needed';
  const prepared = prepareWeek(input, clearance);
  const usualMinutes = prepared.ctx.flare.all.size > 0 ? measureUsualDays(prepared) : undefined;
  const days = buildDays(prepared.ctx, usualMinutes);
  const explained = explainWeek({ ...prepared, profile: input.profile, pacing: input.pacing, days });
  const reasons = isHeldByStopSign(input.profile.safety, input) ? explainStopSign(explained) : explained;
  return { status: 'ok', weekStart: input.weekStart, days, weeklyMinutes: sumWeeklyMinutes(days), reasons };
}

/** Minutes of the week per pillar, from the items' estimates, rounded. */
export function sumWeeklyMinutes(days: readonly PlanDay[]): WeeklyMinutes {
  const totals: WeeklyMinutes = { stretching: 0, aerobic: 0, strengthening: 0, mind_body: 0 };
  for (const item of days.flatMap((day) => day.sessions.flatMap((session) => session.items))) {
    totals[item.pillar] += item.estimatedMinutes;
  }
  for (const pillar of PILLARS) totals[pillar] = Math.round(totals[pillar]);
  return totals;
}

// The minutes of each day of the same week without any flare: a flare day never holds more.
function measureUsualDays(prepared: PreparedWeek): Map<DayNumber, number> {
  const days = buildDays(withoutFlares(prepared));
  return new Map(days.map((day) => [day.day, sumDayMinutes(day.sessions)]));
}

function checkDates(input: PlannerInput): void {
  if (!isLocalDate(input.weekStart) || !isMonday(input.weekStart)) {
    throw new AppError('validation_failed', 'The week must start on a Monday (YYYY-MM-DD).', 'weekStart');
  }
  if (input.today !== undefined && !isLocalDate(input.today)) {
    throw new AppError('validation_failed', 'Today must be a calendar day (YYYY-MM-DD).', 'today');
  }
}
