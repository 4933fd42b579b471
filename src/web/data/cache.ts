/**
 * The web app's data cache, as the rest of the app sees it: ask every page's data to be fetched
 * again (after the sync module has sent a write, or when the device comes back online).
 * One module owns how the cache works; callers use only these functions.
 */

type Listener = (prefix: string) => void;
const listeners = new Set<Listener>();

/** Calls `listener` whenever data whose key starts with a prefix should be fetched again. */
export function onRefresh(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches again every loaded query whose key starts with `prefix` (all of them by default). */
export function refreshData(prefix = ''): void {
  listeners.forEach((listener) => listener(prefix));
}
