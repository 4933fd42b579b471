/**
 * Pain during exercise, as a traffic light (CLINICAL.md §3; clinical-sources.md §9.x: the
 * pain-monitoring model of Silbernagel, Thomeé et al., Am J Sports Med 2007): up to 2 points
 * above usual is fine; 3-5 is acceptable if it settles by the next morning (the calm rule checks
 * that); more than 5 → ease that exercise off. And the stop-flow answers that are stop signs.
 */
import type { StopReason } from '../session-player/types.js';

export type TrafficLight = 'green' | 'amber' | 'red';

/** Points above usual pain that are still fine, and the most that is acceptable if it settles. */
export const TRAFFIC_LIGHT = { greenUpTo: 2, amberUpTo: 5 } as const;

/** The light for pain during an exercise against the person's usual pain. */
export function trafficLightOf(painDuring: number, usual: number): TrafficLight {
  const above = painDuring - usual;
  if (above <= TRAFFIC_LIGHT.greenUpTo) return 'green';
  return above <= TRAFFIC_LIGHT.amberUpTo ? 'amber' : 'red';
}

const RED_FLAG_STOPS: ReadonlySet<StopReason> = new Set([
  'chest_pain',
  'breathless',
  'dizzy',
  'palpitations',
  'one_sided_weakness',
]);

/** True for the stop-exercise signs of CLINICAL.md §1 (a matter of safety, not of dose). */
export function isRedFlagStop(reason: StopReason): boolean {
  return RED_FLAG_STOPS.has(reason);
}
