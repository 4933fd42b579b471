/**
 * What pacing must know of a person besides their events: which exercises they can do (a strength
 * chain moves only to variants that suit them) and their minutes a day (the day's session quota
 * starts and stops there). The server's replays and the simulation build it here, the same way,
 * so the same events always give the same state.
 */
import type { Exercise } from '../library/exercise.js';
import type { PacingContext } from '../pacing/types.js';
import type { Profile } from '../profile.js';
import { eligibilityFor } from './eligibility.js';

/** Pacing's context for a person, without the day (`today`) it is replayed to. */
export function pacingContextFor(exercises: ReadonlyMap<string, Exercise>, profile: Profile | null): Omit<PacingContext, 'today'> {
  if (!profile) return { exercises };
  return { exercises, canDo: eligibilityFor(profile), dayMinutes: profile.minutesPerDay };
}
