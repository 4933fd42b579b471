// What is kept on the device: which keys (a person's day-to-day data only, never another person's,
// exports, reports or security), that only answers are kept (a failed refetch keeps the answer,
// not the failure), that the library's Map survives the round trip, and when it was saved.
import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { deserializeCache, isPersistedKey, lastSavedAtMs, serializeCache, shouldPersistQuery } from './persisted-cache.js';
import { toQueryKey } from './query-key.js';

describe('isPersistedKey', () => {
  it.each([
    ['my-plan', true],
    ['pacing', true],
    ['profile', true],
    ['profile+draft', true],
    ['safety', true],
    ['checkins:2026-11-06:2026-12-06', true],
    ['checkin:c1', true],
    ['exercises:all', true],
    ['exercise:side-bend', true],
    ['exercises:aerobic', true],
    ['library:own-equipment', true],
    // Each search's list stays in memory only: offline, the whole library kept answers any search.
    ['exercise-list:?q=wall', false],
    ['exercise-list:', false],
    ['q-due', true],
    ['lessons', true],
    ['security', false],
    ['insights:2026-11-06:2026-12-06', false],
    ['q-history', false],
    ['my-notes-home', false],
    ['admin:settings', false],
    ['patient:p1', false],
    ['caseload', false],
  ])('%s is kept: %s', (key, kept) => {
    expect(isPersistedKey(toQueryKey(key, 'u1'), 'u1')).toBe(kept);
  });

  it('never keeps another person\'s or signed-out data in a person\'s copy', () => {
    expect(isPersistedKey(toQueryKey('my-plan', 'u2'), 'u1')).toBe(false);
    expect(isPersistedKey(toQueryKey('exercises:all', 'anonymous'), 'u1')).toBe(false);
  });
});

function persisted(client: QueryClient, userId: string): PersistedClient {
  return { timestamp: 1, buster: 'b', clientState: dehydrate(client, { shouldDehydrateQuery: shouldPersistQuery(userId) }) };
}

describe('serializeCache', () => {
  it('keeps the answers of a person\'s day-to-day keys and restores them, Maps included', () => {
    const client = new QueryClient();
    const library = new Map([['side-bend', { id: 'side-bend', name: 'Side bend' }]]);
    client.setQueryData(toQueryKey('exercises:all', 'u1'), library);
    client.setQueryData(toQueryKey('my-plan', 'u1'), { kind: 'ready' });
    client.setQueryData(toQueryKey('security', 'u1'), { sessions: [] });
    client.setQueryData(toQueryKey('my-plan', 'u2'), { kind: 'ready', other: true });
    const restored = new QueryClient();
    hydrate(restored, deserializeCache(serializeCache(persisted(client, 'u1'))).clientState);
    const keys = restored.getQueryCache().getAll().map((query) => query.queryKey.join(':'));
    expect(keys.sort()).toEqual(['u1:exercises:all', 'u1:my-plan']);
    expect(restored.getQueryData(toQueryKey('exercises:all', 'u1'))).toEqual(library);
  });

  it('keeps the answer of a query whose refetch failed, as a plain answer', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const key = toQueryKey('my-plan', 'u1');
    client.setQueryData(key, { kind: 'ready' });
    await client.fetchQuery({ queryKey: key, staleTime: 0, queryFn: () => Promise.reject(new ApiError(0, 'network_error', 'offline')) }).catch(() => undefined);
    expect(client.getQueryState(key)?.status).toBe('error');
    const text = serializeCache(persisted(client, 'u1'));
    expect(text).not.toContain('offline');
    const restored = new QueryClient();
    hydrate(restored, deserializeCache(text).clientState);
    expect(restored.getQueryState(key)).toMatchObject({ status: 'success', error: null, data: { kind: 'ready' } });
  });

  it.each(['', 'not json', '{"timestamp":"x"}', '{"timestamp":1,"buster":"b","clientState":{}}'])(
    'refuses an unreadable copy: %s',
    (text) => {
      expect(() => deserializeCache(text)).toThrow();
    },
  );
});

describe('lastSavedAtMs', () => {
  const at = (key: string, scope: string, dataUpdatedAt: number, data: unknown = {}) => ({
    queryKey: toQueryKey(key, scope),
    state: { data, dataUpdatedAt },
  });

  it('is the newest kept answer of the person', () => {
    const queries = [at('my-plan', 'u1', 100), at('checkins:a:b', 'u1', 300), at('security', 'u1', 900), at('my-plan', 'u2', 800)];
    expect(lastSavedAtMs(queries, 'u1')).toBe(300);
  });

  it('is null with nothing kept', () => {
    const pending = { queryKey: toQueryKey('my-plan', 'u1'), state: { data: undefined, dataUpdatedAt: 0 } };
    expect(lastSavedAtMs([pending, at('security', 'u1', 5)], 'u1')).toBeNull();
  });
});
