/**
 * A clinician's bounds inside pacing (issue 11). From the day it was set (applied as a replay
 * passes that day, or the first day it applies after it):
 * - a `quota`, or a dose `set` of an aerobic or strength exercise, sets the activity's quota there
 *   (strength: reps per set and sets) and stands as its baseline, so no baseline is collected after it;
 * - a `cap` is the most the quota ever is: an aerobic cap in minutes caps `aerobic:<activity>`, a
 *   strength cap the reps and sets of the chain; a quota above a new cap comes down to it;
 * - a `rise` replaces the weekly 10 % for its activity (or for all); 0 holds the quota.
 * A flare still halves, within the cap, and rebuilds back to at most the cap.
 */
import type { LocalDate } from '../calendar.js';
import type { Prescription } from '../prescription/types.js';
import type { ActivityKey } from './activity.js';
import type { ExerciseLookup } from './lookup.js';
import { PACING } from './rules.js';

/** A quota the clinician set: its activity, amount and who set it. */
export interface PrescribedQuota {
  id: string;
  on: LocalDate;
  activity: ActivityKey;
  /** Minutes, or reps per set; null when only the sets were given. */
  value: number | null;
  sets: number | null;
  exerciseId: string | null;
  by: string;
}

/** The most a quota may be: its value (minutes or reps) and, for strength, its sets. */
export interface QuotaCap {
  value: number | null;
  sets: number | null;
  by: string;
}

/** The bounds of one run, read once from the prescription. */
export interface PacingBounds {
  isEmpty: boolean;
  /** The latest set per activity that applies on `day`. */
  setsOn(day: LocalDate): PrescribedQuota[];
  capOf(activity: ActivityKey, day: LocalDate): QuotaCap | null;
  /** The weekly growth factor (1 + rise) for the activity on `day`. */
  growthOf(activity: ActivityKey, day: LocalDate): number;
}

interface Dated<T> {
  on: LocalDate;
  /** The exercise it names, when it names one (a later cap on it replaces an earlier one). */
  exerciseId: string | null;
  activity: ActivityKey | null;
  value: T;
}

/** No prescription: pacing as it always was. */
export const NO_BOUNDS: PacingBounds = { isEmpty: true, setsOn: () => [], capOf: () => null, growthOf: () => PACING.weeklyGrowth };

/** Reads the prescription once for a run of `updatePacing`. */
export function readBounds(prescription: Prescription | undefined, lookup: ExerciseLookup): PacingBounds {
  if (!prescription || prescription.length === 0) return NO_BOUNDS;
  const sets = readSets(prescription, lookup);
  const caps = readCaps(prescription, lookup);
  const rises = prescription.flatMap((a) =>
    a.kind === 'rise' ? [{ on: a.setBy.on, exerciseId: null, activity: a.activity ?? null, value: a.weeklyRise }] : [],
  );
  return {
    isEmpty: false,
    setsOn(day) {
      const latest = new Map<ActivityKey, PrescribedQuota>();
      for (const set of sets) if (set.on <= day) latest.set(set.activity, set);
      return [...latest.values()];
    },
    capOf: (activity, day) => capOn(caps, activity, day),
    growthOf(activity, day) {
      const due = rises.filter((r) => r.on <= day);
      const rise = due.filter((r) => r.activity === activity).at(-1) ?? due.filter((r) => r.activity === null).at(-1);
      return rise ? 1 + rise.value : PACING.weeklyGrowth;
    },
  };
}

function readSets(prescription: Prescription, lookup: ExerciseLookup): PrescribedQuota[] {
  return prescription.flatMap((a): PrescribedQuota[] => {
    const base = { id: a.id, on: a.setBy.on, by: a.setBy.name };
    if (a.kind === 'quota') return [{ ...base, activity: a.activity, value: a.value, sets: a.sets ?? null, exerciseId: null }];
    if (a.kind !== 'dose' || a.mode !== 'set') return [];
    const activity = lookup.resolve(a.exerciseId)?.activity;
    if (!activity || activity === 'session') return [];
    const strength = activity.startsWith('strength:');
    const value = (strength ? a.dose.reps : a.dose.minutes) ?? null;
    const sets = strength ? (a.dose.sets ?? null) : null;
    if (value === null && sets === null) return [];
    return [{ ...base, activity, value, sets, exerciseId: strength ? a.exerciseId : null }];
  });
}

function readCaps(prescription: Prescription, lookup: ExerciseLookup): Dated<QuotaCap>[] {
  return prescription.flatMap((a): Dated<QuotaCap>[] => {
    if (a.kind !== 'dose' || a.mode !== 'cap') return [];
    const activity = lookup.resolve(a.exerciseId)?.activity ?? null;
    if (!activity || activity === 'session') return [];
    const strength = activity.startsWith('strength:');
    const value = (strength ? a.dose.reps : a.dose.minutes) ?? null;
    const sets = strength ? (a.dose.sets ?? null) : null;
    if (value === null && sets === null) return [];
    return [{ on: a.setBy.on, exerciseId: a.exerciseId, activity, value: { value, sets, by: a.setBy.name } }];
  });
}

// The latest cap on each exercise of the activity that applies by `day`; the lowest of them.
function capOn(caps: readonly Dated<QuotaCap>[], activity: ActivityKey, day: LocalDate): QuotaCap | null {
  const latest = new Map<string, QuotaCap>();
  for (const cap of caps) if (cap.activity === activity && cap.on <= day) latest.set(cap.exerciseId ?? '', cap.value);
  let result: QuotaCap | null = null;
  for (const cap of latest.values()) {
    result = result
      ? { value: lower(result.value, cap.value), sets: lower(result.sets, cap.sets), by: cap.by }
      : cap;
  }
  return result;
}

function lower(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}
