/**
 * Sends waiting session logs whenever there is a chance: when the app starts, when the device
 * comes back online, when the page is shown again, and every half minute while any wait.
 */
import { useEffect } from 'react';
import { useInterval } from '../../hooks/useInterval.js';
import { outbox } from './outbox.js';
import { settleStoredSessions } from './session-sync.js';
import { browserStorage } from './session-storage.js';

const RETRY_MS = 30_000;

/** Renders nothing; keeps the outbox of the signed-in person moving. */
export function OutboxSync({ userId }: { userId: string }) {
  useEffect(() => {
    settleStoredSessions(userId, Date.now(), outbox, browserStorage());
    const flush = () => void outbox.flush(userId);
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
    if (outbox.waitingCount(userId) > 0) void outbox.flush(userId);
  }, RETRY_MS);
  return null;
}
