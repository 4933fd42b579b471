/**
 * Doses: the starting points of CLINICAL.md §2 and the pacing quotas of §3, turned into plan
 * items with an honest estimate of how long each takes — the player's own time, both sides
 * counted (core/duration.ts) — so session minutes add up.
 */
import { itemMinutes, sessionMinutes } from '../duration.js';
import type { Exercise } from '../library/exercise.js';
import type { ActivityKey, PacingView, QuotaView } from '../pacing/activity.js';
import { START_SMALL } from '../pacing/rules.js';
import type { PlanItem } from './plan.js';

/** From this age stretches are held 30-60 s instead of 20-30 s (§2; ACSM 2011, §9.3). */
export const OLDER_ADULT_AGE = 65;
/** Aerobic minutes before pacing has a quota for the activity (§3: start small). */
export const FIRST_AEROBIC_MINUTES = 5;
/** Strength before pacing has a quota for the chain (§3: 1 set of 8 reps). */
export const FIRST_STRENGTH = { sets: 1, reps: 8 } as const;

const HOLD_SECONDS = { adult: { min: 20, max: 30 }, older: { min: 30, max: 60 } } as const;
const STRETCH_REPS = { min: 2, max: 4 } as const;

/** A session's minutes: its items' estimates added up and rounded (the one rule of core/duration.ts). */
export function sumSessionMinutes(items: readonly PlanItem[]): number {
  return sessionMinutes(items.map((item) => item.estimatedMinutes));
}

/** A stretch held 20-30 s (30-60 s at 65 and over), 2-4 times. */
export function buildStretchItem(exercise: Exercise, age: number | undefined): PlanItem {
  const range = age !== undefined && age >= OLDER_ADULT_AGE ? HOLD_SECONDS.older : HOLD_SECONDS.adult;
  const holdSeconds = clamp(exercise.dose.holdSeconds ?? range.min, range.min, range.max);
  const reps = clamp(exercise.dose.reps ?? STRETCH_REPS.min, STRETCH_REPS.min, STRETCH_REPS.max);
  const perSide = exercise.dose.perSide === true;
  const item: PlanItem = { exerciseId: exercise.id, pillar: exercise.pillar, holdSeconds, reps, estimatedMinutes: itemMinutes({ holdSeconds, reps, perSide }) };
  if (perSide) item.perSide = true;
  return item;
}

/** Sets and reps of a strength exercise: from its pacing quota, or 1 set of 8 before one exists. */
export function buildStrengthItem(exercise: Exercise, quota: QuotaView | undefined): PlanItem {
  const { sets, reps } = readStrengthQuota(quota);
  return buildRepsItem(exercise, sets, reps);
}

/** Sets of slow reps, with the exercise's own hold at the top of each rep if it has one. */
export function buildRepsItem(exercise: Exercise, sets: number, reps: number): PlanItem {
  const hold = exercise.dose.holdSeconds;
  const perSide = exercise.dose.perSide === true;
  const dose = hold === undefined ? { sets, reps, perSide } : { sets, reps, holdSeconds: hold, perSide };
  const item: PlanItem = { exerciseId: exercise.id, pillar: exercise.pillar, sets, reps, estimatedMinutes: itemMinutes(dose) };
  if (hold !== undefined) item.holdSeconds = hold;
  if (perSide) item.perSide = true;
  return item;
}

/**
 * The doses a strength item may take on a day that cannot hold all of it, largest first: its
 * quota's sets and reps, then fewer reps down to 8, then one set fewer, ending at the start-small
 * 1 set of 8 (or its own reps, if fewer). The plan may do a little less than a quota, never more.
 */
export function strengthSizes(item: PlanItem): PlanItem[] {
  const sets = item.sets ?? 1;
  const reps = item.reps ?? FIRST_STRENGTH.reps;
  const floor = Math.min(reps, FIRST_STRENGTH.reps);
  const sizes: PlanItem[] = [];
  for (let s = sets; s >= 1; s -= 1) {
    const top = s === sets ? reps : Math.max(reps, floor);
    for (let r = top; r >= floor; r -= 1) sizes.push(resizeReps(item, s, r));
  }
  return sizes;
}

/** A strength item at its start-small dose: 1 set of 8 (or of its own reps, if fewer). */
export function startSmallOf(item: PlanItem): PlanItem {
  return resizeReps(item, 1, Math.min(item.reps ?? FIRST_STRENGTH.reps, FIRST_STRENGTH.reps));
}

function resizeReps(item: PlanItem, sets: number, reps: number): PlanItem {
  const { holdSeconds, perSide } = item;
  const dose = { sets, reps, perSide: perSide === true, ...(holdSeconds === undefined ? {} : { holdSeconds }) };
  return { ...item, sets, reps, estimatedMinutes: itemMinutes(dose) };
}

/** Timed work: aerobic activity or a timed mind-body practice. */
export function buildTimedItem(exercise: Exercise, minutes: number): PlanItem {
  return { exerciseId: exercise.id, pillar: exercise.pillar, minutes, estimatedMinutes: itemMinutes({ minutes }) };
}

/** A mind-body practice at its own dose: timed, or slow reps (Pilates). */
export function buildMindBodyItem(exercise: Exercise): PlanItem {
  const { minutes, sets, reps } = exercise.dose;
  if (minutes !== undefined) return buildTimedItem(exercise, minutes);
  return buildRepsItem(exercise, sets ?? 1, reps ?? FIRST_STRENGTH.reps);
}

/** The quota pacing keeps for an activity, if any. */
export function findQuota(pacing: PacingView, key: ActivityKey): QuotaView | undefined {
  return pacing.quotas.find((quota) => quota.activity === key);
}

/** Aerobic minutes for an activity: its quota, or 5 minutes before there is one (§3). */
export function readAerobicMinutes(pacing: PacingView, key: ActivityKey): number {
  const quota = findQuota(pacing, key);
  if (!quota || quota.unit !== 'minutes') return FIRST_AEROBIC_MINUTES;
  return wholeAtLeastOne(quota.value, FIRST_AEROBIC_MINUTES);
}

/** The day cap pacing sets with its `session` quota in minutes; before there is one, the start-small day. */
export function readSessionCap(pacing: PacingView): number {
  const quota = findQuota(pacing, 'session');
  return quota && quota.unit === 'minutes' ? wholeAtLeastOne(quota.value, START_SMALL.sessionMinutes) : START_SMALL.sessionMinutes;
}

function readStrengthQuota(quota: QuotaView | undefined): { sets: number; reps: number } {
  if (!quota) return FIRST_STRENGTH;
  if (quota.unit === 'reps') {
    return { sets: wholeAtLeastOne(quota.sets ?? 1, 1), reps: wholeAtLeastOne(quota.value, FIRST_STRENGTH.reps) };
  }
  if (quota.unit === 'sets') return { sets: wholeAtLeastOne(quota.value, 1), reps: FIRST_STRENGTH.reps };
  return FIRST_STRENGTH;
}

// Quotas are never rounded up: the plan may do a little less than a quota, never more.
function wholeAtLeastOne(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
