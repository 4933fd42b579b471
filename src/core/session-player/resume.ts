/**
 * Coming back to a session after a reload or a closed tab: reading a stored session safely,
 * pausing it where it was last seen (time while the page was closed is not counted as done),
 * and closing a session left for good as a partial one, honestly.
 */
import { reduceSession } from './player.js';
import { pauseItem } from './items.js';
import type { SessionState } from './types.js';

export { isSessionState } from './stored-state.js';

/** A session untouched for this long was left: it is saved as partial, not resumed. */
export const ABANDONED_AFTER_MS = 12 * 60 * 60_000;

/**
 * The session as it was when last seen, paused so the person carries on when ready. A clock
 * that was running counts only up to the last moment the page saw it.
 */
export function resumeSession(state: SessionState): SessionState {
  if (state.stage !== 'playing') return state;
  const item = state.items[state.current];
  if (!item || item.phase !== 'playing') return state;
  const seen = Math.max(state.lastSeenMs, item.runningSinceMs ?? state.lastSeenMs);
  const items = state.items.map((old, index) =>
    index === state.current ? pauseItem(old, seen) : old,
  );
  return { ...state, items, paused: true };
}

/** True when a session was started but not finished, and not touched for a long time. */
export function isAbandoned(state: SessionState, nowMs: number): boolean {
  return state.stage !== 'finished' && nowMs - state.lastSeenMs >= ABANDONED_AFTER_MS;
}

/**
 * Closes a session left for good, as of when it was last seen: the exercise under way keeps what
 * was done, the rest count as skipped, and it is marked partial. A session never started (no
 * pain-before answer) has nothing to save and stays as it is.
 */
export function closeAbandoned(state: SessionState): SessionState {
  const at = state.lastSeenMs;
  const resumed = resumeSession(state);
  const ended =
    resumed.stage === 'playing'
      ? reduceSession({ ...resumed, paused: false }, { type: 'end', why: 'left', nowMs: at })
      : resumed;
  return ended.stage === 'after' ? { ...ended, stage: 'finished', finishedAtMs: at } : ended;
}
