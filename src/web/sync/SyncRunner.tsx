/**
 * Keeps the signed-in person's writes moving: sends when the app starts, when the device comes
 * back online, when the page is shown again, and every few seconds while any wait (each write
 * waiting out its own back-off). Shows what the person must know about writes that failed.
 */
import { useEffect } from 'react';
import { useInterval } from '../hooks/useInterval.js';
import { settleStoredSessions } from '../features/session/session-sync.js';
import { browserStorage } from '../features/session/session-storage.js';
import { logSession, sync } from './sync.js';
import { SyncNotices } from './SyncNotices.js';

const TICK_MS = 5_000;

/** The runner and the notices of the person `userId`. */
export function SyncRunner({ userId }: { userId: string }) {
  useEffect(() => {
    settleStoredSessions(userId, Date.now(), { has: (u, key) => sync.has(u, key), enqueue: logSession }, browserStorage());
    const flush = () => void sync.flush(userId);
    const onVisible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    flush();
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [userId]);
  useInterval(() => {
    if (sync.waitingCount(userId) > 0) void sync.flush(userId, false);
  }, TICK_MS);
  return <SyncNotices userId={userId} />;
}
