/**
 * Recognising a session kept on this device, on its own so that code which only lists or clears
 * stored sessions does not carry the player's rules with it.
 */
import type { SessionState } from './types.js';

const STAGES = new Set(['before', 'playing', 'after', 'finished']);

/** True when `value` looks like a stored session of this version (from our own storage). */
export function isSessionState(value: unknown): value is SessionState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SessionState, unknown>>;
  return (
    v.version === 1 &&
    typeof v.clientId === 'string' &&
    typeof v.date === 'string' &&
    typeof v.slot === 'string' &&
    typeof v.stage === 'string' &&
    STAGES.has(v.stage) &&
    Array.isArray(v.items) &&
    v.items.length > 0 &&
    typeof v.current === 'number' &&
    typeof v.lastSeenMs === 'number'
  );
}
