/**
 * The weekly planner: a week of movement that fits a person's body, time and equipment, in
 * rules a person and their physical therapist can read (docs/planning.md).
 */
import { isLocalDate } from '../calendar.js';
import { AppError } from '../errors.js';
import { PILLARS } from '../library/exercise.js';
import { applyGoAhead, prescribedProfile } from '../prescription/resolve.js';
import { isReferral, type SafetyOutcome } from '../safety.js';
import { assessPlanSafety, isHeldByStopSign } from '../safety-review.js';
import { sumDayMinutes } from './day.js';
import type { DayNumber, Plan, PlanDay, PlannerInput, ReferPlan, WeeklyMinutes, WeekPlan } from './plan.js';
import { describePrescription } from './prescribed-changes.js';
import { explainChosenEasier, keepChosenEasier } from './chosen-easier.js';
import { doseDays } from './prescribed.js';
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
export { findChosenEasier, type ChosenEasier } from './chosen-easier.js';
export { findLastStrengthDate } from './schedule.js';

/**
 * Builds the Plan for one week: a referral when the safety screen asks for a clinician first,
 * otherwise seven days (rest days included). Pure: the same input always gives the same plan.
 */
export function buildWeeklyPlan(given: PlannerInput): Plan {
  checkDates(given);
  const input = withPrescription(given);
  const outcome = assessPlanSafety(input.profile.safety, input);
  if (isReferral(outcome)) return referral(input, outcome);
  const clearance = outcome.status === 'clearance_needed';
  const prepared = prepareWeek(input, clearance);
  const usualMinutes = prepared.ctx.flare.all.size > 0 ? measureUsualDays(prepared) : undefined;
  const choices = input.chosenEasier ?? [];
  const days = keepChosenEasier(doseDays(buildDays(prepared.ctx, usualMinutes), prepared.doses), choices, prepared.byId);
  const kept = explainChosenEasier(days, choices, prepared.byId);
  const explained = [...explainWeek({ ...prepared, profile: input.profile, pacing: input.pacing, days }), ...kept];
  const reasons = isHeldByStopSign(input.profile.safety, input) ? explainStopSign(explained) : explained;
  const plan: WeekPlan = { status: 'ok', weekStart: input.weekStart, days, weeklyMinutes: sumWeeklyMinutes(days), reasons };
  const prescription = describePrescription(input.prescription, { byId: prepared.byId, includes: prepared.includes, days, strengthDays: prepared.ctx.strengthDays, held: clearance });
  return prescription ? { ...plan, prescription } : plan;
}

/**
 * The input as the week is built on it (issue 11): the clinician's minutes a day and days a week
 * in the profile, and their go-ahead counted by the safety screen and the stop-sign hold.
 */
export function withPrescription(input: PlannerInput): PlannerInput {
  if (!input.prescription || input.prescription.length === 0) return input;
  const profile = prescribedProfile(input.profile, input.prescription);
  const { answers, facts } = applyGoAhead(profile.safety, { safetyHold: input.safetyHold ?? null, lastStopSignOn: input.lastStopSignOn ?? null }, input.prescription);
  return { ...input, ...facts, profile: answers === profile.safety ? profile : { ...profile, safety: answers } };
}

function referral(input: PlannerInput, outcome: SafetyOutcome): ReferPlan {
  const plan: ReferPlan = { status: 'refer', reasons: explainReferral(outcome) };
  if (!input.prescription || input.prescription.length === 0) return plan;
  const byId = new Map(input.exercises.map((e) => [e.id, e]));
  const prescription = describePrescription(input.prescription, { byId, includes: [], held: true });
  return prescription ? { ...plan, prescription } : plan;
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
