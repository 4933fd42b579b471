/**
 * Exercise names for a prescription's sentences: the library's, fetched once per visit, and any
 * other id (a clinician's own exercise) asked for one by one from `GET /api/exercises/:id`.
 */
import { useMemo } from 'react';
import { fetchExercise, useExerciseIndex } from '../../hooks/useExercises.js';
import { useQuery } from '../../hooks/useQuery.js';
import type { ExerciseName, NameLookup } from './prescription-words.js';

/** A name lookup covering `ids`, and whether the names have arrived (show sentences only then). */
export function useExerciseNames(ids: readonly string[]): { names: NameLookup; ready: boolean } {
  const index = useExerciseIndex();
  const known = index.status === 'success' ? index.data : null;
  const missing = known ? ids.filter((id) => !known.has(id)) : [];
  const key = missing.length === 0 ? 'none' : [...missing].sort().join(',');
  const extra = useQuery(`exercise-names:${key}`, async () => {
    const found = await Promise.all(missing.map((id) => fetchExercise(id).catch(() => null)));
    return new Map(found.flatMap((e) => (e ? [[e.id, { name: e.name, pillar: e.pillar }] as const] : [])));
  });
  const extras = extra.status === 'success' ? extra.data : null;
  const names = useMemo<NameLookup>(() => (id: string): ExerciseName | undefined => {
    const exercise = known?.get(id);
    if (exercise) return { name: exercise.name, pillar: exercise.pillar };
    return extras?.get(id);
  }, [known, extras]);
  // A failed look-up still counts as ready: the sentences then say "an exercise" plainly.
  return { names, ready: index.status !== 'loading' && (missing.length === 0 || extra.status !== 'loading') };
}
