/**
 * The exercises a plan, a session or an insight may name for one person: the built-in library
 * and the clinicians' own exercises prescribed to them (issue 11); and the exercises a clinician
 * may prescribe: the built-in library, their own, and those shared with the practice.
 */
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import { findCustomExercise, findCustomExercises, listIncludedExerciseIds, listLoggedCustomExerciseIds } from '../../db/custom-exercise.repository.js';
import type { Person, Services } from '../context.js';
import { isUsableBy, toExercise } from './custom-exercise.service.js';
import { Library } from './library.service.js';

const isCustomId = (id: string) => id.startsWith('c-');

/**
 * The library as one person's plan, sessions and insights see it. Callers have already passed
 * `requireAccess` for `subjectId`. Custom exercises join when an active include adjustment names
 * them, or a session log does (so history keeps its names, even after the exercise is deleted).
 */
export async function libraryForSubject(services: Services, library: Library, subjectId: string): Promise<Library> {
  const [included, logged] = await Promise.all([
    listIncludedExerciseIds(services.db, subjectId),
    listLoggedCustomExerciseIds(services.db, subjectId),
  ]);
  const ids = [...new Set([...included, ...logged])].filter((id) => isCustomId(id) && !library.has(id));
  if (ids.length === 0) return library;
  const records = await findCustomExercises(services.db, ids);
  return new Library([...library.all(), ...records.map(toExercise)]);
}

/** An exercise the clinician may prescribe, or 404: built-in, their own, or shared with the practice. */
export async function findUsableExercise(services: Services, library: Library, actor: Person, exerciseId: string): Promise<Exercise> {
  const builtin = library.index().get(exerciseId);
  if (builtin) return builtin;
  const record = isCustomId(exerciseId) ? await findCustomExercise(services.db, exerciseId) : null;
  if (!record || !isUsableBy(record, actor)) throw new AppError('not_found', 'There is no exercise with that id.', 'exerciseId');
  return toExercise(record);
}
