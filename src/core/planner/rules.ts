/**
 * The plan rules of PRODUCT.md and the safety levels of CLINICAL.md §1, written as checks a
 * physical therapist can read. The tests hold every plan to them; a server may too.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import type { PacingView } from '../pacing/activity.js';
import { findUsableLimbs, type Profile } from '../profile.js';
import { applyGoAhead, prescribedProfile, resolvePrescription } from '../prescription/resolve.js';
import type { Prescription, SuitabilityRule } from '../prescription/types.js';
import { isReferral } from '../safety.js';
import { assessPlanSafety, type StopSignFacts } from '../safety-review.js';
import { OLDER_ADULT_AGE, readSessionCap, sumSessionMinutes } from './dosing.js';
import {
  allowedPositions,
  canSitOrLie,
  canTakePosition,
  eligibilityFor,
  findCrpsAreas,
  hasEquipmentFor,
  isClearanceSafe,
  needsSeatedWork,
  sparesCrpsLimb,
  suitsConditions,
  usesLimbsOf,
} from './eligibility.js';
import type { Plan, PlanDay, PlanItem, WeekPlan } from './plan.js';
import { weekDosesOf } from './prescribed.js';
import { MAX_STRENGTH_DAYS, followsStrengthDay, orderPreferredSlots } from './schedule.js';
import { FOUR_PILLARS_FROM_MINUTES, MIN_MIND_BODY_DAYS, hasPillar } from './week.js';

/** One broken rule, with the day and exercise it concerns. */
export interface RuleViolation {
  rule: string;
  day?: number;
  exerciseId?: string;
}

/** What the rules are checked against. */
export interface RuleContext extends StopSignFacts {
  profile: Profile;
  exercises: readonly Exercise[];
  pacing: PacingView;
  /** The last strength day before the week, as given to the planner. */
  lastStrengthDate?: LocalDate;
  /** The clinician's adjustments the week was built on (issue 11), as given to the planner. */
  prescription?: Prescription;
}

type Check = (plan: WeekPlan, ctx: RuleContext, byId: ReadonlyMap<string, Exercise>) => RuleViolation[];

/** Every rule the plan breaks; an empty list means the plan keeps them all. */
export function findRuleViolations(plan: Plan, given: RuleContext): RuleViolation[] {
  const ctx = withPrescribedFacts(given);
  const refer = isReferral(assessPlanSafety(ctx.profile.safety, ctx));
  if (plan.status === 'refer') return refer ? [] : [{ rule: 'refer_only_for_emergency_or_urgent' }];
  if (refer) return [{ rule: 'refer_gives_no_plan' }];
  const byId = new Map(ctx.exercises.map((exercise) => [exercise.id, exercise]));
  const checks: Check[] = [
    checkWeekShape, checkDayMinutes, checkActiveDays, checkExercises, checkFourPillars,
    checkMorningStretch, checkStrengthDays, checkClearance, checkFlareDays, checkStretchHolds, checkPoolVisits,
    ...(ctx.prescription && ctx.prescription.length > 0 ? [checkExcluded, checkCaps] : []),
  ];
  return checks.flatMap((check) => check(plan, ctx, byId));
}

// The rules read the week as the planner built it: the clinician's minutes, days and go-ahead in.
function withPrescribedFacts(ctx: RuleContext): RuleContext {
  if (!ctx.prescription || ctx.prescription.length === 0) return ctx;
  const profile = prescribedProfile(ctx.profile, ctx.prescription);
  const { answers, facts } = applyGoAhead(profile.safety, { safetyHold: ctx.safetyHold ?? null, lastStopSignOn: ctx.lastStopSignOn ?? null }, ctx.prescription);
  return { ...ctx, ...facts, profile: { ...profile, safety: answers } };
}

/** The rules an item is let off because the clinician who included it confirmed them. */
function confirmedFor(item: PlanItem, ctx: RuleContext): readonly SuitabilityRule[] {
  if (item.prescribed === undefined) return [];
  const include = ctx.prescription?.find((a) => a.id === item.prescribed && a.kind === 'include');
  return include?.kind === 'include' && include.exerciseId === item.exerciseId ? include.confirmedRules : [];
}

/** Seven days in order; sessions at preferred times, never empty, minutes = items added and rounded. */
const checkWeekShape: Check = (plan, { profile }) => {
  const slots = orderPreferredSlots(profile.preferredTimes);
  const broken: RuleViolation[] = [];
  if (plan.days.length !== 7 || plan.days.some((day, i) => day.day !== i + 1)) broken.push({ rule: 'seven_days_in_order' });
  for (const day of plan.days) {
    for (const session of day.sessions) {
      if (session.items.length === 0) broken.push({ rule: 'session_has_items', day: day.day });
      if (!slots.includes(session.slot)) broken.push({ rule: 'session_at_preferred_time', day: day.day });
      if (session.minutes !== sumSessionMinutes(session.items)) broken.push({ rule: 'session_minutes_add_up', day: day.day });
    }
  }
  return broken;
};

/** A day's minutes stay within `minutesPerDay`. */
const checkDayMinutes: Check = (plan, { profile }) =>
  plan.days
    .filter((day) => dayMinutes(day) > profile.minutesPerDay)
    .map((day) => ({ rule: 'day_within_minutes_per_day', day: day.day }));

/** Active days stay within `daysPerWeek`, or the days a clinician pinned exercises to when they are more. */
const checkActiveDays: Check = (plan, { profile, prescription }) => {
  const pinned = new Set((prescription ?? []).flatMap((a) => (a.kind === 'include' ? a.days : [])));
  return activeDays(plan).length > Math.max(profile.daysPerWeek, pinned.size) ? [{ rule: 'active_days_within_days_per_week' }] : [];
};

/**
 * Every item is a library exercise the person can do: position, limbs, equipment, conditions, a
 * CRPS limb spared — except a rule the clinician who included it confirmed overriding.
 */
const checkExercises: Check = (plan, ctx, byId) => {
  const { profile } = ctx;
  const allowed = allowedPositions(profile);
  const limbs = findUsableLimbs(profile);
  const crpsAreas = findCrpsAreas(profile);
  return eachItem(plan).flatMap(({ day, item }) => {
    const exercise = byId.get(item.exerciseId);
    const at = { day, exerciseId: item.exerciseId };
    if (!exercise || exercise.pillar !== item.pillar) return [{ rule: 'exercise_in_library', ...at }];
    const confirmed = confirmedFor(item, ctx);
    const broken = (rule: SuitabilityRule, keeps: boolean) => !keeps && !confirmed.includes(rule);
    const found: RuleViolation[] = [];
    if (broken('position', canTakePosition(exercise, allowed))) found.push({ rule: 'position_the_person_can_take', ...at });
    if (broken('limbs', usesLimbsOf(exercise, limbs))) found.push({ rule: 'limbs_the_person_uses', ...at });
    if (broken('equipment', hasEquipmentFor(exercise, profile.equipment))) found.push({ rule: 'equipment_the_person_has', ...at });
    if (broken('condition', suitsConditions(exercise, profile.conditions))) found.push({ rule: 'suits_every_condition', ...at });
    if (broken('crps_limb', sparesCrpsLimb(exercise, crpsAreas))) found.push({ rule: 'crps_limb_not_stretched_or_loaded', ...at });
    return found;
  });
};

/**
 * All four pillars, and mind-body on 2 days, once the week's normal days hold 60 minutes; a
 * pillar the person can do nothing of (e.g. no limb to do aerobic work with) is a library gap.
 */
const checkFourPillars: Check = (plan, ctx) => {
  const { profile, pacing, exercises } = ctx;
  if (assessPlanSafety(profile.safety, ctx).status === 'clearance_needed') return [];
  const normal = plan.days.filter((day) => day.kind === 'active');
  const budget = Math.min(profile.minutesPerDay, readSessionCap(pacing) ?? Infinity);
  if (budget * normal.length < FOUR_PILLARS_FROM_MINUTES) return [];
  const isEligible = eligibilityFor(profile);
  const excluded = new Set((ctx.prescription ?? []).flatMap((a) => (a.kind === 'exclude' ? [a.exerciseId] : [])));
  const broken: RuleViolation[] = (['stretching', 'aerobic', 'strengthening', 'mind_body'] as const)
    .filter((pillar) => exercises.some((e) => e.pillar === pillar && isEligible(e) && !excluded.has(e.id)))
    .filter((pillar) => !normal.some((day) => hasPillar(day.sessions, pillar)))
    .map((pillar) => ({ rule: `four_pillars_${pillar}` }));
  const mindBodyDays = normal.filter((day) => hasPillar(day.sessions, 'mind_body')).length;
  if (mindBodyDays < Math.min(MIN_MIND_BODY_DAYS, normal.length)) broken.push({ rule: 'mind_body_two_days' });
  return broken;
};

/** A morning stretching session on active days when morning is preferred (or no time is). */
const checkMorningStretch: Check = (plan, { profile }) => {
  if (!orderPreferredSlots(profile.preferredTimes).includes('morning')) return [];
  return activeDays(plan)
    .filter((day) => !day.sessions.some((s) => s.slot === 'morning' && s.items.some((i) => i.pillar === 'stretching')))
    .map((day) => ({ rule: 'morning_stretch', day: day.day }));
};

/**
 * Strength at most 3 days, never two in a row (Sunday and Monday included, of this week and
 * across the boundary from last week), never on a flare day.
 */
const checkStrengthDays: Check = (plan, { lastStrengthDate }) => {
  const days = plan.days.filter((day) => hasPillar(day.sessions, 'strengthening')).map((day) => day.day);
  const broken: RuleViolation[] = [];
  if (days.length > MAX_STRENGTH_DAYS) broken.push({ rule: 'strength_at_most_three_days' });
  const inRow = days.filter((day, i) => i > 0 && day - (days[i - 1] ?? -9) === 1);
  if (days.includes(7) && days.includes(1)) inRow.push(1);
  if (days.includes(1) && followsStrengthDay(plan.weekStart, lastStrengthDate)) inRow.push(1);
  broken.push(...inRow.map((day) => ({ rule: 'strength_not_two_days_in_row', day })));
  const onFlare = plan.days.filter((day) => day.kind === 'flare' && days.includes(day.day));
  return [...broken, ...onFlare.map((day) => ({ rule: 'no_strength_on_flare_day', day: day.day }))];
};

/** Before clearance: breathing and level-1 stretching only; seated or lying after dizziness or from 75. */
const checkClearance: Check = (plan, ctx, byId) => {
  const { profile } = ctx;
  if (assessPlanSafety(profile.safety, ctx).status !== 'clearance_needed') return [];
  const seated = needsSeatedWork(profile, true, ctx);
  return eachItem(plan).flatMap(({ day, item }) => {
    const exercise = byId.get(item.exerciseId);
    const at = { day, exerciseId: item.exerciseId };
    const broken: RuleViolation[] = [];
    if (!isSafeBefore(exercise)) broken.push({ rule: 'clearance_breathing_and_level_one_stretching', ...at });
    if (seated && exercise && !canSitOrLie(exercise)) broken.push({ rule: 'clearance_seated_or_lying_when_falls_likely', ...at });
    return broken;
  });
};

/** A flare day: breathing, level-1 stretching and a short easy level-1 walk on land, nothing else. */
const checkFlareDays: Check = (plan, _ctx, byId) =>
  plan.days
    .filter((day) => day.kind === 'flare')
    .flatMap((day) => day.sessions.flatMap((s) => s.items.map((item) => ({ day: day.day, item }))))
    .filter(({ item }) => !isGentle(byId.get(item.exerciseId)))
    .map(({ day, item }) => ({ rule: 'flare_day_is_gentle', day, exerciseId: item.exerciseId }));

/** Stretches held 20-30 s (30-60 s at 65 and over), 2-4 times; a clinician's own dose stands. */
const checkStretchHolds: Check = (plan, { profile }) => {
  const older = profile.age !== undefined && profile.age >= OLDER_ADULT_AGE;
  const [min, max] = older ? [30, 60] : [20, 30];
  return eachItem(plan)
    .filter(({ item }) => item.pillar === 'stretching' && item.prescribed === undefined)
    .filter(({ item }) => !within(item.holdSeconds, min, max) || !within(item.reps, 2, 4))
    .map(({ day, item }) => ({ rule: 'stretch_hold_for_age', day, exerciseId: item.exerciseId }));
};

/** A session with water work is a pool visit: water work only, never a few minutes inside a land session. */
const checkPoolVisits: Check = (plan, _ctx, byId) =>
  plan.days.flatMap((day) =>
    day.sessions
      .map((session) => session.items.map((item) => isInWater(byId.get(item.exerciseId))))
      .filter((inWater) => inWater.includes(true) && inWater.includes(false))
      .map(() => ({ rule: 'pool_visit_is_its_own_session', day: day.day })),
  );

/** A clinician's excluded exercise is nowhere in the week. */
const checkExcluded: Check = (plan, { prescription }) => {
  const excluded = new Set((prescription ?? []).flatMap((a) => (a.kind === 'exclude' ? [a.exerciseId] : [])));
  return eachItem(plan)
    .filter(({ item }) => excluded.has(item.exerciseId))
    .map(({ day, item }) => ({ rule: 'excluded_by_clinician', day, exerciseId: item.exerciseId }));
};

/** No item is above a clinician's cap in any field (an aerobic cap holds for its activity, a strength cap for its chain). */
const checkCaps: Check = (plan, { prescription }, byId) => {
  const doses = weekDosesOf(resolvePrescription((prescription ?? []).filter((a) => a.kind === 'dose' && a.mode === 'cap')), byId);
  return eachItem(plan)
    .filter(({ item }) => doses.cap(item) !== item)
    .map(({ day, item }) => ({ rule: 'within_clinician_cap', day, exerciseId: item.exerciseId }));
};

function isInWater(exercise: Exercise | undefined): boolean {
  return exercise !== undefined && exercise.positions.every((position) => position === 'aquatic');
}

function isSafeBefore(exercise: Exercise | undefined): boolean {
  return exercise !== undefined && isClearanceSafe(exercise);
}

function isGentle(exercise: Exercise | undefined): boolean {
  if (!exercise) return false;
  if (exercise.pillar === 'aerobic') return exercise.level === 1 && !exercise.positions.includes('aquatic');
  return exercise.pillar !== 'strengthening' && isClearanceSafe(exercise) && exercise.level === 1;
}

function within(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value >= min && value <= max;
}

function activeDays(plan: WeekPlan): PlanDay[] {
  return plan.days.filter((day) => day.sessions.length > 0);
}

function dayMinutes(day: PlanDay): number {
  return day.sessions.reduce((sum, session) => sum + session.minutes, 0);
}

function eachItem(plan: WeekPlan): { day: number; item: PlanItem }[] {
  return plan.days.flatMap((day) => day.sessions.flatMap((s) => s.items.map((item) => ({ day: day.day, item }))));
}
