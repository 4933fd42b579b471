/**
 * The exercises a plan, a session or an insight may name for one person: the built-in library
 * and the clinicians' own exercises prescribed to them (issue 11); and the exercises a clinician
 * may prescribe: the built-in library, their own, and those shared with the practice.
 */
import { AppError } from '../../core/errors.js';
import type { Exercise } from '../../core/library/exercise.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';

/**
 * The library as one person's plan, sessions and insights see it. Callers have already passed
 * `requireAccess` for `subjectId`. (Custom exercises join here once they exist.)
 */
export async function libraryForSubject(services: Services, library: Library, subjectId: string): Promise<Library> {
  void services;
  void subjectId;
  return library;
}

/** An exercise the clinician may prescribe, or 404: built-in, their own, or shared with the practice. */
export async function findUsableExercise(services: Services, library: Library, actor: Person, exerciseId: string): Promise<Exercise> {
  void services;
  void actor;
  const exercise = library.index().get(exerciseId);
  if (!exercise) throw new AppError('not_found', 'There is no exercise with that id.', 'exerciseId');
  return exercise;
}
