/** Hooks for the current location and page. */
import { useSyncExternalStore } from 'react';
import { getLocation, subscribe, type AppLocation } from './history.js';
import { findRoute, type RouteMatch } from './match-route.js';

/** The current location, re-rendering on every navigation. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, getLocation, getLocation);
}

/** The page matching the current path, or `null` when none does. */
export function useRoute(): RouteMatch | null {
  return findRoute(useLocation().pathname);
}

/** One query-string value of the current location. */
export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}
