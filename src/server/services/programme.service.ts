/**
 * Clinicians' programmes (issue 11): a named set of exercises with days, doses and a weekly rise,
 * private to its author or shared with the practice, assigned to a linked patient in one step.
 * Assigning copies the programme into adjustments the clinician can change afterwards; changing
 * or deleting the programme later leaves those copies as they are.
 */
import { practice, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import { activityKeyOf, type ActivityKey } from '../../core/pacing/activity.js';
import type { Adjustment, FromProgramme, SetBy, SuitabilityRule } from '../../core/prescription/types.js';
import type { Programme, ProgrammeInput } from '../../contract/prescription.js';
import { insertAdjustments, listAdjustmentsInForce, lockPrescription } from '../../db/prescription.repository.js';
import {
  deleteProgramme as deleteStoredProgramme,
  findVisibleProgramme,
  insertProgramme,
  listVisibleProgrammes,
  updateProgramme as updateStoredProgramme,
  type ProgrammeRecord,
} from '../../db/programme.repository.js';
import { audit, requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import { checkDoseFits, requireConfirmation, setByOf } from './prescription-checks.js';
import { failedRulesFor } from './prescription.service.js';
import { findUsableExercise } from './subject-library.js';

const NOT_FOUND = 'There is no such programme of yours.';

function present(record: ProgrammeRecord, callerId: string): Programme {
  return { ...record, mine: record.authorId === callerId };
}

/** The clinician's own programmes and those shared with the practice, by name. */
export async function listProgrammes(services: Services, actor: Person): Promise<{ items: Programme[] }> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  const records = await listVisibleProgrammes(services.db, actor.id);
  return { items: records.map((record) => present(record, actor.id)) };
}

/** Writes a new programme after checking every exercise and dose. */
export async function createProgramme(services: Services, library: Library, actor: Person, input: ProgrammeInput): Promise<Programme> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await checkItems(services, library, actor, input);
  const record = await insertProgramme(services.db, services.newId(), actor.id, input, services.clock.now());
  return present(record, actor.id);
}

/** Changes a programme the clinician wrote; anyone else's answers 404, shared or not. */
export async function updateProgramme(services: Services, library: Library, actor: Person, id: string, input: ProgrammeInput): Promise<Programme> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await checkItems(services, library, actor, input);
  const record = await updateStoredProgramme(services.db, id, actor.id, input, services.clock.now());
  if (!record) throw new AppError('not_found', NOT_FOUND);
  return present(record, actor.id);
}

/** Deletes a programme the clinician wrote; adjustments made from it stay. */
export async function deleteProgramme(services: Services, actor: Person, id: string): Promise<void> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  if (!(await deleteStoredProgramme(services.db, id, actor.id, services.clock.now()))) throw new AppError('not_found', NOT_FOUND);
}

async function checkItems(services: Services, library: Library, actor: Person, input: ProgrammeInput): Promise<Exercise[]> {
  const exercises: Exercise[] = [];
  for (const [index, item] of input.items.entries()) {
    const exercise = await findUsableExercise(services, library, actor, item.exerciseId).catch((error: unknown) => {
      throw error instanceof AppError ? new AppError(error.code, error.message, `items.${index}.exerciseId`) : error;
    });
    checkDoseFits(exercise, item.dose, `items.${index}.dose`);
    exercises.push(exercise);
  }
  return exercises;
}

/** The assignment a clinician asks for: which programme, and one confirmation with a reason for it all. */
export interface AssignInput {
  programmeId: string;
  reason: string | null;
  confirmedRules: SuitabilityRule[];
}

/**
 * Assigns a programme to a linked patient in one step: one include per exercise (its days and
 * dose) and, when the programme sets a weekly rise, one rise for each paced activity in it. The
 * suitability rules are checked per exercise; one confirmation covers the programme. Assigning a
 * programme that is already in force answers 409 (almost always a double tap); end its changes
 * first to assign it afresh. Each adjustment made is one line in the audit log.
 */
export async function assignPatientProgramme(services: Services, library: Library, actor: Person, patientId: string, input: AssignInput): Promise<{ adjustments: Adjustment[] }> {
  const subject = await requireAccess(services, actor, write('prescription'), patientId);
  const programme = await findVisibleProgramme(services.db, actor.id, input.programmeId);
  if (!programme) throw new AppError('not_found', 'There is no such programme.', 'programmeId');
  const exercises = await checkItems(services, library, actor, programme);
  const failed = await Promise.all(exercises.map((exercise) => failedRulesFor(services, subject.id, exercise)));
  requireConfirmation([...new Set(failed.flat())], input.confirmedRules, input.reason, `Part of “${programme.name}”`);
  const setBy = setByOf(services, actor, subject.timeZone);
  const adjustments = adjustmentsOf(services, library, programme, exercises, { setBy, reason: input.reason, failed });
  await services.db.transaction().execute(async (trx) => {
    await lockPrescription(trx, subject.id);
    const inForce = await listAdjustmentsInForce(trx, subject.id);
    if (inForce.some((a) => a.programme?.id === programme.id)) {
      throw new AppError('conflict', `“${programme.name}” is already assigned to this person. End its changes first to assign it again.`, 'programmeId');
    }
    await insertAdjustments(trx, adjustments.map((adjustment) => ({ patientId: subject.id, clinicianId: actor.id, adjustment, createdAt: setBy.at })));
  });
  // requireAccess wrote the first line; one more for each further adjustment made.
  await audit(services, actor, adjustments.slice(1).map(() => subject.id), 'write:prescription');
  return { adjustments };
}

interface Common {
  setBy: SetBy;
  reason: string | null;
  /** Per item: the rules it fails for the patient, confirmed by the assignment. */
  failed: readonly SuitabilityRule[][];
}

function adjustmentsOf(services: Services, library: Library, programme: ProgrammeRecord, exercises: readonly Exercise[], common: Common): Adjustment[] {
  const from: FromProgramme = { id: programme.id, name: programme.name };
  const base = { setBy: common.setBy, reason: common.reason, programme: from };
  const includes: Adjustment[] = programme.items.map((item, index) => ({
    ...base,
    id: services.newId(),
    kind: 'include',
    exerciseId: item.exerciseId,
    days: item.days,
    ...(item.dose ? { dose: item.dose } : {}),
    confirmedRules: common.failed[index] ?? [],
  }));
  const rise = programme.weeklyRise;
  if (rise === null) return includes;
  const rises: Adjustment[] = pacedActivities(library, exercises).map((activity) => ({ ...base, id: services.newId(), kind: 'rise', activity, weeklyRise: rise }));
  return [...includes, ...rises];
}

/** The paced activities of the programme's exercises (aerobic and strength), each once. */
function pacedActivities(library: Library, exercises: readonly Exercise[]): ActivityKey[] {
  const byId = new Map(library.index());
  for (const exercise of exercises) if (!byId.has(exercise.id)) byId.set(exercise.id, exercise);
  const keys = exercises.map((exercise) => activityKeyOf(exercise, byId)).filter((key): key is ActivityKey => key !== null);
  return [...new Set(keys)];
}
