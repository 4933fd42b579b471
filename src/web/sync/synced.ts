/**
 * This browser's kept writes, for pages that only read them (home, the check-in list) and for
 * sign-out; the writes themselves go through `sync.ts`, loaded with the pages that make them.
 */
import { browserStorage, listSessions, removeSession } from '../features/session/session-storage.js';
import { SyncView } from './sync-view.js';

/** The writes kept in this browser, shared with the queue that sends them (`sync.ts`). */
export const syncView = new SyncView(browserStorage);

/**
 * Forgets every write kept for `userId` on this device — the queue and the guided sessions not yet
 * sent — for sign-out and account deletion. Only they call it: anywhere else it would lose writes.
 */
export function clearSyncData(userId: string): void {
  syncView.clear(userId);
  const store = browserStorage();
  for (const { key } of listSessions(userId, store)) removeSession(key, store);
}
