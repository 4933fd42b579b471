/**
 * One measure of time (CLINICAL.md §3, PRODUCT.md "Plan rules"): how long an item takes is what
 * the guided player takes to play it — for holds and reps, setting up, the count-in, every hold or
 * paced rep on each side, and the rests between holds, sides and sets; for timed work (a walk, a
 * breathing practice), its minutes, since its timer is the activity itself. The planner fills days with it, the player
 * shows it, pacing measures logged sessions with it, and insights compare with it. See
 * docs/pacing.md, "One measure of time".
 */
import { buildSegments, classifyDose, segmentMs } from './session-player/dose.js';
import type { ItemDose } from './session-player/types.js';

/** Getting into position for an exercise of holds or reps, before its first segment. */
export const SETTING_UP_SECONDS = 20;

/** Seconds an item takes in the player, played at its own pace: setting up and every segment. */
export function itemSeconds(dose: ItemDose): number {
  const segments = buildSegments(dose);
  let ms = classifyDose(dose) === 'timed' ? 0 : SETTING_UP_SECONDS * 1000;
  for (const segment of segments) ms += segmentMs(segment);
  return ms / 1000;
}

/** An item's minutes, rounded up to the next half minute: an estimate never promises less time than it takes. */
export function itemMinutes(dose: ItemDose): number {
  return toHalfMinutesUp(itemSeconds(dose));
}

/** Seconds rounded up to the next half minute. */
export function toHalfMinutesUp(seconds: number): number {
  return Math.ceil(Math.round(seconds * 1000) / 30_000) / 2;
}

/** A session's minutes: its items' half-minute estimates added up, then rounded to whole minutes. */
export function sessionMinutes(itemEstimates: readonly number[]): number {
  let sum = 0;
  for (const minutes of itemEstimates) sum += minutes;
  return Math.round(sum);
}
