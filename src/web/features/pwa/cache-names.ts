/**
 * Names of the service worker's runtime caches. Every runtime cache starts with `pacewise-`:
 * signing out deletes every cache with this prefix and keeps Workbox's precache (the app shell,
 * which holds no personal data). Import from here, never spell the names again.
 */

/** The prefix of every cache that may hold something a signed-in person fetched. */
export const RUNTIME_CACHE_PREFIX = 'pacewise-';

/** Exercise illustrations (built-in drawings and a clinician's own photos), cache-first. */
export const ILLUSTRATION_CACHE = `${RUNTIME_CACHE_PREFIX}illustrations`;

/** True for a cache name that sign-out must delete. */
export function isRuntimeCache(name: string): boolean {
  return name.startsWith(RUNTIME_CACHE_PREFIX);
}
