/**
 * The clinician's doses inside the planner (issue 11): a `set` gives a stretch or a mind-body
 * item exactly its dose; a `cap` is the most any item of the exercise gets, in every field. A cap
 * on an aerobic exercise holds for its activity and one on a strength exercise for its chain, as
 * pacing reads them, so the week and the quotas agree. Items a dose changed carry its id.
 */
import { itemMinutes } from '../duration.js';
import type { Exercise } from '../library/exercise.js';
import { activityKeyOf } from '../pacing/activity.js';
import { DOSE_FIELDS, type ResolvedPrescription } from '../prescription/resolve.js';
import type { DoseAdjustment, PrescribedDose } from '../prescription/types.js';
import { sumSessionMinutes } from './dosing.js';
import type { PlanDay, PlanItem } from './plan.js';

/** The doses of one week: look up an item's set and cap by its exercise. */
export interface WeekDoses {
  isEmpty: boolean;
  /** The item with the clinician's set and cap applied (the same object when none applies). */
  dose(item: PlanItem): PlanItem;
  /** The item with only the cap applied. */
  cap(item: PlanItem): PlanItem;
  /** The most minutes an item of the exercise may have, or Infinity. */
  capMinutes(exercise: Exercise): number;
}

interface Cap {
  dose: PrescribedDose;
  id: string;
}

const NO_DOSES: WeekDoses = { isEmpty: true, dose: (item) => item, cap: (item) => item, capMinutes: () => Infinity };

/** The week's doses from the prescription, over the library it names exercises from. */
export function weekDosesOf(resolved: ResolvedPrescription, byId: ReadonlyMap<string, Exercise>): WeekDoses {
  if (resolved.doseSets.size === 0 && resolved.doseCaps.size === 0) return NO_DOSES;
  const caps = new Map<string, Cap>();
  for (const adjustment of resolved.doseCaps.values()) {
    const exercise = byId.get(adjustment.exerciseId);
    if (exercise) caps.set(capKeyOf(exercise, byId), mergeCap(caps.get(capKeyOf(exercise, byId)), adjustment));
  }
  const capOf = (exerciseId: string): Cap | undefined => {
    const exercise = byId.get(exerciseId);
    return exercise ? caps.get(capKeyOf(exercise, byId)) : undefined;
  };
  const cap = (item: PlanItem): PlanItem => {
    const found = capOf(item.exerciseId);
    return found ? withCap(item, found.dose, found.id) : item;
  };
  return {
    isEmpty: false,
    dose(item) {
      const set = resolved.doseSets.get(item.exerciseId);
      return cap(set && (item.pillar === 'stretching' || item.pillar === 'mind_body') ? withDose(item, set.dose, set.id) : item);
    },
    cap,
    capMinutes(exercise) {
      return caps.get(capKeyOf(exercise, byId))?.dose.minutes ?? Infinity;
    },
  };
}

/** Every item of the week through `doses.dose`, with the sessions' minutes added up again. */
export function doseDays(days: PlanDay[], doses: WeekDoses): PlanDay[] {
  if (doses.isEmpty) return days;
  return days.map((day) => ({
    ...day,
    sessions: day.sessions.map((session) => {
      const items = session.items.map((item) => doses.dose(item));
      return items.every((item, i) => item === session.items[i]) ? session : { ...session, items, minutes: sumSessionMinutes(items) };
    }),
  }));
}

/** An item given exactly the fields of a dose (the others kept), marked with the adjustment's id. */
export function withDose(item: PlanItem, dose: PrescribedDose, id: string): PlanItem {
  const next: PlanItem = { ...item };
  for (const field of DOSE_FIELDS) if (dose[field] !== undefined) next[field] = dose[field];
  return remeasured(next, item, id);
}

/** An item with no field above the cap; marked with the cap's id only when the cap changed it. */
export function withCap(item: PlanItem, cap: PrescribedDose, id: string): PlanItem {
  const next: PlanItem = { ...item };
  for (const field of DOSE_FIELDS) {
    const most = cap[field];
    const value = next[field];
    if (most !== undefined && value !== undefined && value > most) next[field] = most;
  }
  return remeasured(next, item, id);
}

function remeasured(next: PlanItem, before: PlanItem, id: string): PlanItem {
  if (DOSE_FIELDS.every((field) => next[field] === before[field])) return before;
  const { sets, reps, holdSeconds, minutes, perSide } = next;
  next.estimatedMinutes = itemMinutes({ sets, reps, holdSeconds, minutes, perSide });
  next.prescribed ??= id;
  return next;
}

// A cap on an aerobic exercise holds for its activity, on a strength exercise for its chain.
function capKeyOf(exercise: Exercise, byId: ReadonlyMap<string, Exercise>): string {
  return activityKeyOf(exercise, byId) ?? `exercise:${exercise.id}`;
}

// Two caps on one activity or chain: the lower of each field.
function mergeCap(current: Cap | undefined, adjustment: DoseAdjustment): Cap {
  if (!current) return { dose: adjustment.dose, id: adjustment.id };
  const dose: PrescribedDose = { ...current.dose };
  for (const field of DOSE_FIELDS) {
    const value = adjustment.dose[field];
    if (value !== undefined) dose[field] = Math.min(value, dose[field] ?? Infinity);
  }
  return { dose, id: current.id };
}
