/**
 * Baselines (CLINICAL.md §3; clinical-sources.md §9.2, I-Engage and eTG: the mean of about 3
 * occasions, start 20 % below it). An effort enters a baseline only once the next day has shown it
 * calm — efforts that were not calm stay out — and only in normal mode (a flare day does not show
 * the usual level). An amount the plan itself capped ("start small") is not discounted again: a
 * day that did what the plan asked counts at least what was asked.
 *
 * The session quota (minutes a day) starts small and grows by the weekly review; its baseline
 * learns only from calm days that held less than the plan asked: a day done as planned tells
 * nothing about a limit, so a person who does what the week says is never shrunk by it.
 */
import type { ActivityKey } from './activity.js';
import { keepWithinCap } from './bounds.js';
import { resumeReviews } from './flare.js';
import { MESSAGES } from './messages.js';
import { PACING, floorOf } from './rules.js';
import type { ActivityDay, BaselineEffort, DayRecord, QuotaState } from './types.js';
import { amountOf, recordChange, volumeOf, type Work } from './work.js';

/** Takes the calm efforts of a judged day into the baselines still being learned. */
export function collectEfforts(work: Work, judged: DayRecord): void {
  if (judged.flare || judged.normal === false || work.day.flare || work.core.mode !== 'normal') return;
  for (const [key, done] of Object.entries(judged.activities)) {
    const activity = key as ActivityKey;
    if (!done.measured || !isCalmFor(judged, activity)) continue;
    if (activity === 'session') collectSessionMinutes(work, done.volume, done.asked, judged);
    else {
      const quota = work.quotas.get(activity);
      if (quota && quota.baseline === null) addBaselineEffort(work, quota, { value: done.perSet, asked: askedPerSet(done, quota) }, judged);
    }
  }
}

// Only calm is known calm: a day with no check-in after it shows no baseline.
function isCalmFor(day: DayRecord, activity: ActivityKey): boolean {
  const sessions = day.sessions.filter((s) => s.activities.includes(activity));
  return sessions.length > 0 && sessions.every((s) => s.verdict === 'calm');
}

// Strength asks sets × reps; a baseline compares the reps of one set. Two sessions of one day (a
// session moved onto a day that has one, say) ask an exercise twice: a day that did all they
// asked did each set as asked, so its reps per set count as asked, not as half of the two summed.
function askedPerSet(done: ActivityDay, quota: QuotaState): number | null {
  if (done.asked === null || quota.unit !== 'reps') return done.asked;
  const perSet = Math.floor(done.asked / Math.max(1, quota.sets ?? 1));
  return done.volume >= done.asked ? Math.min(perSet, done.perSet) : perSet;
}

/** What one effort counts for: an amount at or above what was asked is never counted below it. */
export function effortWorth(effort: BaselineEffort): number {
  const discounted = effort.value * PACING.startFraction;
  return effort.asked !== null && effort.value >= effort.asked ? Math.max(effort.asked, discounted) : discounted;
}

/** The start quota from a baseline's efforts: their worth averaged, rounded down, at least the floor. */
export function startFromEfforts(efforts: readonly BaselineEffort[], unit: QuotaState['unit']): number {
  const mean = efforts.reduce((sum, e) => sum + effortWorth(e), 0) / efforts.length;
  return Math.max(floorOf(unit), Math.floor(mean + 1e-9));
}

// The baseline takes effect on the day being applied; its first weekly review reads the 7 days
// after the judged day, as it would have had the baseline been known that evening.
function addBaselineEffort(work: Work, quota: QuotaState, effort: BaselineEffort, judged: DayRecord): void {
  quota.efforts.push(effort);
  if (quota.efforts.length < PACING.baselineEfforts) return;
  const mean = quota.efforts.reduce((sum, e) => sum + e.value, 0) / quota.efforts.length;
  const from = amountOf(quota);
  quota.baseline = Math.round(mean * 10) / 10;
  // Efforts that all did what the plan asked show no limit: they never lower the quota.
  const allAsPlanned = quota.efforts.every((e) => e.asked !== null && e.value >= e.asked);
  quota.value = Math.max(startFromEfforts(quota.efforts, quota.unit), allAsPlanned ? quota.value : 0);
  keepWithinCap(work, quota);
  quota.efforts = [];
  resumeReviews(quota, judged.day);
  work.planned.set(quota.activity, volumeOf(quota));
  const message = MESSAGES.baseline_set(work.lookup.subjectOf(quota), from, amountOf(quota), quota.baseline, allAsPlanned);
  recordChange(work, quota, 'baseline_set', from.value, message);
}

function collectSessionMinutes(work: Work, minutes: number, asked: number | null, judged: DayRecord): void {
  const quota = work.quotas.get('session');
  if (!quota || quota.baseline !== null || asked === null || minutes >= asked) return;
  addBaselineEffort(work, quota, { value: minutes, asked: null }, judged);
}
