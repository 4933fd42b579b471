/**
 * Tidying sessions kept on this device when the app starts: a session left for many hours is
 * closed as a partial one and queued; a finished session the outbox never got is queued; old
 * finished sessions are forgotten.
 */
import {
  buildSessionLog,
  closeAbandoned,
  isAbandoned,
  type SessionLogBody,
} from '../../../core/session-player/index.js';
import {
  KEEP_FINISHED_MS,
  listSessions,
  removeSession,
  saveSession,
  type KeyValueStore,
} from './session-storage.js';

/** Where finished sessions are queued: the sync module's queue, named by the log's clientId. */
export interface SessionQueue {
  has(userId: string, key: string): boolean;
  enqueue(userId: string, body: SessionLogBody): void;
}

/** Closes, queues and forgets stored sessions of `userId` as of `nowMs`. */
export function settleStoredSessions(
  userId: string,
  nowMs: number,
  outbox: SessionQueue,
  store: KeyValueStore | null,
): void {
  for (const { key, state } of listSessions(userId, store)) {
    const settled = isAbandoned(state, nowMs) ? closeAbandoned(state) : state;
    if (settled.stage !== 'finished') {
      if (settled.stage === 'before' && isAbandoned(state, nowMs)) removeSession(key, store);
      continue;
    }
    if (settled !== state) saveSession(key, settled, store);
    const body = buildSessionLog(settled);
    if (body && !outbox.has(userId, body.clientId)) outbox.enqueue(userId, body);
    if (nowMs - (settled.finishedAtMs ?? nowMs) > KEEP_FINISHED_MS) removeSession(key, store);
  }
}
