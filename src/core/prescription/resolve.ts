/**
 * Reading a prescription once: what is excluded, included, set and capped, the person's week as
 * the clinician set it, and the go-ahead the safety screen asks for. Pure; the planner, pacing's
 * context and the server read a prescription through these, the same way.
 */
import type { Profile } from '../profile.js';
import { findFlagged, type SafetyAnswers } from '../safety.js';
import type { StopSignFacts } from '../safety-review.js';
import type {
  Adjustment,
  DoseAdjustment,
  ExcludeAdjustment,
  GoAheadAdjustment,
  IncludeAdjustment,
  Prescription,
  PrescribedDose,
} from './types.js';

/** The fields of a dose, in the order they are read. */
export const DOSE_FIELDS = ['sets', 'reps', 'holdSeconds', 'minutes'] as const satisfies readonly (keyof PrescribedDose)[];

/** A prescription read once: each kind of adjustment where the planner looks for it. */
export interface ResolvedPrescription {
  /** Exercise ids the week never holds (an exclude wins over an include of the same exercise). */
  excluded: ReadonlySet<string>;
  excludes: readonly ExcludeAdjustment[];
  includes: readonly IncludeAdjustment[];
  /** The latest `set` per exercise. */
  doseSets: ReadonlyMap<string, DoseAdjustment>;
  /** The latest `cap` per exercise. */
  doseCaps: ReadonlyMap<string, DoseAdjustment>;
  goAheads: readonly GoAheadAdjustment[];
  isEmpty: boolean;
}

const EMPTY: ResolvedPrescription = {
  excluded: new Set(),
  excludes: [],
  includes: [],
  doseSets: new Map(),
  doseCaps: new Map(),
  goAheads: [],
  isEmpty: true,
};

/** Sorts a prescription's adjustments into what each part of the planner reads (oldest first kept). */
export function resolvePrescription(prescription: Prescription | undefined): ResolvedPrescription {
  if (!prescription || prescription.length === 0) return EMPTY;
  const excludes = prescription.filter((a): a is ExcludeAdjustment => a.kind === 'exclude');
  const doses = prescription.filter((a): a is DoseAdjustment => a.kind === 'dose');
  return {
    excluded: new Set(excludes.map((a) => a.exerciseId)),
    excludes,
    includes: prescription.filter((a): a is IncludeAdjustment => a.kind === 'include'),
    doseSets: new Map(doses.filter((a) => a.mode === 'set').map((a) => [a.exerciseId, a])),
    doseCaps: new Map(doses.filter((a) => a.mode === 'cap').map((a) => [a.exerciseId, a])),
    goAheads: prescription.filter((a): a is GoAheadAdjustment => a.kind === 'go_ahead'),
    isEmpty: false,
  };
}

/**
 * The profile with the clinician's minutes a day and days a week in place of the person's own:
 * for each of the two, the latest `week` adjustment that gives it wins.
 */
export function prescribedProfile(profile: Profile, prescription: Prescription | undefined): Profile {
  if (!prescription || prescription.length === 0) return profile;
  let { minutesPerDay, daysPerWeek } = profile;
  for (const adjustment of prescription) {
    if (adjustment.kind !== 'week') continue;
    minutesPerDay = adjustment.minutesPerDay ?? minutesPerDay;
    daysPerWeek = adjustment.daysPerWeek ?? daysPerWeek;
  }
  if (minutesPerDay === profile.minutesPerDay && daysPerWeek === profile.daysPerWeek) return profile;
  return { ...profile, minutesPerDay, daysPerWeek };
}

/**
 * The safety answers and stop-sign facts with the clinician's go-ahead counted:
 * - for clearance and urgent answers, the latest go-ahead that covers every level answered "yes",
 *   given at or after the screen was last answered, counts as `cleared_by_clinician` dated
 *   `setBy.on` (when newer than one already there); answers given again after it need a new one;
 *   `assessSafety` still never opens a plan past an emergency answer, nor past a stop sign on or
 *   after that day;
 * - a go-ahead covering `stop_sign` releases a stop-sign hold from a day before its own.
 */
export function applyGoAhead<F extends StopSignFacts>(
  answers: SafetyAnswers,
  facts: F,
  prescription: Prescription | undefined,
): { answers: SafetyAnswers; facts: F } {
  const goAheads = (prescription ?? []).filter((a): a is GoAheadAdjustment => a.kind === 'go_ahead');
  if (goAheads.length === 0) return { answers, facts };
  return { answers: withClearance(answers, goAheads), facts: withoutHold(facts, goAheads) };
}

function withClearance(answers: SafetyAnswers, goAheads: readonly GoAheadAdjustment[]): SafetyAnswers {
  const urgent = findFlagged(answers, 'urgent').length > 0;
  const clearance = findFlagged(answers, 'clearance').length > 0;
  if (!urgent && !clearance) return answers;
  // A go-ahead covers the answers it was given for: answers given again after it (a new urgent
  // or clearance "yes", or "not cleared") need a new one.
  const screenedAt = answers.screenedAt;
  const current = screenedAt === undefined ? goAheads : goAheads.filter((g) => Date.parse(g.setBy.at) >= Date.parse(screenedAt));
  const covering = current.filter((g) => (!urgent || g.covers.includes('urgent')) && (!clearance || g.covers.includes('clearance')));
  const latest = latestOf(covering);
  if (!latest) return answers;
  const on = latest.setBy.on;
  if (answers.cleared_by_clinician === true && answers.clearedOn !== undefined && answers.clearedOn >= on) return answers;
  return { ...answers, cleared_by_clinician: true, clearedOn: on };
}

function withoutHold<F extends StopSignFacts>(facts: F, goAheads: readonly GoAheadAdjustment[]): F {
  const hold = facts.safetyHold;
  const latest = latestOf(goAheads.filter((g) => g.covers.includes('stop_sign')));
  if (!hold || !latest || latest.setBy.on <= hold.localDate) return facts;
  return { ...facts, safetyHold: null };
}

function latestOf<A extends Adjustment>(adjustments: readonly A[]): A | undefined {
  let latest: A | undefined;
  for (const a of adjustments) if (!latest || a.setBy.on >= latest.setBy.on) latest = a;
  return latest;
}
