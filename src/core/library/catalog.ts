/** The built-in exercise library and the ways to find things in it. */
import { AEROBIC } from './exercises/aerobic.js';
import { MIND_BODY } from './exercises/mind-body.js';
import { STRENGTHENING } from './exercises/strengthening.js';
import { STRETCHING } from './exercises/stretching.js';
import type { Exercise } from './exercise.js';

/** Every built-in exercise, in pillar order. */
export const BUILTIN_EXERCISES: readonly Exercise[] = [
  ...STRETCHING,
  ...AEROBIC,
  ...STRENGTHENING,
  ...MIND_BODY,
];

/** A lookup of exercises by id. */
export type ExerciseIndex = ReadonlyMap<string, Exercise>;

/** Indexes a list of exercises by id. */
export function indexExercises(exercises: readonly Exercise[]): ExerciseIndex {
  return new Map(exercises.map((exercise) => [exercise.id, exercise]));
}

/** The search rule lives on its own (no data), so the web app can use it on the kept list. */
export { filterExercises, type ExerciseFilter } from './exercise-filter.js';
