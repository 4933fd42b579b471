/**
 * Loads data for a page: the state of one request keyed by `key`, with `reload` to fetch again.
 * A reload keeps showing the last answer until the new one arrives. A 401 signs the person out.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isApiError } from '../api/api-error.js';
import { useSession } from '../features/auth/session-context.js';
import { onRefresh } from '../data/cache.js';

export type QueryState<T> =
  { status: 'loading' } | { status: 'success'; data: T } | { status: 'error'; error: ApiError };

/** Wraps anything thrown into an ApiError so screens have one kind of error to show. */
export function toApiErrorLike(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return new ApiError(
    0,
    'unexpected_response',
    error instanceof Error ? error.message : 'Unknown error',
  );
}

/** The state of `load()`, run again whenever `key` changes or `reload` is called. */
export function useQuery<T>(
  key: string,
  load: () => Promise<T>,
): QueryState<T> & { reload: () => void } {
  const { markSignedOut } = useSession();
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<{
    key: string;
    version: number;
    state: QueryState<T>;
  } | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let active = true;
    loadRef.current().then(
      (data) => {
        if (active) setSettled({ key, version, state: { status: 'success', data } });
      },
      (error: unknown) => {
        if (!active) return;
        const apiError = toApiErrorLike(error);
        if (apiError.status === 401 && apiError.code === 'unauthenticated') markSignedOut();
        setSettled({ key, version, state: { status: 'error', error: apiError } });
      },
    );
    return () => {
      active = false;
    };
  }, [key, version, markSignedOut]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => onRefresh((prefix) => {
    if (key.startsWith(prefix)) reload();
  }), [key, reload]);
  const state: QueryState<T> =
    settled && settled.key === key ? settled.state : { status: 'loading' };
  return { ...state, reload };
}
