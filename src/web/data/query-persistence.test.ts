/** The cache persister loads on demand: stopping while it still loads must leave nothing persisted. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../features/session/session.fixtures.js';
import { queryClient } from './query-client.js';
import { toQueryKey } from './query-key.js';
import { persistingFor, startPersisting, stopPersisting } from './query-persistence.js';

afterEach(() => {
  stopPersisting();
  queryClient.clear();
  vi.useRealTimers();
});

describe('query persistence', () => {
  it('keeps nothing when persisting stops before the persister has loaded', async () => {
    vi.useFakeTimers();
    const local = new MemoryStore();
    const restored = startPersisting('u1', local);
    stopPersisting('u1');
    expect(persistingFor()).toBeNull();
    await restored;
    queryClient.setQueryData(toQueryKey('my-plan', 'u1'), { name: 'Ines' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(local.getItem('pacewise.cache.v1:u1')).toBeNull();
  });

  it('keeps the cache once loaded (the control for the test above)', async () => {
    vi.useFakeTimers();
    const local = new MemoryStore();
    await startPersisting('u1', local);
    expect(persistingFor()).toBe('u1');
    queryClient.setQueryData(toQueryKey('my-plan', 'u1'), { name: 'Ines' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(local.getItem('pacewise.cache.v1:u1')).toContain('Ines');
  });
});
