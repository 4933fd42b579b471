/**
 * How the app's string keys ("checkins:2026-12-01:2026-12-07") become TanStack Query keys: an
 * array that starts with whose data it is (the person's id, or "anonymous" when signed out), then
 * the string's parts. Pure, so the mapping is tested without a browser.
 */

/** The scope of data fetched while nobody is signed in (the open library pages). */
export const ANONYMOUS_SCOPE = 'anonymous';

/** A query key of the app: `[scope, ...parts]`. */
export type AppQueryKey = readonly [scope: string, ...parts: string[]];

/** The TanStack key for the app's string `key`, fetched for `scope` (a person's id). */
export function toQueryKey(key: string, scope: string): AppQueryKey {
  return [scope, ...key.split(':')];
}

/** The app's string key back from a TanStack key (the parts after the scope, joined again). */
export function keyText(queryKey: readonly unknown[]): string {
  return queryKey.slice(1).map(String).join(':');
}

/** The scope a TanStack key was fetched for. */
export function scopeOf(queryKey: readonly unknown[]): string {
  return String(queryKey[0]);
}

/** True when the query's string key starts with `prefix` (every key matches the empty prefix). */
export function matchesPrefix(queryKey: readonly unknown[], prefix: string): boolean {
  return keyText(queryKey).startsWith(prefix);
}
