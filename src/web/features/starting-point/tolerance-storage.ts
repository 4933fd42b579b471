/**
 * The tolerance test under way, kept on this device like a guided session, so a reload or a
 * closed tab picks up the running clock. One test per person; storage that is full or switched
 * off only loses the ability to resume.
 */
import { isToleranceRun, type ToleranceRun } from '../../../core/tolerance/run.js';
import { browserStorage, type KeyValueStore } from '../session/session-storage.js';

const PREFIX = 'pacewise.tolerance.v1';

/** The key of a person's test. */
export function toleranceKey(userId: string): string {
  return `${PREFIX}:${userId}`;
}

/** The stored test of a person, or null for none (or anything unreadable). */
export function loadRun(userId: string, store: KeyValueStore | null = browserStorage()): ToleranceRun | null {
  try {
    const raw = store?.getItem(toleranceKey(userId));
    const value: unknown = raw ? JSON.parse(raw) : null;
    return isToleranceRun(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a test after each change (start, stop). */
export function saveRun(userId: string, run: ToleranceRun, store: KeyValueStore | null = browserStorage()): void {
  try {
    store?.setItem(toleranceKey(userId), JSON.stringify(run));
  } catch {
    // The test goes on; it just cannot be resumed after a reload.
  }
}

/** Forgets a test: once saved to the outbox, or to start again. */
export function removeRun(userId: string, store: KeyValueStore | null = browserStorage()): void {
  try {
    store?.removeItem(toleranceKey(userId));
  } catch {
    // As above.
  }
}
