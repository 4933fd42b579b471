/**
 * What pacing must know of a person besides their events: which exercises they can do (a strength
 * chain moves only to variants that suit them) and their minutes a day (the day's session quota
 * starts and stops there). The server's replays and the simulation build it here, the same way,
 * so the same events always give the same state.
 */
import type { Exercise } from '../library/exercise.js';
import type { PacingContext } from '../pacing/types.js';
import { prescribedProfile } from '../prescription/resolve.js';
import type { Prescription } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import { eligibilityFor } from './eligibility.js';

/**
 * Pacing's context for a person, without the day (`today`) it is replayed to. With a clinician's
 * prescription (issue 11), its minutes a day are the day's ceiling and pacing honours its sets,
 * caps and rise.
 */
export function pacingContextFor(
  exercises: ReadonlyMap<string, Exercise>,
  profile: Profile | null,
  prescription?: Prescription,
): Omit<PacingContext, 'today'> {
  const given = prescription && prescription.length > 0 ? { prescription } : {};
  if (!profile) return { exercises, ...given };
  const prescribed = prescribedProfile(profile, prescription);
  return { exercises, canDo: eligibilityFor(profile), dayMinutes: prescribed.minutesPerDay, ...given };
}
