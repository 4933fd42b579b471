/**
 * Pain during exercise, as a traffic light (CLINICAL.md §3; clinical-sources.md §9.x: the
 * pain-monitoring model of Silbernagel, Thomeé et al., Am J Sports Med 2007): up to 2 points
 * above usual is fine; 3-5 is acceptable if it settles by the next morning (the calm rule checks
 * that); more than 5 → ease that exercise off.
 */
export type TrafficLight = 'green' | 'amber' | 'red';

/** Points above usual pain that are still fine, and the most that is acceptable if it settles. */
export const TRAFFIC_LIGHT = { greenUpTo: 2, amberUpTo: 5 } as const;

/** The light for pain during an exercise against the person's usual pain. */
export function trafficLightOf(painDuring: number, usual: number): TrafficLight {
  const above = painDuring - usual;
  if (above <= TRAFFIC_LIGHT.greenUpTo) return 'green';
  return above <= TRAFFIC_LIGHT.amberUpTo ? 'amber' : 'red';
}

/** The stop-flow answers that are stop signs: one rule, owned by the safety review. */
export { isRedFlagStop } from '../safety-review.js';
