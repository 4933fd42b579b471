/**
 * What of the query cache is kept on the device, and how it is written: pure, so it is tested
 * without a browser. Only what a person needs day to day offline is kept (today and the week,
 * pacing, the profile, check-ins, the library, a due questionnaire, lessons, safety); never
 * exports, reports, security pages or another person's data. Only answers are kept, never failures.
 */
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { keyText, scopeOf } from './query-key.js';

/** The first part of every string key kept on the device. */
export const PERSISTED_KEYS: ReadonlySet<string> = new Set([
  'my-plan',
  'pacing',
  'profile',
  'profile+draft',
  'safety',
  'checkins',
  'checkin',
  // The whole library and the exercises opened; a search's list ('exercise-list') is not kept,
  // as the device filters the whole library for any search when there is no network.
  'exercises',
  'exercise',
  'library',
  'q-due',
  'lessons',
]);

const CACHE_PREFIX = 'pacewise.cache.v1';

/** The storage key of a person's kept cache. */
export function cacheStorageKey(userId: string): string {
  return `${CACHE_PREFIX}:${userId}`;
}

/** True when a query of `queryKey` is kept on the device for `userId`. */
export function isPersistedKey(queryKey: readonly unknown[], userId: string): boolean {
  const first = keyText(queryKey).split(':')[0] ?? '';
  return scopeOf(queryKey) === userId && PERSISTED_KEYS.has(first);
}

/** The parts of a TanStack query the choice reads. */
export interface QueryLike {
  queryKey: readonly unknown[];
  state: { data: unknown };
}

/** The `shouldDehydrateQuery` for a person: their day-to-day keys that hold an answer. */
export function shouldPersistQuery(userId: string): (query: QueryLike) => boolean {
  return (query) => query.state.data !== undefined && isPersistedKey(query.queryKey, userId);
}

const MAP_TAG = '__pacewiseMap';

function isTaggedMap(value: unknown): value is { [MAP_TAG]: [unknown, unknown][] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)[MAP_TAG]);
}

/** Keeps a query's answer and when it came, as a plain success: a failure is not worth keeping. */
function answerOnly(query: PersistedClient['clientState']['queries'][number]) {
  const { queryKey, queryHash, state, dehydratedAt, meta } = query;
  return {
    queryKey,
    queryHash,
    dehydratedAt,
    ...(meta ? { meta } : {}),
    state: {
      ...state,
      status: 'success' as const,
      fetchStatus: 'idle' as const,
      error: null,
      errorUpdateCount: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      isInvalidated: false,
    },
  };
}

/** The text kept in storage: answers only, with Maps (the library index) written as entries. */
export function serializeCache(client: PersistedClient): string {
  const kept: PersistedClient = {
    ...client,
    clientState: { mutations: [], queries: client.clientState.queries.map(answerOnly) },
  };
  return JSON.stringify(kept, (_key, value: unknown) =>
    value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value,
  );
}

/** Reads the kept text back (Maps included); anything unreadable throws and is thrown away. */
export function deserializeCache(text: string): PersistedClient {
  const value: unknown = JSON.parse(text, (_key, inner: unknown) =>
    isTaggedMap(inner) ? new Map(inner[MAP_TAG]) : inner,
  );
  if (!isPersistedClient(value)) throw new Error('The kept cache is not readable.');
  return value;
}

function isPersistedClient(value: unknown): value is PersistedClient {
  if (typeof value !== 'object' || value === null) return false;
  const { timestamp, buster, clientState } = value as Record<string, unknown>;
  return typeof timestamp === 'number' && typeof buster === 'string'
    && typeof clientState === 'object' && clientState !== null
    && Array.isArray((clientState as Record<string, unknown>).queries);
}

/** When the newest of `userId`'s kept answers arrived (ms), or `null` when none is kept. */
export function lastSavedAtMs(
  queries: readonly (QueryLike & { state: { dataUpdatedAt: number } })[],
  userId: string,
): number | null {
  const times = queries
    .filter((query) => query.state.data !== undefined && isPersistedKey(query.queryKey, userId))
    .map((query) => query.state.dataUpdatedAt);
  return times.length > 0 ? Math.max(...times) : null;
}
