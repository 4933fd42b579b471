/**
 * For the simulation's tests: profiles drawn with the planner's own arbitraries, a cache so
 * properties that look at the same lives run them once, and readers of a simulation's days.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Exercise } from '../library/exercise.js';
import { BUILTIN_EXERCISES, indexExercises } from '../library/catalog.js';
import type { QuotaView } from '../pacing/activity.js';
import { ALL_NO, arbitraryProfile, WEEK } from '../planner/testing.js';
import type { Prescription } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import { assessSafety, isReferral } from '../safety.js';
import { initialPacing } from '../pacing/index.js';
import { simulatePlan } from './simulate.js';
import type { Behaviour, SimulatedDay, Simulation } from './types.js';

/** The library the simulations use. */
export const LIBRARY: readonly Exercise[] = BUILTIN_EXERCISES;
const BY_ID = indexExercises(BUILTIN_EXERCISES);

/** Any profile the planner can plan for: a screen that would refer is answered "no" instead. */
export const plannableProfile: fc.Arbitrary<Profile> = arbitraryProfile.map((profile) =>
  isReferral(assessSafety(profile.safety)) ? { ...profile, safety: ALL_NO } : profile,
);

/** A calm person: usual pain below the planner's flare line, pain after at most 2 points up. */
export const calmPain = fc.record({
  painBefore: fc.integer({ min: 0, max: 7 }),
  painAfterChange: fc.integer({ min: 0, max: 2 }),
});

/** One simulated life: a profile, a behaviour, how long, and the seed of its variety. */
export interface Life {
  profile: Profile;
  behaviour: Behaviour;
  weeks: number;
  seed: number;
  /** A clinician's adjustments in force from the start (issue 11). */
  prescription?: Prescription;
}

const lives = new Map<string, Simulation>();

/**
 * Runs a life. Lives asked for with `shared` are kept (the calm lives several properties read),
 * without their pacing state, which no property reads: memory stays small.
 */
export function live(life: Life, shared = false): Simulation {
  const key = JSON.stringify(life);
  const known = lives.get(key);
  if (known) return known;
  const simulation = simulatePlan({ ...life, exercises: LIBRARY, weekStart: WEEK });
  if (shared) lives.set(key, simulation.status === 'ok' ? { ...simulation, pacing: EMPTY_PACING } : simulation);
  return simulation;
}

const EMPTY_PACING = initialPacing();

/** Runs a life that must have a plan (kept when `shared`). */
export function liveOk(life: Life, shared = false) {
  const simulation = live(life, shared);
  if (simulation.status !== 'ok') throw new Error('expected a plan, got a referral');
  return simulation;
}

/** Every day of a simulation, in order. */
export const daysOf = (simulation: { weeks: { days: SimulatedDay[] }[] }): SimulatedDay[] =>
  simulation.weeks.flatMap((week) => week.days);

/** The real time of a day's planned sessions in the player, in milliseconds. */
export const realMsOf = (day: SimulatedDay): number => day.sessions.reduce((sum, s) => sum + s.elapsedMs, 0);

/**
 * How far a strength chain has come: the variant's place in its chain, then the sets, then the
 * reps. Moving to a harder variant at 8 reps, or to 2 × 8, is a step up, not a fall.
 */
export function quotaLevel(quota: QuotaView): [number, number, number] {
  if (quota.unit !== 'reps' || !quota.exerciseId) return [0, 0, quota.value];
  let place = 0;
  for (let e = BY_ID.get(quota.exerciseId); e?.easier; e = BY_ID.get(e.easier)) place += 1;
  return [place, quota.sets ?? 1, quota.value];
}

/** Compares two levels: negative when `a` is below `b`. */
export function compareLevels(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The lowest a quota may go in a flare: minutes and reps have floors (CLINICAL.md §3). */
export function halvedLimit(quota: QuotaView): number {
  const floor = quota.unit === 'reps' ? 3 : 2;
  return Math.min(quota.value, Math.max(floor, Math.floor(quota.value / 2)));
}

/** The most a quota may be before a full calm week after its rebuild: +10 %, at least +1. */
export function tenPercentAbove(value: number): number {
  return Math.max(value + 1, Math.floor(value * 1.1 + 1e-9));
}

/** The quotas after a day, by activity. */
export const quotasByActivity = (day: SimulatedDay | undefined): Map<string, QuotaView> =>
  new Map((day?.quotas ?? []).map((q) => [q.activity, q]));

/** Fast-check settings of the properties: fixed seeds, no shrinking of an expensive failure. */
export const PROPERTY_RUNS = (seed: number, numRuns = 500) => ({ seed, numRuns, endOnFailure: true });

/** Fails when any quota falls from one day to the next (a calm person who did what the plan said). */
export function expectNoQuotaFalls(days: readonly SimulatedDay[]): void {
  for (let i = 1; i < days.length; i += 1) {
    const before = quotasByActivity(days[i - 1]);
    for (const quota of days[i]?.quotas ?? []) {
      const was = before.get(quota.activity);
      if (!was) continue;
      const fell = compareLevels(quotaLevel(quota), quotaLevel(was)) < 0;
      expect(fell, `${quota.activity} fell from ${was.value} to ${quota.value} on ${days[i]?.date}`).toBe(false);
    }
  }
}
