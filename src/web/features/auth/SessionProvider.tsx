/**
 * Finds out who is signed in when the app starts and keeps it up to date. The device's side (its
 * kept data, opening offline, clearing) is data/device-session.ts; this keeps React's state.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Account } from '../../../contract/account.js';
import { callApi } from '../../api/client.js';
import { isOffline, onConnectionChange } from '../../data/connection.js';
import { closeDeviceSession, openDeviceSession, startSession } from '../../data/device-session.js';
import { onSessionEnded } from '../../data/query-client.js';
import { SessionContext, type SessionState, type SessionValue } from './session-context.js';

/** While the app works from the device's copy, how often it asks the server again. */
const OFFLINE_RETRY_MS = 30_000;

/** Provides the session; asks `GET /api/me` at start, on `refresh`, and when back online. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const userId = useRef<string | null>(null);
  useEffect(() => {
    userId.current = session.status === 'signedIn' ? session.account.id : null;
  }, [session]);

  useEffect(() => {
    let active = true;
    void startSession(() => callApi('getMe')).then((result) => {
      if (active) setSession(result);
    });
    return () => {
      active = false;
    };
  }, [attempt]);

  const setAccount = useCallback((account: Account) => {
    void openDeviceSession(account);
    setSession({ status: 'signedIn', account });
  }, []);
  const markSignedOut = useCallback(() => {
    if (userId.current) void closeDeviceSession(userId.current);
    setSession({ status: 'signedOut' });
  }, []);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  // A query answered 401: the session ended on the server.
  useEffect(() => onSessionEnded(markSignedOut), [markSignedOut]);
  useAskAgainWhenOnline(refresh);

  const value = useMemo<SessionValue>(
    () => ({ session, setAccount, markSignedOut, refresh }),
    [session, setAccount, markSignedOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** While offline, asks who is signed in every so often and as soon as any request gets through. */
function useAskAgainWhenOnline(refresh: () => void): void {
  const [offline, setOffline] = useState(isOffline);
  useEffect(() => onConnectionChange(() => {
    const now = isOffline();
    setOffline(now);
    if (!now) refresh();
  }), [refresh]);
  useEffect(() => {
    if (!offline) return;
    const timer = window.setInterval(refresh, OFFLINE_RETRY_MS);
    return () => window.clearInterval(timer);
  }, [offline, refresh]);
}
