/**
 * PROMIS v1.0 graded-response-model item parameters (clinical-sources.md §2.3, from Stanford
 * CHOIR's `PromisShortFormV10*.java`; the values match the HealthMeasures calibrations): slope `a`
 * and thresholds `b1`-`b4` on the theta scale. Category 1 is the lowest theta (Pain Interference
 * "not at all"; Physical Function "unable to do"), category 5 the highest.
 */

/** One item's slope and four thresholds. */
export interface ItemParameters {
  a: number;
  b: readonly [number, number, number, number];
}

/** Item parameters by PROMIS item id. */
export const ITEM_PARAMETERS: Readonly<Record<string, ItemParameters>> = {
  PAININ9: { a: 6.53406, b: [0.1579, 0.8959, 1.4377, 2.0103] },
  PAININ22: { a: 5.3971, b: [0.1709, 0.8366, 1.3266, 1.9589] },
  PAININ31: { a: 5.90514, b: [0.473, 1.0094, 1.5063, 2.077] },
  PAININ34: { a: 4.92619, b: [0.1771, 0.8447, 1.363, 1.9795] },
  PAININ12: { a: 5.29892, b: [0.1808, 0.8281, 1.2865, 1.8824] },
  PAININ36: { a: 5.69697, b: [0.3417, 0.959, 1.4786, 2.036] },
  PAININ3: { a: 4.98134, b: [0.1293, 0.8809, 1.3825, 1.9123] },
  PAININ13: { a: 5.03924, b: [0.4688, 1.0753, 1.6277, 2.1736] },
  PAININ10: { a: 5.15317, b: [0.131, 0.7914, 1.26, 1.8452] },
  PAININ14: { a: 4.83004, b: [0.4265, 0.9994, 1.4568, 2.044] },
  PAININ26: { a: 4.87755, b: [0.578, 1.085, 1.676, 2.5191] },
  PAININ8: { a: 3.74877, b: [0.3996, 1.1057, 1.6892, 2.3425] },
  PFA11: { a: 4.83487, b: [-1.9837, -1.5298, -1.1056, -0.4545] },
  PFA21: { a: 4.23685, b: [-1.885, -1.4805, -1.0464, -0.3953] },
  PFA23: { a: 4.28753, b: [-1.9146, -1.5792, -1.1944, -0.6814] },
  PFA53: { a: 4.43957, b: [-2.546, -1.9738, -1.4509, -0.8195] },
};

/** True when Pacewise has parameters for this PROMIS item id. */
export function isPromisItemId(code: string): boolean {
  return Object.hasOwn(ITEM_PARAMETERS, code);
}
