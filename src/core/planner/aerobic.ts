/**
 * Aerobic activity for the week: the activities the person likes first, at their pacing quota
 * (CLINICAL.md §2-3); pool activities only on up to 3 days, since a pool is not always at hand.
 */
import type { Exercise } from '../library/exercise.js';
import { activityKeyOf, type ActivityKey, type PacingView } from '../pacing/activity.js';
import type { LikedActivity } from '../profile.js';
import { readAerobicMinutes } from './dosing.js';
import type { DayNumber } from './plan.js';
import { rankByFit } from './ranking.js';
import { describeFit, type SelectionContext } from './selection.js';

/** Pool activities go on at most this many days a week. */
export const MAX_POOL_DAYS = 3;
/** A flare-day walk is never shorter than this, unless the quota itself is. */
export const MIN_FLARE_WALK_MINUTES = 2;

/** One aerobic activity the person can do, with the exercise and the minutes for this week. */
export interface AerobicOption {
  key: ActivityKey;
  activity: LikedActivity | null;
  liked: boolean;
  needsPool: boolean;
  /** The variant whose usual length fits the quota. */
  exercise: Exercise;
  /** The easiest variant, for flare days. */
  gentle: Exercise;
  quotaMinutes: number;
}

/** The aerobic activities the person can do, one per pacing key, best fit first. */
export function listAerobicOptions(eligible: readonly Exercise[], ctx: SelectionContext, pacing: PacingView): AerobicOption[] {
  const isEligible = new Set(eligible.map((e) => e.id));
  const byKey = new Map<ActivityKey, Exercise[]>();
  for (const exercise of eligible) {
    if (exercise.pillar !== 'aerobic') continue;
    const key = activityKeyOf(exercise, ctx.byId) ?? 'aerobic:other';
    byKey.set(key, [...(byKey.get(key) ?? []), exercise]);
  }
  const options: AerobicOption[] = [];
  for (const [key, members] of byKey) {
    const gentle = pickBestEntry(members, ctx);
    if (!gentle) continue;
    const quotaMinutes = readAerobicMinutes(pacing, key);
    const exercise = climbToQuota(gentle, quotaMinutes, ctx.byId, isEligible);
    const liked = gentle.activity !== null && ctx.profile.likes.includes(gentle.activity);
    options.push({ key, activity: gentle.activity, liked, needsPool: needsPool(exercise), exercise, gentle, quotaMinutes });
  }
  const fit = describeFit(ctx.rootIds);
  return rankByFit(options, (o) => ({ ...fit(o.gentle), family: o.key }), ctx.profile.painAreas, ctx.random, options.length);
}

/** A pool day is a visit of its own: planned only when a day holds at least this many minutes. */
export const MIN_POOL_VISIT_MINUTES = 10;

/** What decides where pool days can go. */
export interface PoolDayLimits {
  /** The day's minutes: a short day is not worth a trip to the pool. */
  budget: number;
  /** Days a pool visit should not take over: with one time of day, a pool day holds nothing else. */
  keepOnLand: readonly DayNumber[];
}

/**
 * Which activity goes on which active day: pool days (at most 3, spread out, not on days that
 * must stay on land) rotate the liked pool activities; the other days rotate the liked land
 * activities, or walking when none.
 */
export function assignAerobicDays(
  days: readonly DayNumber[],
  options: readonly AerobicOption[],
  limits: PoolDayLimits = { budget: Infinity, keepOnLand: [] },
): Map<DayNumber, AerobicOption> {
  const land = chooseLandOptions(options);
  const pool = limits.budget >= MIN_POOL_VISIT_MINUTES ? choosePoolOptions(options, land.length > 0) : [];
  const open = land.length === 0 ? days : days.filter((day) => !limits.keepOnLand.includes(day));
  // Pool days share the week with a liked land activity; otherwise the pool gets all it may.
  const sharesWithLand = land.some((o) => o.liked);
  const wanted = Math.min(MAX_POOL_DAYS, sharesWithLand ? Math.ceil(days.length / 2) : days.length);
  const poolDays = pool.length === 0 ? 0 : Math.min(wanted, open.length);
  const poolSet = choosePoolDays(days, open, poolDays);
  const assigned = new Map<DayNumber, AerobicOption>();
  let landTurn = 0;
  let poolTurn = 0;
  for (const day of days) {
    const option = poolSet.has(day) ? pool[poolTurn++ % pool.length] : land[landTurn++ % land.length];
    if (option) assigned.set(day, option);
  }
  return assigned;
}

/** The short easy walk of a flare day: half the quota (pacing has halved it already in flare mode). */
export function chooseFlareWalk(options: readonly AerobicOption[], pacing: PacingView): { exercise: Exercise; minutes: number } | null {
  const land = options.filter((o) => !o.needsPool && o.gentle.level === 1);
  const option = land.find((o) => o.key === 'aerobic:walking') ?? land[0];
  if (!option) return null;
  const quota = option.quotaMinutes;
  const half = pacing.mode === 'flare' ? quota : Math.floor(quota / 2);
  return { exercise: option.gentle, minutes: Math.min(quota, Math.max(MIN_FLARE_WALK_MINUTES, half)) };
}

/** True for activities that need a pool. */
export function needsPool(exercise: Exercise): boolean {
  return exercise.equipment.includes('pool') || exercise.positions.every((p) => p === 'aquatic');
}

function chooseLandOptions(options: readonly AerobicOption[]): AerobicOption[] {
  const land = options.filter((o) => !o.needsPool);
  const liked = land.filter((o) => o.liked);
  if (liked.length > 0) return liked;
  const walking = land.find((o) => o.key === 'aerobic:walking') ?? land[0];
  return walking ? [walking] : [];
}

function choosePoolOptions(options: readonly AerobicOption[], hasLand: boolean): AerobicOption[] {
  const pool = options.filter((o) => o.needsPool);
  const liked = pool.filter((o) => o.liked);
  if (liked.length > 0 || hasLand) return liked;
  return pool.slice(0, 1);
}

// The easiest eligible exercise of each chain in the activity, best fit first; a person who
// walks does walking on their feet, a wheelchair user the seated form.
function pickBestEntry(members: readonly Exercise[], ctx: SelectionContext): Exercise | undefined {
  const entries = new Map<string, Exercise>();
  for (const exercise of members) {
    const root = ctx.rootIds.get(exercise.id) ?? exercise.id;
    const current = entries.get(root);
    if (!current || exercise.level < current.level) entries.set(root, exercise);
  }
  const usual = ctx.profile.mobility === 'wheelchair' ? 'seated' : 'standing';
  const natural = [...entries.values()].filter((e) => e.positions.includes(usual) || e.positions.includes('aquatic'));
  const candidates = natural.length > 0 ? natural : [...entries.values()];
  return rankByFit(candidates, describeFit(ctx.rootIds), ctx.profile.painAreas, ctx.random, 1)[0];
}

// Moves up the chain while the harder variant's usual minutes still fit within the quota.
function climbToQuota(entry: Exercise, minutes: number, byId: ReadonlyMap<string, Exercise>, isEligible: ReadonlySet<string>): Exercise {
  let current = entry;
  for (let step = 0; step < 10 && current.harder !== null; step += 1) {
    const harder = byId.get(current.harder);
    if (!harder || !isEligible.has(harder.id) || (harder.dose.minutes ?? Infinity) > minutes) break;
    current = harder;
  }
  return current;
}

// Spread over the whole week, each moved to the nearest open day when it falls on one that must stay on land.
function choosePoolDays(days: readonly DayNumber[], open: readonly DayNumber[], count: number): Set<DayNumber> {
  const chosen = new Set<DayNumber>();
  for (const index of spreadIndexes(days.length, count)) {
    const wanted = days[index] ?? 1;
    const free = open.filter((day) => !chosen.has(day));
    const nearest = [...free].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a)[0];
    if (nearest !== undefined) chosen.add(nearest);
  }
  return chosen;
}

function spreadIndexes(length: number, count: number): Set<number> {
  return new Set(Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * length) / count)));
}
