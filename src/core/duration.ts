/**
 * One measure of time (CLINICAL.md §3, PRODUCT.md "Plan rules"): how long an item takes is what
 * the guided player takes to play it — for holds and reps, setting up, the count-in, every hold or
 * paced rep on each side, and the rests between holds, sides and sets; for timed work (a walk, a
 * breathing practice), its minutes, since its timer is the activity itself. The planner fills days with it, the player
 * shows it, pacing measures logged sessions with it, and insights compare with it. See
 * docs/pacing.md, "One measure of time".
 */
import {
  READY_MS,
  REST_BETWEEN_HOLDS_MS,
  REST_BETWEEN_SETS_MS,
  SWITCH_SIDE_MS,
  buildSegments,
  classifyDose,
  pacedRepMs,
  segmentMs,
} from './session-player/dose.js';
import type { ItemDose } from './session-player/types.js';

/** Getting into position for an exercise of holds or reps, before its first segment. */
export const SETTING_UP_SECONDS = 20;

/**
 * Seconds an item takes in the player, played at its own pace: setting up and every segment of
 * `buildSegments` (count-in, holds or paced reps on each side, rests between holds, sides and
 * sets). Worked out from the counts rather than by building the segments — a replay times
 * thousands of items — and held equal to the segments by duration.test.ts over many doses.
 * `perSide` may be given apart from the dose (a logged amount does not carry it).
 */
export function itemSeconds(dose: ItemDose, perSide = dose.perSide === true): number {
  const kind = classifyDose(dose);
  if (kind === 'timed') return (dose.minutes ?? 1) * 60;
  const sides = perSide ? 2 : 1;
  const hold = dose.holdSeconds ?? 0;
  const rounds = Math.max(1, kind === 'holds' ? (dose.reps ?? 1) : (dose.sets ?? 1));
  const segments = rounds * sides;
  const switches = perSide ? rounds : 0;
  const rests = segments - 1 - switches;
  const work = kind === 'holds' ? hold : Math.max(1, dose.reps ?? 1) * (pacedRepMs(hold * 1000) / 1000);
  const rest = (kind === 'holds' ? REST_BETWEEN_HOLDS_MS : REST_BETWEEN_SETS_MS) / 1000;
  return SETTING_UP_SECONDS + READY_MS / 1000 + segments * work + switches * (SWITCH_SIDE_MS / 1000) + rests * rest;
}

/** The same seconds by building the player's segments: the reference `itemSeconds` is held to. */
export function itemSecondsBySegments(dose: ItemDose): number {
  const segments = buildSegments(dose);
  let ms = classifyDose(dose) === 'timed' ? 0 : SETTING_UP_SECONDS * 1000;
  for (const segment of segments) ms += segmentMs(segment);
  return ms / 1000;
}

/** An item's minutes, rounded up to the next half minute: an estimate never promises less time than it takes. */
export function itemMinutes(dose: ItemDose, perSide = dose.perSide === true): number {
  return toHalfMinutesUp(itemSeconds(dose, perSide));
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
