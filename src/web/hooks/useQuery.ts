/**
 * Loads data for a page: the state of one request keyed by `key`, with `reload` to fetch again.
 * TanStack Query does the work (data/query-client.ts): a reload keeps showing the last answer
 * until the new one arrives, the answer is shared by every page asking for the same key, and a
 * 401 signs the person out (the client reports it; the session provider listens).
 */
import { useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSession } from '../features/auth/session-context.js';
import { ANONYMOUS_SCOPE, toQueryKey } from '../data/query-key.js';
import { toApiErrorLike, toQueryState, type QueryState } from '../data/query-state.js';

export type { QueryState } from '../data/query-state.js';
export { toApiErrorLike } from '../data/query-state.js';

/** Whose cached data the pages read now: the signed-in person's id, or the anonymous scope. */
export function useQueryScope(): string {
  const { session } = useSession();
  return session.status === 'signedIn' ? session.account.id : ANONYMOUS_SCOPE;
}

/** The state of `load()`, run again whenever `key` changes or `reload` is called. */
export function useQuery<T>(
  key: string,
  load: () => Promise<T>,
): QueryState<T> & { reload: () => void } {
  const scope = useQueryScope();
  const result = useTanstackQuery({
    queryKey: toQueryKey(key, scope),
    queryFn: async (): Promise<T> => {
      try {
        return await load();
      } catch (error) {
        throw toApiErrorLike(error);
      }
    },
  });
  const { refetch } = result;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { ...toQueryState(result), reload };
}
