/**
 * What a pacing quota belongs to (CLINICAL.md §3: "Quota per activity — aerobic minutes;
 * strength reps or sets; session minutes"). The planner reads quotas by these keys; pacing
 * writes them.
 */
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';

/** `aerobic:walking`, `aerobic:cycling` … `aerobic:other`; `strength:<first id of its chain>`; `session`. */
export type ActivityKey = `aerobic:${string}` | `strength:${string}` | 'session';

export type QuotaUnit = 'minutes' | 'reps' | 'sets';

/** The mode pacing is in: normal; flare (quotas halved, gentle days); rebuild (back to the pre-flare quota, one step per active day). */
export type PacingMode = 'normal' | 'flare' | 'rebuild';

/** One quota as the planner needs it. */
export interface QuotaView {
  activity: ActivityKey;
  unit: QuotaUnit;
  /** Minutes for aerobic and session quotas; reps per set for strength. */
  value: number;
  /** For strength: the variant in the chain the person is on now, and how many sets. */
  exerciseId?: string;
  sets?: number;
  baseline?: number;
}

/** What the planner needs from pacing: the mode and the current quotas. */
export interface PacingView {
  mode: PacingMode;
  quotas: QuotaView[];
  /** In rebuild mode: what is being rebuilt after (a flare, or a break of 14 days or more). */
  rebuildAfter?: 'flare' | 'break';
  /** In flare mode only: the day the flare began and the last day of flare mode (a new sign may push it on). */
  flareSince?: LocalDate;
  flareUntil?: LocalDate;
}

/** The quota key of an exercise, or null for pillars paced by the session quota only. */
export function activityKeyOf(exercise: Exercise, byId: ReadonlyMap<string, Exercise>): ActivityKey | null {
  switch (exercise.pillar) {
    case 'aerobic':
      return `aerobic:${exercise.activity ?? 'other'}`;
    case 'strengthening':
      return `strength:${chainRootOf(exercise, byId).id}`;
    case 'stretching':
    case 'mind_body':
      return null;
  }
}

/** The easiest exercise of the chain an exercise belongs to. */
export function chainRootOf(exercise: Exercise, byId: ReadonlyMap<string, Exercise>): Exercise {
  let current = exercise;
  const seen = new Set<string>([current.id]);
  while (current.easier) {
    const easier = byId.get(current.easier);
    if (!easier || seen.has(easier.id)) break;
    seen.add(easier.id);
    current = easier;
  }
  return current;
}
