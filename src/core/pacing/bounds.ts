/**
 * Applying a clinician's bounds to the quotas of a run (issue 11; see prescribed.ts for what
 * they are): at the start of each day, a set that applies from that day and has not been applied
 * yet, then every cap; and a quota the rules raise never goes past its cap.
 */
import type { ActivityKey } from './activity.js';
import { resumeReviews } from './flare.js';
import { MESSAGES } from './messages.js';
import type { PrescribedQuota } from './prescribed.js';
import { START_SMALL, halvedValue, rebuildStepSize } from './rules.js';
import type { QuotaState } from './types.js';
import { addQuota, amountOf, isStrength, recordChange, type Work } from './work.js';

/** At the start of the day being applied: sets that are due, then caps. */
export function applyBounds(work: Work): void {
  if (work.bounds.isEmpty) return;
  for (const set of work.bounds.setsOn(work.day.day)) {
    const quota = work.quotas.get(set.activity);
    if (quota?.prescribedId !== set.id) applySet(work, quota ?? newQuota(work, set.activity, set), set);
  }
  for (const quota of work.quotas.values()) lowerToCap(work, quota);
}

/** Keeps a quota within its cap without a word: for amounts the rules are about to announce. */
export function keepWithinCap(work: Work, quota: QuotaState): void {
  const cap = work.bounds.capOf(quota.activity, work.day.day);
  if (!cap) return;
  if (cap.value !== null) quota.value = Math.min(quota.value, cap.value);
  if (cap.sets !== null && quota.sets !== null) quota.sets = Math.min(quota.sets, cap.sets);
  if (quota.rebuild && cap.value !== null) quota.rebuild.target = Math.min(quota.rebuild.target, cap.value);
}

/** True when the quota may not grow: at its cap (or, for strength, when it could only add a set past it). */
export function isAtCap(work: Work, quota: QuotaState): boolean {
  const cap = work.bounds.capOf(quota.activity, work.day.day);
  return cap !== null && cap.value !== null && quota.value >= cap.value;
}

/** True when a second set would go past the cap's sets. */
export function isAtSetCap(work: Work, quota: QuotaState): boolean {
  const cap = work.bounds.capOf(quota.activity, work.day.day);
  return cap !== null && cap.sets !== null && (quota.sets ?? 1) >= cap.sets;
}

/** The growth factor of a weekly step for the quota today (1.1 unless the clinician set a rise). */
export function growthOf(work: Work, activity: ActivityKey): number {
  return work.bounds.growthOf(activity, work.day.day);
}

// The clinician's amount, within the cap and the person's minutes; halved while in a flare, to
// build back to it. It stands as the baseline, so no baseline is collected after it.
function applySet(work: Work, quota: QuotaState, set: PrescribedQuota): void {
  const from = work.quotas.has(quota.activity) ? amountOf(quota) : null;
  if (!from) addQuota(work, quota);
  quota.value = Math.max(1, set.value ?? quota.value);
  if (set.sets !== null) quota.sets = Math.max(1, set.sets);
  if (set.exerciseId !== null && isStrength(quota)) quota.exerciseId = set.exerciseId;
  if (quota.activity === 'session' && work.dayMinutes !== undefined) quota.value = Math.min(quota.value, work.dayMinutes);
  keepWithinCap(work, quota);
  Object.assign(quota, { prescribedId: set.id, baseline: quota.value, efforts: [], rebuild: null, tooHardInARow: 0 });
  if (work.core.mode === 'flare') halveForFlare(quota);
  else resumeReviews(quota, work.day.day);
  const message = MESSAGES.set_by_clinician(work.lookup.subjectOf(quota), from, amountOf(quota), set.by);
  recordChange(work, quota, 'set_by_clinician', from?.value ?? null, message);
}

function halveForFlare(quota: QuotaState): void {
  const halved = halvedValue(quota.value, quota.unit);
  quota.reviewOn = null;
  if (halved === quota.value) return;
  quota.rebuild = { target: quota.value, step: rebuildStepSize(quota.value, halved), cause: 'flare' };
  quota.value = halved;
}

function newQuota(work: Work, activity: ActivityKey, set: PrescribedQuota): QuotaState {
  const strength = activity.startsWith('strength:');
  return {
    activity,
    unit: strength ? 'reps' : 'minutes',
    value: set.value ?? START_SMALL.reps,
    sets: strength ? (set.sets ?? START_SMALL.sets) : null,
    exerciseId: strength ? (set.exerciseId ?? activity.slice('strength:'.length)) : null,
    baseline: null,
    efforts: [],
    reviewOn: null,
    rebuild: null,
    tooHardInARow: 0,
  };
}

// A quota above a cap the clinician has just set comes down to it, and says so.
function lowerToCap(work: Work, quota: QuotaState): void {
  const cap = work.bounds.capOf(quota.activity, work.day.day);
  if (!cap) return;
  const from = amountOf(quota);
  keepWithinCap(work, quota);
  if (quota.value === from.value && quota.sets === from.sets) return;
  const message = MESSAGES.set_by_clinician(work.lookup.subjectOf(quota), from, amountOf(quota), cap.by, 'cap');
  recordChange(work, quota, 'set_by_clinician', from.value, message);
}
