/**
 * Keeps the signed-in person's query cache in localStorage (TanStack's persister), under a key
 * with their id, for a week, thrown away when the app's version changes. Persisting stops before
 * the device is cleared: a write still waiting in the persister's throttle can no longer land.
 * The persister's code (and the query-core copy it brings) loads on demand, so the first page
 * carries none of it; stopping works at once, even while that code is still loading.
 */
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { version } from '../../../package.json';
import { browserStorage, type KeyValueStore } from '../features/session/session-storage.js';
import { cacheStorageKey, deserializeCache, serializeCache, shouldPersistQuery } from './persisted-cache.js';
import { KEEP_DATA_MS, queryClient } from './query-client.js';

/** Changes with the app's version and with the shape of what is kept (bump the suffix then). */
export const CACHE_BUSTER = `${version}:1`;

/**
 * The persister ships its own patch release of query-core (5.104) next to react-query's (5.108):
 * the same client at run time, two class declarations to the type checker. This is the one place
 * the two meet.
 */
const persistedClient = queryClient as unknown as PersistQueryClientOptions['queryClient'];

let active: { userId: string; stop: () => void; restored: Promise<void> } | null = null;

/** A storage that lets writes through only while `gate.open`. */
function gatedStorage(store: KeyValueStore, gate: { open: boolean }) {
  return {
    getItem: (key: string) => store.getItem(key),
    setItem: (key: string, value: string) => {
      if (gate.open) store.setItem(key, value);
    },
    removeItem: (key: string) => store.removeItem(key),
  };
}

/**
 * Restores `userId`'s kept cache into the client and keeps it up to date from now on; resolves
 * once the restore is done (a missing, old or unreadable copy just restores nothing).
 */
export function startPersisting(userId: string, store = browserStorage()): Promise<void> {
  if (active?.userId === userId) return active.restored;
  stopPersisting();
  if (!store) return Promise.resolve();
  const gate = { open: true };
  let unsubscribe = (): void => undefined;
  const restored = persist(userId, gatedStorage(store, gate), gate).then(([stop, restoring]) => {
    unsubscribe = stop;
    return restoring;
  }).catch(() => undefined);
  active = { userId, restored, stop: () => { gate.open = false; unsubscribe(); } };
  return restored;
}

/**
 * Loads the persister and starts it, unless persisting stopped while it loaded (then it starts
 * nothing and restores nothing); gives the way to stop it and the restore under way.
 */
async function persist(userId: string, storage: ReturnType<typeof gatedStorage>, gate: { open: boolean }) {
  const [{ createSyncStoragePersister }, { persistQueryClient }] = await Promise.all([
    import('@tanstack/query-sync-storage-persister'),
    import('@tanstack/react-query-persist-client'),
  ]);
  if (!gate.open) return [() => undefined, Promise.resolve()] as const;
  const persister = createSyncStoragePersister({
    storage,
    key: cacheStorageKey(userId),
    serialize: serializeCache,
    deserialize: deserializeCache,
    // A full storage drops the copy rather than the app: the device just keeps less.
    retry: () => undefined,
  });
  return persistQueryClient({
    queryClient: persistedClient,
    persister,
    maxAge: KEEP_DATA_MS,
    buster: CACHE_BUSTER,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery(userId) },
  });
}

/** Stops keeping the cache (for `userId` only, when given); what is stored stays until cleared. */
export function stopPersisting(userId?: string): void {
  if (!active || (userId !== undefined && active.userId !== userId)) return;
  active.stop();
  active = null;
}

/** The id of the person whose cache is being kept, if any. */
export function persistingFor(): string | null {
  return active?.userId ?? null;
}
