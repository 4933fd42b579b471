/**
 * The checks a clinician's adjustment passes before it is stored (issue 11), shared by single
 * adjustments and programmes: a dose only in fields the exercise's pillar takes, an include that
 * fails the planner's suitability rules only when the clinician confirmed each rule and wrote why,
 * a quota or rise only for an activity pacing knows. Each failure is a 400 naming the field.
 */
import { toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import { DOSE_FIELDS_BY_PILLAR, findFieldNotTaken, type DoseField } from '../../core/prescription/dose-fields.js';
import { activityKeyOf } from '../../core/pacing/activity.js';
import type { PrescribedDose, SetBy, SuitabilityRule } from '../../core/prescription/types.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';

const FIELD_WORDS: Record<DoseField, string> = { sets: 'sets', reps: 'repetitions', holdSeconds: 'a hold time', minutes: 'minutes' };

/** Throws a 400 naming the first dose field the exercise's pillar does not take. */
export function checkDoseFits(exercise: Exercise, dose: PrescribedDose | undefined, field: string): void {
  if (!dose) return;
  const wrong = findFieldNotTaken(exercise.pillar, dose);
  if (wrong === undefined) return;
  const takes = DOSE_FIELDS_BY_PILLAR[exercise.pillar].map((key) => FIELD_WORDS[key]).join(', ');
  throw new AppError('validation_failed', `${exercise.name} is not dosed in ${FIELD_WORDS[wrong]}. Its dose takes ${takes}.`, `${field}.${wrong}`);
}

const RULE_WORDS: Record<SuitabilityRule, string> = {
  position: 'a position this person cannot take',
  limbs: 'limbs this person does not use',
  equipment: 'equipment this person does not have',
  condition: 'it is not suited to one of their conditions',
  crps_limb: 'it stretches or loads the limb with CRPS',
};

/** Throws a 400 unless every failed rule is confirmed and a reason is written. */
export function requireConfirmation(failed: readonly SuitabilityRule[], confirmed: readonly SuitabilityRule[], reason: string | null, what: string): void {
  if (failed.length === 0) return;
  const missing = failed.filter((rule) => !confirmed.includes(rule));
  if (missing.length > 0) {
    const words = missing.map((rule) => RULE_WORDS[rule]).join('; ');
    throw new AppError('validation_failed', `${what} would usually be left out for this person (${words}). Confirm this to include it anyway.`, 'confirmedRules');
  }
  if (!reason || reason.trim() === '') {
    throw new AppError('validation_failed', `Write why ${what} suits this person anyway; they will read it with the change.`, 'reason');
  }
}

/** Throws a 400 unless pacing knows the activity: the day's session, or one the library paces. */
export function checkActivityKnown(library: Library, activity: string, field: string): void {
  if (activity === 'session') return;
  const byId = library.index();
  const known = library.all().some((exercise) => activityKeyOf(exercise, byId) === activity);
  if (!known) {
    throw new AppError('validation_failed', 'There is no such activity to pace. Use session, aerobic:<activity> or strength:<first exercise of its chain>.', field);
  }
}

/** Throws a 400 unless `sets` is given only with a strength quota. */
export function checkQuotaSets(activity: string, sets: number | undefined): void {
  if (sets !== undefined && !activity.startsWith('strength:')) {
    throw new AppError('validation_failed', 'Sets apply only to a strength quota.', 'sets');
  }
}

/** Who sets an adjustment now: the clinician, their name now, the day in the patient's time zone. */
export function setByOf(services: Services, actor: Person, patientTimeZone: string): SetBy {
  const at = services.clock.now();
  return { clinicianId: actor.id, name: actor.name ?? actor.email, on: toLocalDate(at, patientTimeZone), at };
}
