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
    if (!item.planned) return null;
    estimates.push(doseMinutes(item.planned, isPerSide(item.exerciseId)));
  }
  return sessionMinutes(estimates);
}
