/**
 * The therapist prescribes (issue 11): a linked clinician adds and ends adjustments of a patient's
 * plan, and the person reads what is in force. Adjustments are inputs of every rebuild of the
 * week (plan.service.ts reads them), never edits of a stored plan. Every change passes
 * `requireAccess(write('prescription'))`, which writes it to the audit log; no one prescribes for
 * themselves.
 */
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import type { Adjustment, SetBy, SuitabilityRule } from '../../core/prescription/types.js';
import type { Profile } from '../../core/profile.js';
import type { NewAdjustment, PrescriptionResponse } from '../../contract/prescription.js';
import { ProfileSchema } from '../../contract/profile.js';
import { endAdjustment, insertAdjustments, listAdjustmentsInForce } from '../../db/prescription.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import {
  checkActivityKnown,
  checkDoseFits,
  checkQuotaSets,
  requireConfirmation,
  setByOf,
} from './prescription-checks.js';
import { findUsableExercise, libraryForSubject } from './subject-library.js';
import { findFailedRules } from '../../core/prescription/suitability.js';

/** Every adjustment in force for a linked patient, oldest first. */
export async function getPatientPrescription(services: Services, actor: Person, patientId: string): Promise<PrescriptionResponse> {
  const subject = await requireAccess(services, actor, read('prescription'), patientId);
  return { adjustments: await listAdjustmentsInForce(services.db, subject.id) };
}

/** What the person's clinicians set in their plan, with who, when and why. */
export async function getMyPrescription(services: Services, actor: Person): Promise<PrescriptionResponse> {
  const subject = await requireAccess(services, actor, read('prescription'), actor.id);
  return { adjustments: await listAdjustmentsInForce(services.db, subject.id) };
}

/**
 * Adds one adjustment to a linked patient's plan, after checking it makes sense for them: an
 * exercise they may be given, a dose in the fields it takes, and for an include the planner's
 * rules either passed or confirmed with a reason. The week is rebuilt on its next read.
 */
export async function addPatientAdjustment(services: Services, library: Library, actor: Person, patientId: string, input: NewAdjustment): Promise<Adjustment> {
  const subject = await requireAccess(services, actor, write('prescription'), patientId);
  await checkAdjustment(services, library, actor, subject.id, input);
  const adjustment = toAdjustment(input, services.newId(), setByOf(services, actor, subject.timeZone));
  await insertAdjustments(services.db, [{ patientId: subject.id, clinicianId: actor.id, adjustment, createdAt: adjustment.setBy.at }]);
  return adjustment;
}

/** Ends one adjustment in force (the row stays, dated); 404 when it is not this patient's or already ended. */
export async function removePatientAdjustment(services: Services, actor: Person, patientId: string, adjustmentId: string): Promise<void> {
  const subject = await requireAccess(services, actor, write('prescription'), patientId);
  const ended = await endAdjustment(services.db, subject.id, adjustmentId, services.clock.now(), actor.id);
  if (!ended) throw new AppError('not_found', 'There is no such change in force for this person.', 'adjustmentId');
}

/** Which of the planner's suitability rules an exercise fails for a linked patient. */
export async function checkPatientSuitability(
  services: Services,
  library: Library,
  actor: Person,
  patientId: string,
  exerciseId: string,
): Promise<{ exerciseId: string; failedRules: SuitabilityRule[] }> {
  const subject = await requireAccess(services, actor, read('prescription'), patientId);
  const exercise = await findUsableExercise(services, library, actor, exerciseId);
  const profile = await findPatientProfile(services, subject.id);
  return { exerciseId: exercise.id, failedRules: profile ? findFailedRules(profile, exercise) : [] };
}

/** The patient's intake profile, or null before intake (then no rule can be failed yet). */
export async function findPatientProfile(services: Services, patientId: string): Promise<Profile | null> {
  const stored = await findProfile(services.db, patientId);
  return stored ? ProfileSchema.parse(stored.data) : null;
}

/** The suitability rules an include fails for the patient: checked against their profile. */
export async function failedRulesFor(services: Services, patientId: string, exercise: Exercise): Promise<SuitabilityRule[]> {
  const profile = await findPatientProfile(services, patientId);
  return profile ? findFailedRules(profile, exercise) : [];
}

async function checkAdjustment(services: Services, library: Library, actor: Person, patientId: string, input: NewAdjustment): Promise<void> {
  switch (input.kind) {
    case 'include': {
      const exercise = await findUsableExercise(services, library, actor, input.exerciseId);
      checkDoseFits(exercise, input.dose, 'dose');
      const failed = await failedRulesFor(services, patientId, exercise);
      requireConfirmation(failed, input.confirmedRules, input.reason, exercise.name);
      // Only rules that fail now are confirmed: one ticked ahead of time must not let a later
      // change (a new condition, CRPS in that limb) through unseen.
      input.confirmedRules = input.confirmedRules.filter((rule) => failed.includes(rule));
      return;
    }
    case 'exclude':
      await findUsableExercise(services, library, actor, input.exerciseId);
      return;
    case 'dose':
      checkDoseFits(await findUsableExercise(services, library, actor, input.exerciseId), input.dose, 'dose');
      return;
    case 'quota':
      checkActivityKnown(await libraryForSubject(services, library, patientId), input.activity, 'activity');
      checkQuotaSets(input.activity, input.sets);
      return;
    case 'rise':
      if (input.activity !== undefined) checkActivityKnown(await libraryForSubject(services, library, patientId), input.activity, 'activity');
      return;
    case 'week':
    case 'go_ahead':
      return;
  }
}

/** The stored adjustment: what the clinician sent, with its id and who set it when. */
function toAdjustment(input: NewAdjustment, id: string, setBy: SetBy): Adjustment {
  return { ...input, id, setBy };
}
