/**
 * The exercise library from the API, through the app's cache: each list asked for is fetched once
 * and shared (the whole library serves the plan's names and the library's first view), every
 * exercise seen in a list can be shown without asking again, and the whole library is kept on the
 * device for a signed-in person (data/persisted-cache.ts). With no network, a search and an
 * exercise come from that kept list, searched and ranked by the server's own rule (core/library).
 */
import { useEffect, useRef, useState } from 'react';
import type { ExerciseSearch as RankedSearch } from '../../core/library/exercise-search.js';
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

/** The library by id. */
type KeptLibrary = ReadonlyMap<string, ExerciseView>;

/**
 * The whole library as this device has it (kept from an earlier visit, or fetched now), read when
 * an answer is needed rather than when the request began: a request made with no network falls
 * back on it.
 */
function useKeptLibrary(): { readonly current: KeptLibrary | undefined } {
  const index = useExerciseIndex();
  const kept = useRef<KeptLibrary | undefined>(undefined);
  const data = index.status === 'success' ? index.data : undefined;
  useEffect(() => {
    if (data) kept.current = data;
  }, [data]);
  return kept;
}

/** True when the request got no answer at all (no network), not an answer such as a 404. */
function isNoAnswer(error: unknown): boolean {
  const apiError = toApiErrorLike(error);
  return apiError.status === 0 && apiError.code === 'network_error';
}

/** The kept library's search index, built once per kept list. */
const keptIndexes = new WeakMap<KeptLibrary, RankedSearch<ExerciseView>>();

/** The exercises of `kept` matching `query` by the server's rule, or null for a query it refuses. */
async function filterKept(kept: KeptLibrary, query: ExerciseQuery): Promise<ExerciseView[] | null> {
  // The query's rule and the search (MiniSearch) load on demand, never with the first page.
  const [contract, ranked] = await Promise.all([
    import('../../contract/exercise.js'),
    import('../../core/library/exercise-search.js'),
  ]);
  const parsed = contract.ExerciseQuery.safeParse(query);
  if (!parsed.success) return null;
  let index = keptIndexes.get(kept);
  if (!index) {
    index = ranked.buildExerciseSearch([...kept.values()]);
    keptIndexes.set(kept, index);
  }
  return index.find(parsed.data);
}

/** The list for `query` from the API, or, with no network, from the library kept on the device. */
async function listOrKept(query: ExerciseQuery, kept: KeptLibrary | undefined): Promise<ExerciseView[]> {
  try {
    return await fetchExerciseList(query);
  } catch (error) {
    const items = kept && isNoAnswer(error) ? await filterKept(kept, query) : null;
    if (items === null) throw error;
    return items;
  }
}

/** Exercise `id` from the API, or, with no network, from the library kept on the device. */
async function exerciseOrKept(id: string, kept: KeptLibrary | undefined): Promise<ExerciseView | null> {
  try {
    return await fetchExercise(id);
  } catch (error) {
    const found = isNoAnswer(error) ? kept?.get(id) : undefined;
    if (found === undefined) throw error;
    return found;
  }
}

/** One exercise with its easier and harder variants (null where there is none). */
export interface ExerciseWithVariants {
  exercise: ExerciseView;
  easier: ExerciseView | null;
  harder: ExerciseView | null;
}

/** Exercise `id` and its variants; `null` data when there is no such exercise. */
export function useExercise(id: string) {
  const kept = useKeptLibrary();
  return useQuery(`exercise:${id}`, async (): Promise<ExerciseWithVariants | null> => {
    const find = (other: string) => exerciseOrKept(other, kept.current);
    const exercise = await find(id);
    if (!exercise) return null;
    const variant = (other: string | null) => (other ? find(other) : null);
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
 * the previous answer kept on screen until the next one arrives. Each list is in the app's cache
 * for the visit; the device keeps only the whole library, which answers any search offline.
 */
export function useExerciseSearch(query: ExerciseQuery, delayMs: number): ExerciseSearch {
  const key = buildQuery(query);
  // The query object is new on every render; keep the one of the current key so the effect
  // below runs only when the query itself changes.
  const [queryForKey, setQueryForKey] = useState({ key, query });
  if (queryForKey.key !== key) setQueryForKey({ key, query });
  const [asked, setAsked] = useState(queryForKey);
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(queryForKey), delayMs);
    return () => window.clearTimeout(timer);
  }, [queryForKey, delayMs]);
  const kept = useKeptLibrary();
  const list = useQuery(`exercise-list:${asked.key}`, () => listOrKept(asked.query, kept.current));
  const current = list.status === 'success' ? list.data : null;
  const [shown, setShown] = useState<ExerciseView[] | null>(null);
  if (current !== null && current !== shown) setShown(current);
  return {
    items: current ?? shown,
    pending: asked.key !== key || list.status === 'loading',
    error: asked.key === key && list.status === 'error' ? list.error : null,
    retry: list.reload,
  };
}
