/**
 * Leaves the device clean when a person signs out, is signed out, or deletes the account: the
 * query cache and its kept copy, the remembered account, the sync queue (clearSyncData, in memory
 * too), guided sessions and tests under way, every other `pacewise` key in local and session
 * storage, `pacewise` IndexedDB databases, the service worker's `pacewise-` caches, and this
 * browser's push subscription.
 * Other features that keep something for a person on the device use the `pacewise` prefix, and
 * may add a step that must run first with `onBeforeSignOut`.
 */
import { scopeOf } from '../data/query-key.js';
import { queryClient } from '../data/query-client.js';
import { stopPersisting } from '../data/query-persistence.js';
import { browserStorage, type KeyValueStore } from '../features/session/session-storage.js';
import { clearSyncData } from '../sync/synced.js';

/** The prefix of every storage key and IndexedDB database the app makes. */
export const APP_PREFIX = 'pacewise';
/** The prefix of the service worker's runtime caches (the app shell's precache holds no one's data). */
export const CACHE_PREFIX = 'pacewise-';
/** How long a step added with `onBeforeSignOut` may take before the clearing goes on without it. */
export const HOOK_TIMEOUT_MS = 3_000;

/** What the device holds, as the clearing sees it; tests pass fakes. */
export interface DeviceStores {
  local: KeyValueStore | null;
  session: KeyValueStore | null;
  caches: { keys(): Promise<string[]>; delete(name: string): Promise<boolean> } | null;
  databases: { names(): Promise<string[]>; remove(name: string): Promise<void> } | null;
  push: { unsubscribe(): Promise<void> } | null;
}

type Hook = (userId: string) => Promise<void> | void;
const hooks = new Set<Hook>();
const running = new Map<string, Promise<void>>();

/**
 * Adds a step run before a person's device data is cleared (for example telling the server to
 * forget this browser's push subscription). On a sign-out it runs while the session still works;
 * after a deletion or an ended session the server will refuse, so a step must not depend on it.
 */
export function onBeforeSignOut(hook: Hook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs the `onBeforeSignOut` steps for `userId` once per sign-out; failures and slow steps do not hold it up. */
export function runBeforeSignOut(userId: string): Promise<void> {
  const known = running.get(userId);
  if (known) return known;
  const run = Promise.all([...hooks].map((hook) => withTimeout(hook(userId)))).then(() => undefined);
  running.set(userId, run);
  return run;
}

/** Removes everything the app stored on this device for `userId` (see the module comment). */
export async function clearDeviceData(userId: string, device: DeviceStores = browserDevice()): Promise<void> {
  // First, in one go: nothing of the person may be written again after this line.
  stopPersisting(userId);
  clearSyncData(userId);
  queryClient.removeQueries({ predicate: (query) => scopeOf(query.queryKey) === userId });
  removeAppKeys(device.local);
  removeAppKeys(device.session);
  try {
    await runBeforeSignOut(userId);
    await Promise.all([unsubscribePush(device), deleteCaches(device), deleteDatabases(device)]);
  } finally {
    running.delete(userId);
  }
}

/** Removes every key that starts with `pacewise` from a storage. */
export function removeAppKeys(store: KeyValueStore | null): void {
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(APP_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => store.removeItem(key));
  } catch {
    // A storage the browser blocks holds nothing of ours either.
  }
}

async function deleteCaches({ caches }: DeviceStores): Promise<void> {
  if (!caches) return;
  const names = await caches.keys().catch(() => []);
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name).catch(() => false)));
}

async function deleteDatabases({ databases }: DeviceStores): Promise<void> {
  if (!databases) return;
  const names = await databases.names().catch(() => []);
  await Promise.all(names.filter((name) => name.startsWith(APP_PREFIX)).map((name) => databases.remove(name).catch(() => undefined)));
}

async function unsubscribePush({ push }: DeviceStores): Promise<void> {
  await push?.unsubscribe().catch(() => undefined);
}

function withTimeout(work: Promise<void> | void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, HOOK_TIMEOUT_MS);
    Promise.resolve(work).catch(() => undefined).finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The browser's own stores (the ones it lacks are left out). */
export function browserDevice(): DeviceStores {
  return {
    local: browserStorage(),
    session: sessionStore(),
    caches: typeof caches === 'undefined' ? null : caches,
    databases: typeof indexedDB === 'undefined' || !('databases' in indexedDB) ? null : {
      names: async () => (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : [])),
      remove: (name) => deleteDatabase(name),
    },
    push: typeof navigator === 'undefined' || !('serviceWorker' in navigator) ? null : { unsubscribe: unsubscribeThisBrowser },
  };
}

function sessionStore(): KeyValueStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // "Blocked" means another tab has it open: it is deleted as soon as that tab lets go.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

async function unsubscribeThisBrowser(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  await subscription?.unsubscribe();
}
