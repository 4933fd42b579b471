/** Finds out who is signed in when the app starts and keeps it up to date. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account } from '../../../contract/account.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { onSessionEnded, queryClient } from '../../data/query-client.js';
import { SessionContext, type SessionState, type SessionValue } from './session-context.js';

/** Provides the session; asks `GET /api/me` once at start and on `refresh`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    callApi('getMe').then(
      (account) => active && setSession({ status: 'signedIn', account }),
      (error: unknown) => {
        if (!active) return;
        const signedOut = isApiError(error) && error.status === 401;
        setSession({ status: signedOut ? 'signedOut' : 'error' });
      },
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  const setAccount = useCallback(
    (account: Account) => setSession({ status: 'signedIn', account }),
    [],
  );
  const markSignedOut = useCallback(() => {
    queryClient.clear();
    setSession({ status: 'signedOut' });
  }, []);
  // A query answered 401: the session ended on the server.
  useEffect(() => onSessionEnded(markSignedOut), [markSignedOut]);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo<SessionValue>(
    () => ({ session, setAccount, markSignedOut, refresh }),
    [session, setAccount, markSignedOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
