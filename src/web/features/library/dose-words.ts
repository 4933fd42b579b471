/** A dose (an exercise's default, or a plan item's) as one sentence a person reads. */
import type { Pillar } from '../../../core/library/exercise.js';
import type { LibraryWords } from './messages.js';

/** The dose fields of an exercise or a plan item; `perSide` when each side is done in turn. */
export interface DoseLike {
  sets?: number | undefined;
  reps?: number | undefined;
  holdSeconds?: number | undefined;
  minutes?: number | undefined;
  perSide?: boolean | undefined;
}

/**
 * "2 sets of 10 slow repetitions", "Hold 20 seconds, 3 times on each side", "10 minutes at an
 * easy pace: you can talk but not sing"; `null` when the dose says nothing.
 */
export function describeDose(
  dose: DoseLike,
  pillar: Pillar,
  words: LibraryWords['dose'],
): string | null {
  const main = describeMain(dose, pillar, words);
  if (main === null) return null;
  return dose.perSide ? `${main} ${words.perSide}` : main;
}

function describeMain(dose: DoseLike, pillar: Pillar, words: LibraryWords['dose']): string | null {
  const { sets, reps, holdSeconds, minutes } = dose;
  if (minutes !== undefined) {
    return pillar === 'aerobic' ? words.minutesAerobic(minutes) : words.minutes(minutes);
  }
  if (sets !== undefined) {
    const base = reps !== undefined ? words.sets(sets, reps) : words.setsOnly(sets);
    return holdSeconds !== undefined ? `${base}, ${words.holdEach(holdSeconds)}` : base;
  }
  if (holdSeconds !== undefined) return words.hold(holdSeconds, reps ?? 1);
  if (reps !== undefined) return words.reps(reps);
  return null;
}
