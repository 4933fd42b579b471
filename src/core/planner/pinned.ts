/**
 * A clinician's includes (issue 11): an exercise pinned to chosen days. Each goes first in its
 * day (after the morning stretch), at the adjustment's dose or its usual one. It waits on flare
 * days and while the safety screen holds the plan on clearance (unless it is a level-1 stretch or
 * breathing), and never goes in when it fails a rule the clinician did not confirm. A pinned rest
 * day becomes an active day; strength keeps its 48 hours (docs/planning.md, "What a clinician sets").
 */
import type { Exercise } from '../library/exercise.js';
import { activityKeyOf, type PacingView } from '../pacing/activity.js';
import type { ResolvedPrescription } from '../prescription/resolve.js';
import { findFailedRules } from '../prescription/suitability.js';
import type { AdjustmentOutcome, IncludeAdjustment, PrescribedDose, SuitabilityRule } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import { buildMindBodyItem, buildStretchItem, buildStrengthItem, buildTimedItem, findQuota, readAerobicMinutes } from './dosing.js';
import { canSitOrLie, isClearanceSafe } from './eligibility.js';
import type { DayNumber, PlanDay, PlanItem } from './plan.js';
import { withCap, withDose, type WeekDoses } from './prescribed.js';

/** An include's item on one day. */
export interface PinnedItem {
  adjustmentId: string;
  item: PlanItem;
  /** Water-only work: it goes in the day's pool visit, and only on a day that has one. */
  water: boolean;
  /** The planner's own items it stands in for that day: the same exercise, strength chain or aerobic activity. */
  family: string;
}

/** An include as the week reads it: what holds it back for the whole week, or its item. */
export interface IncludePlan {
  adjustment: IncludeAdjustment;
  /** Its days, once each, in order. */
  days: DayNumber[];
  /** `unknown_exercise`, `not_suitable` or `waits_clearance` for every day; null when the week can take it. */
  blocked: AdjustmentOutcome | null;
  failedRules?: SuitabilityRule[];
  pinned?: PinnedItem;
}

/** What the includes need to know of the week. */
export interface IncludeFacts {
  profile: Profile;
  pacing: PacingView;
  byId: ReadonlyMap<string, Exercise>;
  clearance: boolean;
  seatedWork: boolean;
  doses: WeekDoses;
}

/** Reads every include once for the week. */
export function planIncludes(resolved: ResolvedPrescription, facts: IncludeFacts): IncludePlan[] {
  return resolved.includes.map((adjustment) => {
    const days = [...new Set(adjustment.days)].sort((a, b) => a - b);
    const exercise = facts.byId.get(adjustment.exerciseId);
    if (!exercise || exercise.retired === true) return { adjustment, days, blocked: 'unknown_exercise' };
    // An exclude of the same exercise wins: the week never holds it.
    if (resolved.excluded.has(exercise.id)) return { adjustment, days, blocked: 'not_suitable', failedRules: [] };
    const failedRules = findFailedRules(facts.profile, exercise).filter((rule) => !adjustment.confirmedRules.includes(rule));
    if (failedRules.length > 0) return { adjustment, days, blocked: 'not_suitable', failedRules };
    if (facts.clearance && (!isClearanceSafe(exercise) || (facts.seatedWork && !canSitOrLie(exercise)))) {
      return { adjustment, days, blocked: 'waits_clearance' };
    }
    return { adjustment, days, blocked: null, pinned: pinItem(exercise, adjustment, facts) };
  });
}

/** The days each placed include goes on: every day of the includes the week can take. */
export function pinnedByDay(includes: readonly IncludePlan[]): Map<DayNumber, PinnedItem[]> {
  const byDay = new Map<DayNumber, PinnedItem[]>();
  for (const include of includes) {
    if (!include.pinned) continue;
    for (const day of include.days) byDay.set(day, [...(byDay.get(day) ?? []), include.pinned]);
  }
  return byDay;
}

/** The days of strength includes. */
export function pinnedStrengthDays(includes: readonly IncludePlan[]): DayNumber[] {
  const days = includes.filter((i) => i.pinned?.item.pillar === 'strengthening').flatMap((i) => i.days);
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * The active days with the pinned ones in: each pinned day that was a rest day takes the place of
 * the nearest active day that is not pinned, so the week keeps its number of days (unless more
 * days are pinned than it has).
 */
export function withPinnedDays(pattern: readonly DayNumber[], pinned: readonly DayNumber[]): DayNumber[] {
  if (pinned.length === 0) return [...pattern];
  const days = new Set(pattern);
  for (const day of pinned) {
    if (days.has(day)) continue;
    const nearest = [...days].filter((d) => !pinned.includes(d)).sort((a, b) => Math.abs(a - day) - Math.abs(b - day) || a - b)[0];
    if (nearest !== undefined) days.delete(nearest);
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** What became of an include on each of its days, from the built week. */
export function includeDayOutcomes(include: IncludePlan, days: readonly PlanDay[], strengthDays: readonly DayNumber[] = []): { day: DayNumber; outcome: AdjustmentOutcome }[] {
  const isStrength = include.pinned?.item.pillar === 'strengthening';
  return include.days.map((day) => {
    if (include.blocked) return { day, outcome: include.blocked };
    const planDay = days[day - 1];
    if (planDay?.kind === 'flare') return { day, outcome: 'waits_flare' };
    const held = planDay?.sessions.some((s) => s.items.some((i) => i.prescribed === include.adjustment.id && i.exerciseId === include.adjustment.exerciseId));
    if (held) return { day, outcome: 'applied' };
    // Strength keeps 48 hours between days: a pinned strength day next to another rests from it.
    return { day, outcome: isStrength && planDay?.kind === 'active' && !strengthDays.includes(day) ? 'waits_strength_rest' : 'did_not_fit' };
  });
}

// The include's own dose, else the usual one (its quota, or the start-small dose), then the cap.
// While pacing eases or rebuilds after a flare or a break, the include's own dose of a paced
// exercise is held to its quota too: a flare halves within what the clinician set.
function pinItem(exercise: Exercise, include: IncludeAdjustment, facts: IncludeFacts): PinnedItem {
  const usual = usualItem(exercise, facts);
  const easing = facts.pacing.mode !== 'normal' && (exercise.pillar === 'aerobic' || exercise.pillar === 'strengthening');
  const own = include.dose ? withDose(usual, include.dose, include.id) : null;
  const held = own && easing ? withCap(own, doseOf(usual), include.id) : own;
  const dosed = held ? facts.doses.cap(held) : facts.doses.dose(usual);
  const item = { ...dosed, prescribed: include.id };
  const key = activityKeyOf(exercise, facts.byId);
  return { adjustmentId: include.id, item, water: exercise.positions.every((p) => p === 'aquatic'), family: key ?? `exercise:${exercise.id}` };
}

function usualItem(exercise: Exercise, facts: IncludeFacts): PlanItem {
  switch (exercise.pillar) {
    case 'stretching':
      return buildStretchItem(exercise, facts.profile.age);
    case 'mind_body':
      return buildMindBodyItem(exercise);
    case 'aerobic': {
      const key = activityKeyOf(exercise, facts.byId) ?? 'aerobic:other';
      return buildTimedItem(exercise, Math.min(readAerobicMinutes(facts.pacing, key), facts.doses.capMinutes(exercise)));
    }
    case 'strengthening': {
      const quota = findQuota(facts.pacing, activityKeyOf(exercise, facts.byId) ?? `strength:${exercise.id}`);
      return buildStrengthItem(exercise, quota?.exerciseId === exercise.id ? quota : undefined);
    }
  }
}

/** An item's dose fields, to hold another item to them. */
function doseOf(item: PlanItem): PrescribedDose {
  const dose: PrescribedDose = {};
  if (item.sets !== undefined) dose.sets = item.sets;
  if (item.reps !== undefined) dose.reps = item.reps;
  if (item.holdSeconds !== undefined) dose.holdSeconds = item.holdSeconds;
  if (item.minutes !== undefined) dose.minutes = item.minutes;
  return dose;
}
