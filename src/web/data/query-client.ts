/**
 * The one TanStack QueryClient of the web app and its defaults. Every page asks again on mount, on
 * focus and when the device is back online, showing what it has meanwhile; failures of the network
 * or the server are retried, anything else (a 404, a 422) is an answer and is not. Data is kept a
 * week so the persisted copy (query-persistence.ts) has something to restore.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isTransientError, toApiErrorLike } from './query-state.js';
import { noteAnswer, noteFailure } from './connection.js';

/** How long data is kept, and so how old a persisted copy may be: a week. */
export const KEEP_DATA_MS = 7 * 24 * 60 * 60_000;
/** Attempts after the first one for a network or server failure. */
const MAX_RETRIES = 2;

type Listener = () => void;
const sessionEndedListeners = new Set<Listener>();

/** Calls `listener` when any query is answered 401 "unauthenticated" (the session ended). */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** True when a failed attempt is worth another try: no answer at all, or a 5xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransientError(toApiErrorLike(error));
}

function reportError(error: unknown): void {
  const apiError = toApiErrorLike(error);
  noteFailure(apiError);
  if (apiError.status === 401 && apiError.code === 'unauthenticated') {
    sessionEndedListeners.forEach((listener) => listener());
  }
}

/** Makes a client with the app's defaults (tests make their own). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportError, onSuccess: noteAnswer }),
    defaultOptions: {
      queries: {
        // Every page shows what it has at once and asks again in the background: writes made
        // before the sync module did not announce themselves, and pages expect fresh data on mount.
        staleTime: 0,
        gcTime: KEEP_DATA_MS,
        retry: shouldRetry,
        refetchOnReconnect: true,
        refetchOnWindowFocus: true,
        networkMode: 'offlineFirst',
      },
    },
  });
}

/** The app's client. */
export const queryClient = createQueryClient();
