/**
 * The exercise library from the API, remembered for the visit: each list asked for is fetched
 * once and shared (the whole library serves the plan's names and the library's first view), and
 * every exercise seen in a list can be shown without asking again.
 */
import { useEffect, useState } from 'react';
import type { ExerciseQuery, ExerciseView } from '../../contract/exercise.js';
import type { ApiError } from '../api/api-error.js';
import { isApiError } from '../api/api-error.js';
import { buildQuery } from '../api/build-request.js';
import { callApi } from '../api/client.js';
import { toApiErrorLike, useQuery } from './useQuery.js';

/** Enough lists for a visit's worth of filtering; the oldest is forgotten first. */
const MAX_LISTS = 40;

const lists = new Map<string, Promise<ExerciseView[]>>();
const byId = new Map<string, ExerciseView>();

function remember(items: readonly ExerciseView[]): void {
  for (const item of items) byId.set(item.id, item);
}

/** The exercises matching `query`, from memory when this list was fetched before. */
export function fetchExerciseList(query: ExerciseQuery = {}): Promise<ExerciseView[]> {
  const key = buildQuery(query);
  const known = lists.get(key);
  if (known) return known;
  const request = callApi('listExercises', { query }).then((answer) => {
    remember(answer.items);
    return answer.items;
  });
  // A failed request is forgotten, so trying again asks the server again.
  request.catch(() => lists.delete(key));
  lists.set(key, request);
  if (lists.size > MAX_LISTS) {
    const oldest = lists.keys().next().value;
    if (oldest !== undefined) lists.delete(oldest);
  }
  return request;
}

/** One exercise, or `null` when the library has none with this id. */
export async function fetchExercise(id: string): Promise<ExerciseView | null> {
  const known = byId.get(id);
  if (known) return known;
  // The id's rule lives in the contract's schemas, loaded on demand (not on the first page).
  const { ExerciseParams } = await import('../../contract/exercise.js');
  if (!ExerciseParams.safeParse({ id }).success) return null;
  try {
    const exercise = await callApi('getExercise', { params: { id } });
    remember([exercise]);
    return exercise;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The whole library by id, fetched once per visit (names and pictures for the plan). */
export function useExerciseIndex() {
  return useQuery('exercises:all', async (): Promise<ReadonlyMap<string, ExerciseView>> => {
    const items = await fetchExerciseList();
    return new Map(items.map((item) => [item.id, item]));
  });
}

/** One exercise with its easier and harder variants (null where there is none). */
export interface ExerciseWithVariants {
  exercise: ExerciseView;
  easier: ExerciseView | null;
  harder: ExerciseView | null;
}

/** Exercise `id` and its variants; `null` data when there is no such exercise. */
export function useExercise(id: string) {
  return useQuery(`exercise:${id}`, async (): Promise<ExerciseWithVariants | null> => {
    const exercise = await fetchExercise(id);
    if (!exercise) return null;
    const variant = (other: string | null) => (other ? fetchExercise(other) : null);
    const [easier, harder] = await Promise.all([
      variant(exercise.easier),
      variant(exercise.harder),
    ]);
    return { exercise, easier, harder };
  });
}

/** The state of a list search: the last list that arrived, and whether a newer one is on its way. */
export interface ExerciseSearch {
  items: ExerciseView[] | null;
  pending: boolean;
  error: ApiError | null;
  retry: () => void;
}

/**
 * Exercises matching `query`, asked for `delayMs` after the query stops changing (typing), with
 * the previous answer kept on screen until the next one arrives.
 */
export function useExerciseSearch(query: ExerciseQuery, delayMs: number): ExerciseSearch {
  const key = buildQuery(query);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{
    key: string;
    attempt: number;
    items: ExerciseView[] | null;
    error: ApiError | null;
  } | null>(null);
  // The query object is new on every render; keep the one of the current key so the effect
  // below runs only when the query itself changes.
  const [queryForKey, setQueryForKey] = useState({ key, query });
  if (queryForKey.key !== key) setQueryForKey({ key, query });
  const wanted = queryForKey.query;

  useEffect(() => {
    let active = true;
    const timer = window.setTimeout(() => {
      fetchExerciseList(wanted).then(
        (items) => {
          if (active) setSettled({ key, attempt, items, error: null });
        },
        (error: unknown) => {
          if (active)
            setSettled((last) => ({
              key,
              attempt,
              items: last?.items ?? null,
              error: toApiErrorLike(error),
            }));
        },
      );
    }, delayMs);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [key, wanted, attempt, delayMs]);

  return {
    items: settled?.items ?? null,
    pending: settled === null || settled.key !== key || settled.attempt !== attempt,
    error: settled?.key === key ? settled.error : null,
    retry: () => setAttempt((n) => n + 1),
  };
}
