/**
 * The browser history as a small store: the current location, a way to change it, and a count of
 * in-app navigations (so a page knows whether to move focus to its heading).
 */
export interface AppLocation {
  pathname: string;
  search: string;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let current: AppLocation = readLocation();
let navigations = 0;

function readLocation(): AppLocation {
  if (typeof window === 'undefined') return { pathname: '/', search: '' };
  return { pathname: window.location.pathname, search: window.location.search };
}

function update(counts = true): void {
  const next = readLocation();
  if (next.pathname === current.pathname && next.search === current.search) return;
  current = next;
  if (counts) navigations += 1;
  for (const listener of listeners) listener();
}

function onPopState(): void {
  update();
}

/** Subscribes to location changes (back/forward included); returns the unsubscribe. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

/** The current location; the same object until it changes. */
export function getLocation(): AppLocation {
  return current;
}

/** How many in-app navigations have happened since the page loaded. */
export function getNavigationCount(): number {
  return navigations;
}

/**
 * Goes to a same-site path, adding a history entry unless `replace` is set. A `redirect` (such
 * as "not signed in, go to sign-in") is not counted as the person navigating. `keepScroll`
 * leaves the scroll position alone (a page rewriting its own query, such as filters).
 */
export function navigate(
  to: string,
  options: { replace?: boolean; redirect?: boolean; keepScroll?: boolean } = {},
): void {
  if (options.replace || options.redirect) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  update(!options.redirect);
  if (!options.keepScroll) window.scrollTo({ top: 0 });
}
