/**
 * How much time a logged session took, by the one measure of core/duration.ts: each item's
 * amount done (or, for what was planned, its planned dose) timed as the player times it, both
 * sides counted, then added per session and rounded as the planner adds a session's items.
 */
import { itemMinutes, sessionMinutes } from '../duration.js';
import type { DoseAmount, SessionItemLog } from './types.js';

/** Minutes of one logged amount: zero when it holds no work. */
export function doseMinutes(dose: DoseAmount, perSide: boolean): number {
  const hasWork = (dose.minutes ?? 0) > 0 || ((dose.reps ?? 0) > 0 && (dose.sets ?? 1) > 0);
  return hasWork ? itemMinutes(dose, perSide) : 0;
}

/** The minutes a logged session took: every item not skipped, at the amount really done. */
export function loggedSessionMinutes(
  items: readonly SessionItemLog[],
  isPerSide: (exerciseId: string) => boolean,
): number {
  const estimates: number[] = [];
  for (const item of items)
    if (item.status !== 'skipped') estimates.push(doseMinutes(item, isPerSide(item.exerciseId)));
  return sessionMinutes(estimates);
}

/** The minutes the plan asked of a logged session, or null when its items do not say what was planned. */
export function plannedSessionMinutes(
  items: readonly SessionItemLog[],
  isPerSide: (exerciseId: string) => boolean,
): number | null {
  const estimates: number[] = [];
  for (const item of items) {
    const asked = askedOf(item);
    if (!asked) return null;
    estimates.push(doseMinutes(asked, isPerSide(item.exerciseId)));
  }
  return sessionMinutes(estimates);
}

/**
 * What an item asked of the person: the dose they chose with "make it easier" when they chose
 * one (what they did when they took a rest instead), else what the plan asked. Done at the
 * eased dose is done as planned: it never shrinks a quota (issue 15).
 */
export function askedOf(item: SessionItemLog): DoseAmount | undefined {
  if (item.eased === undefined) return item.planned;
  if (item.eased.rest === true) return { minutes: item.minutes, sets: item.sets, reps: item.reps, holdSeconds: item.holdSeconds };
  const { minutes, sets, reps, holdSeconds } = item.eased;
  return { minutes, sets, reps, holdSeconds };
}
