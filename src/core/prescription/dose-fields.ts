/**
 * Which parts of a dose each kind of exercise takes (issue 11): minutes for aerobic work; sets,
 * repetitions and holds for strength; repetitions and holds for a stretch; minutes or sets and
 * repetitions for a mind-body practice. A clinician's dose in another field is refused.
 */
import type { Pillar } from '../library/exercise.js';
import type { PrescribedDose } from './types.js';

/** One field of a prescribed dose. */
export type DoseField = keyof PrescribedDose;

/** The dose fields each pillar takes. */
export const DOSE_FIELDS_BY_PILLAR: Record<Pillar, readonly DoseField[]> = {
  aerobic: ['minutes'],
  strengthening: ['sets', 'reps', 'holdSeconds'],
  stretching: ['reps', 'holdSeconds'],
  mind_body: ['minutes', 'sets', 'reps'],
};

/** The first field of `dose` the pillar does not take, or undefined when all fit. */
export function findFieldNotTaken(pillar: Pillar, dose: PrescribedDose): DoseField | undefined {
  const allowed = DOSE_FIELDS_BY_PILLAR[pillar];
  return (Object.keys(dose) as DoseField[]).find((key) => dose[key] !== undefined && !allowed.includes(key));
}
