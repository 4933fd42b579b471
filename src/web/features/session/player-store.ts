/**
 * A small store around the pure session player: it applies actions, saves the session after
 * every change, and reports the cues between the last moment shown and this one (a countdown
 * second passing is a cue even when the session itself did not change).
 */
import {
  cuesBetween,
  reduceSession,
  viewSession,
  type Cue,
  type PlayerView,
  type SessionAction,
  type SessionState,
} from '../../../core/session-player/index.js';

export interface PlayerStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Applies an action at `nowMs`. */
  dispatch(action: SessionAction, nowMs: number): void;
  /** Who hears about cues (the screen's sounds, voice and announcements). */
  setCueListener(listener: ((cues: Cue[], view: PlayerView) => void) | null): void;
}

/** A store starting at `initial`, calling `save` after every change. */
export function createPlayerStore(
  initial: SessionState,
  save: (state: SessionState) => void,
  nowMs: number,
): PlayerStore {
  let state = initial;
  let shown = viewSession(initial, nowMs);
  const listeners = new Set<() => void>();
  let onCues: ((cues: Cue[], view: PlayerView) => void) | null = null;
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action, at) {
      const next = reduceSession(state, action);
      const view = viewSession(next, at);
      const cues = cuesBetween(shown, view);
      shown = view;
      if (next !== state) {
        state = next;
        save(next);
        listeners.forEach((listener) => listener());
      }
      if (cues.length > 0) onCues?.(cues, view);
    },
    setCueListener(listener) {
      onCues = listener;
    },
  };
}
