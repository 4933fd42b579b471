/**
 * The web app's data cache, as the rest of the app sees it: ask every page's data to be fetched
 * again (after the sync module has sent a write, or when the device comes back online).
 * One module owns how the cache works (TanStack Query, query-client.ts); callers use only these.
 */
import { matchesPrefix, toQueryKey } from './query-key.js';
import { queryClient } from './query-client.js';

/**
 * Fetches again every loaded query whose key starts with `prefix` (all of them by default): the
 * ones on screen now, the others when they are next shown.
 */
export function refreshData(prefix = ''): void {
  void queryClient.invalidateQueries({ predicate: (query) => matchesPrefix(query.queryKey, prefix) });
}

/**
 * Puts what the server has just answered in place of `key`'s data for `scope` (the person's id),
 * so every page shows it at once instead of the answer from before until it fetches again.
 */
export function replaceData<T>(key: string, scope: string, data: T): void {
  queryClient.setQueryData(toQueryKey(key, scope), data);
}
