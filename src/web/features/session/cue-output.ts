/**
 * Sounds and spoken cues for a guided session, both off until the person turns them on: short
 * Web Audio beeps, and words through speech synthesis where the browser has it. Anything missing
 * or refused is silently left out; the screen and its announcements carry every cue anyway.
 */
import { browserStorage } from './session-storage.js';

/** What the person chose to hear. */
export interface CuePrefs {
  sound: boolean;
  voice: boolean;
}

const PREFS_KEY = 'pacewise.cues.v1';
export const NO_CUES: CuePrefs = { sound: false, voice: false };

/** The saved choice, or both off. */
export function loadCuePrefs(): CuePrefs {
  try {
    const value: unknown = JSON.parse(browserStorage()?.getItem(PREFS_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return NO_CUES;
    const v = value as Partial<CuePrefs>;
    return { sound: v.sound === true, voice: v.voice === true };
  } catch {
    return NO_CUES;
  }
}

/** Remembers the choice for the next session. */
export function saveCuePrefs(prefs: CuePrefs): void {
  try {
    browserStorage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Only the memory of the choice is lost.
  }
}

/** True when this browser can speak. */
export function canSpeak(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance === 'function'
  );
}

/** True when this browser can beep. */
export function canBeep(): boolean {
  return typeof window !== 'undefined' && typeof window.AudioContext === 'function';
}

let audio: AudioContext | null = null;

/** Opens the audio output; call from a tap (browsers only allow sound after one). */
export function unlockAudio(): void {
  if (!canBeep()) return;
  try {
    audio ??= new AudioContext();
    void audio.resume().catch(() => undefined);
  } catch {
    audio = null;
  }
}

/** A soft beep: `high` for a start, low for a countdown second. */
export function beep(kind: 'high' | 'low'): void {
  if (!audio) return;
  try {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const start = audio.currentTime;
    oscillator.type = 'sine';
    oscillator.frequency.value = kind === 'high' ? 880 : 520;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.3);
  } catch {
    // No sound this time.
  }
}

/** Says `text`, replacing anything still being said. */
export function speak(text: string, lang: string): void {
  if (!canSpeak()) return;
  try {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  } catch {
    // Nothing said this time.
  }
}

/** Stops anything being said (when a session is left). */
export function hush(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
