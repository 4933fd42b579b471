/**
 * Ranked-search indexes kept across requests. A person with prescribed exercises (or a clinician
 * with their own) gets a library of the built-in ones and theirs, made anew on each request;
 * building its index each time would cost every keystroke of a search several milliseconds, so
 * indexes are kept by what they hold (built-in exercises by id, others by their whole content,
 * so an edited exercise is indexed again), the least recently used forgotten first.
 */
import { createHash } from 'node:crypto';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import type { Exercise } from '../../core/library/exercise.js';
import { buildExerciseSearch, type ExerciseSearch } from '../../core/library/exercise-search.js';

/** Enough for the people searching at one time; each index is a few hundred KB at most. */
const MAX_KEPT = 50;

const BUILTIN = new Set<Exercise>(BUILTIN_EXERCISES);
const kept = new Map<string, ExerciseSearch<Exercise>>();

function keyOf(exercises: readonly Exercise[]): string {
  const hash = createHash('sha256');
  for (const exercise of exercises) hash.update(BUILTIN.has(exercise) ? exercise.id : JSON.stringify(exercise)).update('\n');
  return hash.digest('hex');
}

/** The search over `exercises`: one kept from an earlier request for the same list, or built now. */
export function searchOver(exercises: readonly Exercise[]): ExerciseSearch<Exercise> {
  const key = keyOf(exercises);
  const found = kept.get(key);
  if (found) {
    // Most recently used last, so the oldest is first to go.
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const search = buildExerciseSearch(exercises);
  kept.set(key, search);
  if (kept.size > MAX_KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
  return search;
}
