/**
 * An exercise's words for the session it is in (issue 15): a morning session may say "a wake-up
 * stretch before you get up"; an afternoon or evening one says only what is true at any hour.
 */
import type { SlotWords } from './exercise.js';

/** The words of an exercise that a session shows: purpose, breathing and feel. */
export type ShownWords = Required<SlotWords>;

/** The exercise's words for a session at `slot` (morning, afternoon or evening). */
export function wordsForSlot(exercise: ShownWords & { morning?: SlotWords | undefined }, slot: string): ShownWords {
  const base = { purpose: exercise.purpose, breathing: exercise.breathing, feel: exercise.feel };
  if (slot !== 'morning' || !exercise.morning) return base;
  return { ...base, ...definedOf(exercise.morning) };
}

function definedOf(words: SlotWords): SlotWords {
  const out: SlotWords = {};
  for (const key of ['purpose', 'breathing', 'feel'] as const) {
    const value = words[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
