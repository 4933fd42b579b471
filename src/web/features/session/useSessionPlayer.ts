/**
 * A guided session on screen: the state (saved after every step), the current time while a clock
 * runs, a way to act, the screen kept awake, and cues turned into an announcement, beeps and
 * spoken words as the person chose.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  isTicking,
  type SessionAction,
  type SessionState,
} from '../../../core/session-player/index.js';
import { useInterval } from '../../hooks/useInterval.js';
import { useWakeLock } from '../../hooks/useWakeLock.js';
import { useLanguage, useMessages } from '../../i18n/useMessages.js';
import { beep, hush, speak, type CuePrefs } from './cue-output.js';
import { describeCue } from './cue-words.js';
import { sessionMessages } from './messages.js';
import { createPlayerStore, type PlayerStore } from './player-store.js';
import { saveSession } from './session-storage.js';

/** How often a running clock ticks: often enough for a smooth countdown and breath. */
const TICK_MS = 250;

/** Makes an action at the time it happens. */
export type Act = (make: (nowMs: number) => SessionAction) => void;

/** The player of one session, saved under `storageKey`. */
export function useSessionPlayer(storageKey: string, initial: SessionState) {
  const [store] = useState(() =>
    createPlayerStore(initial, (next) => saveSession(storageKey, next), Date.now()),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const [now, setNow] = useState(() => Date.now());
  const act = useCallback<Act>(
    (make) => {
      const at = Date.now();
      setNow(at);
      store.dispatch(make(at), at);
    },
    [store],
  );
  useInterval(() => act((nowMs) => ({ type: 'tick', nowMs })), isTicking(state) ? TICK_MS : null);
  useWakeLock(state.stage === 'playing');
  return { state, now, act, store };
}

/** The latest announcement, and sounds and words for each cue as `prefs` allow. */
export function useSessionCues(
  store: PlayerStore,
  prefs: CuePrefs,
): { text: string; count: number } {
  const m = useMessages(sessionMessages);
  const lang = useLanguage();
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  useEffect(() => {
    store.setCueListener((cues) => {
      for (const cue of cues) {
        const out = describeCue(cue, m);
        if (out.announce)
          setAnnouncement((last) => ({ text: out.announce ?? '', count: last.count + 1 }));
        if (prefs.sound && out.beep) beep(out.beep);
        if (prefs.voice && out.say) speak(out.say, lang);
      }
    });
    return () => store.setCueListener(null);
  }, [store, m, lang, prefs]);
  useEffect(() => hush, []);
  return announcement;
}
