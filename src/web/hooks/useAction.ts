/**
 * Runs a request a person started (save, delete): tracks whether it is under way, keeps its
 * error, ignores a second start while the first runs, and signs out on a 401.
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.js';
import { useSession } from '../features/auth/session-context.js';
import { toApiErrorLike } from './useQuery.js';

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  pending: boolean;
  error: ApiError | null;
  clearError: () => void;
}

/** Wraps an async action; `run` resolves `undefined` when it failed or was already running. */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): Action<A, R> {
  const { markSignedOut } = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        return await action(...args);
      } catch (caught) {
        const apiError = toApiErrorLike(caught);
        if (apiError.status === 401 && apiError.code === 'unauthenticated') markSignedOut();
        setError(apiError);
        return undefined;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [action, markSignedOut],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
