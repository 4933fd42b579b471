/**
 * Guided sessions kept on this device, so a reload or a closed tab picks up where the person was:
 * one entry per person, day and time of day, written after every step. Storage that is full or
 * switched off never stops a session; it only loses the ability to resume.
 */
import { isSessionState } from '../../../core/session-player/stored-state.js';
import type { SessionState } from '../../../core/session-player/index.js';

const PREFIX = 'pacewise.session.v1';
/** Finished sessions are kept this long (to show "done" on the plan), then forgotten. */
export const KEEP_FINISHED_MS = 8 * 24 * 60 * 60_000;

/** The subset of `Storage` this module uses; tests pass a map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** The browser's local storage, or `null` where it is missing or blocked. */
export function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The key of one session: person, day and time of day. */
export function sessionKey(userId: string, date: string, slot: string): string {
  return `${PREFIX}:${userId}:${date}:${slot}`;
}

/** Reads a stored session; anything unreadable counts as none. */
export function loadSession(key: string, store = browserStorage()): SessionState | null {
  try {
    const raw = store?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isSessionState(value) ? value : null;
  } catch {
    return null;
  }
}

/** Writes a session after a step; a full or blocked storage is not the person's problem. */
export function saveSession(key: string, state: SessionState, store = browserStorage()): void {
  try {
    store?.setItem(key, JSON.stringify(state));
  } catch {
    // Nothing to do: the session goes on, it just cannot be resumed after a reload.
  }
}

/** Forgets a session (to start it again). */
export function removeSession(key: string, store = browserStorage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // As above.
  }
}

/** Every stored session of a person, with its key. */
export function listSessions(
  userId: string,
  store = browserStorage(),
): { key: string; state: SessionState }[] {
  if (!store) return [];
  const prefix = `${PREFIX}:${userId}:`;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys.flatMap((key) => {
    const state = loadSession(key, store);
    return state ? [{ key, state }] : [];
  });
}

/** Where a stored session stands, as the plan shows it. */
export type SessionMark = 'inProgress' | 'done' | null;

/** "Resume" for a session under way (started, not finished); "done" for a finished one. */
export function markOf(state: SessionState | null): SessionMark {
  if (!state) return null;
  if (state.stage === 'finished') return 'done';
  return state.stage === 'playing' || state.stage === 'after' ? 'inProgress' : null;
}
