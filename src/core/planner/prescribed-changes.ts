/**
 * What became of each of a clinician's adjustments in one week (issue 11), so the person and the
 * clinician see it honestly: one `PrescribedChange` per adjustment, oldest first.
 */
import type { Exercise } from '../library/exercise.js';
import type { Adjustment, AdjustmentOutcome, PrescribedChange, Prescription } from '../prescription/types.js';
import { includeDayOutcomes, type IncludePlan } from './pinned.js';
import type { DayNumber, PlanDay } from './plan.js';

/** What a week's changes are read from; `days` is absent for a referral. */
export interface ChangeFacts {
  byId: ReadonlyMap<string, Exercise>;
  includes: readonly IncludePlan[];
  days?: readonly PlanDay[];
  /** The week's strength days: a pinned strength day not among them keeps the 48 hours' rest. */
  strengthDays?: readonly DayNumber[];
  /** The plan keeps to clearance (or refers): a go-ahead has not opened it. */
  held: boolean;
}

/** One change per adjustment, or undefined when there are none (the plan then has no `prescription`). */
export function describePrescription(prescription: Prescription | undefined, facts: ChangeFacts): PrescribedChange[] | undefined {
  if (!prescription || prescription.length === 0) return undefined;
  const includes = new Map(facts.includes.map((i) => [i.adjustment.id, i]));
  return prescription.map((adjustment) => {
    const include = includes.get(adjustment.id);
    if (adjustment.kind === 'include' && include && facts.days) return describeInclude(include, facts.days, facts.strengthDays ?? []);
    return { adjustment, outcome: outcomeOf(adjustment, facts) };
  });
}

// A referral holds every adjustment back; an exercise no longer there is said plainly.
function outcomeOf(adjustment: Adjustment, facts: ChangeFacts): AdjustmentOutcome {
  if ('exerciseId' in adjustment && !facts.byId.has(adjustment.exerciseId)) return 'unknown_exercise';
  if (!facts.days) return 'waits_clearance';
  if (adjustment.kind === 'go_ahead' && facts.held) return 'waits_clearance';
  return 'applied';
}

// Applied when any of its days holds it; otherwise why its first day does not.
function describeInclude(include: IncludePlan, days: readonly PlanDay[], strengthDays: readonly DayNumber[]): PrescribedChange {
  const perDay = includeDayOutcomes(include, days, strengthDays);
  const outcome = perDay.some((d) => d.outcome === 'applied') ? 'applied' : (perDay[0]?.outcome ?? include.blocked ?? 'applied');
  const change: PrescribedChange = { adjustment: include.adjustment, outcome, days: perDay };
  if (include.failedRules && include.failedRules.length > 0) change.failedRules = include.failedRules;
  return change;
}
