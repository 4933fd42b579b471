/**
 * A clinician's own exercises (issue 11): written with the library's fields and one of its poses
 * (or a photo), private or shared with the practice, changed and deleted by their author only.
 */
import { practice, read } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import type { CustomExerciseInput, CustomExerciseView, StoredCustomExercise } from '../../contract/custom-exercise.js';
import type { ExerciseView } from '../../contract/exercise.js';
import {
  findCustomExercise,
  insertCustomExercise,
  listUsableCustomExercises,
  markCustomExerciseDeleted,
  updateCustomExercise as updateRow,
  type CustomExerciseRecord,
} from '../../db/custom-exercise.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { Library, photoUrlOf } from './library.service.js';
import { findUsableExercise, libraryForSubject } from './subject-library.js';

const NOT_FOUND = 'There is no exercise of yours with that id.';

/** The core Exercise a stored custom exercise is. */
export function toExercise(record: CustomExerciseRecord): Exercise {
  const { poseFrom: _poseFrom, ...fields } = record.data;
  return {
    id: record.id, ...fields, source: { kind: 'custom', ownerId: record.authorId },
    ...(record.photo ? { photo: record.photo } : {}),
    // Deleted by its author: old logs keep its name, but no week holds it again.
    ...(record.deletedAt !== null ? { retired: true } : {}),
  };
}

function present(record: CustomExerciseRecord, actor: Person): CustomExerciseView {
  const view = new Library([toExercise(record)]).get(record.id);
  return {
    ...view,
    limbs: record.data.limbs,
    poseFrom: record.data.poseFrom,
    shared: record.shared,
    authorName: record.authorName,
    mine: record.authorId === actor.id,
    photo: record.photo ? { ...record.photo, url: photoUrlOf(record.photo.id) } : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** True when the clinician may use the exercise: theirs, or shared with the practice, and not deleted. */
export function isUsableBy(record: CustomExerciseRecord, actor: Person): boolean {
  return record.deletedAt === null && (record.authorId === actor.id || record.shared);
}

/** The author's own exercise, not deleted, or 404 (for everyone else too). */
export async function findOwnExercise(services: Services, actor: Person, id: string): Promise<CustomExerciseRecord> {
  const record = await findCustomExercise(services.db, id);
  if (!record || record.deletedAt !== null || record.authorId !== actor.id) throw new AppError('not_found', NOT_FOUND);
  return record;
}

/** The fields to store: the input, checked against the library, with the pose's drawing copied. */
async function toStored(services: Services, library: Library, actor: Person, input: CustomExerciseInput, selfId: string | null): Promise<StoredCustomExercise> {
  const pose = library.index().get(input.poseFrom);
  if (!pose || pose.source?.kind === 'custom') {
    throw new AppError('unacceptable', 'Choose the drawing of an exercise from the library.', 'poseFrom');
  }
  for (const field of ['easier', 'harder'] as const) {
    const other = input[field];
    if (other === null) continue;
    if (other === selfId) throw new AppError('unacceptable', 'An exercise cannot be its own variant.', field);
    await findUsableExercise(services, library, actor, other).catch(() => {
      throw new AppError('unacceptable', 'Choose an exercise from the library or one you may use.', field);
    });
  }
  const { shared: _shared, ...fields } = input;
  return { ...fields, illustration: structuredClone(pose.illustration) };
}

/** My exercises and those shared with the practice. */
export async function listCustomExercises(services: Services, actor: Person): Promise<{ items: CustomExerciseView[] }> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  const records = await listUsableCustomExercises(services.db, actor.id);
  return { items: records.map((r) => present(r, actor)) };
}

/** Writes a new exercise; its id is `c-` and a random UUID. */
export async function createCustomExercise(services: Services, library: Library, actor: Person, input: CustomExerciseInput): Promise<CustomExerciseView> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  const data = await toStored(services, library, actor, input, null);
  const id = `c-${services.newId().toLowerCase()}`;
  await insertCustomExercise(services.db, { id, authorId: actor.id, shared: input.shared, data, at: services.clock.now() });
  return getCustomExercise(services, actor, id);
}

/** One exercise I may use. */
export async function getCustomExercise(services: Services, actor: Person, id: string): Promise<CustomExerciseView> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  const record = await findCustomExercise(services.db, id);
  if (!record || !isUsableBy(record, actor)) throw new AppError('not_found', NOT_FOUND);
  return present(record, actor);
}

/** Changes an exercise I wrote. */
export async function updateCustomExercise(services: Services, library: Library, actor: Person, id: string, input: CustomExerciseInput): Promise<CustomExerciseView> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await findOwnExercise(services, actor, id);
  const data = await toStored(services, library, actor, input, id);
  await updateRow(services.db, { id, authorId: actor.id, shared: input.shared, data, at: services.clock.now() });
  return getCustomExercise(services, actor, id);
}

/** Deletes an exercise I wrote; the row stays so plans and logs keep its name. */
export async function deleteCustomExercise(services: Services, actor: Person, id: string): Promise<void> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await findOwnExercise(services, actor, id);
  await markCustomExerciseDeleted(services.db, id, services.clock.now());
}

/**
 * The library as the caller sees it: the built-in exercises and, for a person, the custom ones
 * prescribed to them (or in their logs); for a clinician, their own and the practice's shared.
 */
export async function libraryForCaller(services: Services, library: Library, actor: Person | null): Promise<Library> {
  // Signed out, or before the second factor: the public library, as for anyone.
  if (!actor || !actor.signInComplete) return library;
  await requireAccess(services, actor, read('plan'), actor.id);
  if (actor.role !== 'clinician') return libraryForSubject(services, library, actor.id);
  const usable = await listUsableCustomExercises(services.db, actor.id);
  return usable.length === 0 ? library : new Library([...library.all(), ...usable.map(toExercise)]);
}

/** One exercise as the caller may see it, or not found. */
export async function getExerciseForCaller(services: Services, library: Library, actor: Person | null, id: string): Promise<ExerciseView> {
  if (library.has(id) || !actor?.signInComplete) return library.get(id);
  return (await libraryForCaller(services, library, actor)).get(id);
}
