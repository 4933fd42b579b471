/**
 * What a logged session tells pacing: how much of each activity was done, the first efforts that
 * make a baseline (CLINICAL.md §3; clinical-sources.md §9.2, I-Engage and eTG: the mean of about
 * 3 occasions, start at 80 %), and "too hard" feedback.
 *
 * - Quotas are per day: two 5-minute walks meet a 10-minute quota, as the walking steps say.
 * - An aerobic item counts with its minutes when done or done easier. A strength item counts with
 *   its sets × reps when done on the quota's own variant. Anything else is logged but not measured.
 * - Efforts count toward a baseline only in normal mode: a flare day does not show the usual level.
 * - The session quota paces stretching and mind-body through the minutes of the whole session,
 *   estimated from the items; it appears once three sessions give it a baseline.
 */
import type { Exercise } from '../library/exercise.js';
import type { ActivityKey } from './activity.js';
import { resumeReviews } from './flare.js';
import { MESSAGES, easierVariantMessage } from './messages.js';
import { PACING, START_SMALL, easedValue, startQuota } from './rules.js';
import type { ItemFeedback, QuotaState, SessionEvent, SessionItemLog } from './types.js';
import { addQuota, amountOf, isStrength, recordChange, volumeOf, type Work } from './work.js';

/** What one session held of one activity. */
interface Effort {
  quota: QuotaState;
  volume: number;
  /** Minutes for aerobic; the most reps in one set for strength. */
  perSet: number;
  measured: boolean;
  feedback: ItemFeedback[];
}

/** Applies one session of the day being applied. */
export function onSession(work: Work, session: SessionEvent): void {
  const efforts = measureSession(work, session.items);
  const minutes = estimateSessionMinutes(session.items);
  const activities: ActivityKey[] = [...efforts.keys()];
  if (minutes > 0) activities.push('session');
  work.day.sessions.push({
    painBefore: session.painBefore,
    painAfter: session.painAfter,
    activities,
    // A session left or stopped partway never counts as calm progress (its pain after may be
    // unknown); it is not a flare by itself either: the next check-in still decides that.
    verdict: session.partial ? 'not_calm' : 'pending',
  });
  if (session.items.some((item) => item.status !== 'skipped')) work.day.active = true;
  for (const effort of efforts.values()) applyEffort(work, effort);
  if (minutes > 0) applySessionMinutes(work, minutes);
}

function measureSession(work: Work, items: readonly SessionItemLog[]): Map<ActivityKey, Effort> {
  const efforts = new Map<ActivityKey, Effort>();
  for (const item of items) {
    const resolved = work.lookup.resolve(item.exerciseId);
    if (!resolved?.activity) continue;
    let effort = efforts.get(resolved.activity);
    if (!effort) {
      const quota =
        work.quotas.get(resolved.activity) ??
        createQuota(work, resolved.activity, resolved.exercise);
      effort = { quota, volume: 0, perSet: 0, measured: false, feedback: [] };
      efforts.set(resolved.activity, effort);
    }
    addItem(effort, item);
  }
  return efforts;
}

function addItem(effort: Effort, item: SessionItemLog): void {
  if (item.feedback) effort.feedback.push(item.feedback);
  if (isStrength(effort.quota)) {
    if (item.status !== 'done' || item.exerciseId !== effort.quota.exerciseId || !item.reps) return;
    effort.volume += (item.sets ?? 1) * item.reps;
    effort.perSet = Math.max(effort.perSet, item.reps);
  } else {
    if (item.status === 'skipped' || !item.minutes) return;
    effort.volume += item.minutes;
    effort.perSet = effort.volume;
  }
  effort.measured = true;
}

function createQuota(work: Work, activity: ActivityKey, exercise: Exercise): QuotaState {
  const strength = activity.startsWith('strength:');
  const quota: QuotaState = {
    activity,
    unit: strength ? 'reps' : 'minutes',
    value: strength ? START_SMALL.reps : START_SMALL.minutes,
    sets: strength ? START_SMALL.sets : null,
    exerciseId: strength ? exercise.id : null,
    baseline: null,
    efforts: [],
    reviewOn: null,
    rebuild: null,
    tooHardInARow: 0,
  };
  addQuota(work, quota);
  recordChange(
    work,
    quota,
    'start_small',
    null,
    MESSAGES.start_small(work.lookup.subjectOf(quota), amountOf(quota)),
  );
  return quota;
}

function applyEffort(work: Work, effort: Effort): void {
  const { quota } = effort;
  if (effort.measured) {
    addToDay(
      work,
      quota.activity,
      effort.volume,
      work.planned.get(quota.activity) ?? volumeOf(quota),
    );
    if (quota.baseline === null && work.core.mode === 'normal')
      addBaselineEffort(work, quota, effort.perSet);
  }
  for (const feedback of effort.feedback) noteFeedback(work, quota, feedback);
}

function addToDay(work: Work, activity: ActivityKey, volume: number, planned: number): void {
  const day = (work.day.activities[activity] ??= { volume: 0, planned, measured: true });
  day.volume += volume;
}

function addBaselineEffort(work: Work, quota: QuotaState, effort: number): void {
  quota.efforts.push(effort);
  if (quota.efforts.length < PACING.baselineEfforts) return;
  const mean = quota.efforts.reduce((sum, e) => sum + e, 0) / quota.efforts.length;
  const from = amountOf(quota);
  quota.baseline = Math.round(mean * 10) / 10;
  quota.efforts = [];
  quota.value = startQuota(mean, quota.unit);
  resumeReviews(quota, work.day.day);
  const message = MESSAGES.baseline_set(
    work.lookup.subjectOf(quota),
    from,
    amountOf(quota),
    quota.baseline,
  );
  recordChange(work, quota, 'baseline_set', from.value, message);
}

function noteFeedback(work: Work, quota: QuotaState, feedback: ItemFeedback): void {
  quota.tooHardInARow = feedback === 'too_hard' ? quota.tooHardInARow + 1 : 0;
  if (quota.tooHardInARow < PACING.tooHardInARow) return;
  quota.tooHardInARow = 0;
  easeQuota(work, quota);
}

/** Two "too hard" in a row: strength goes back to the easier variant (or fewer reps); aerobic −10 %. */
function easeQuota(work: Work, quota: QuotaState): void {
  const from = amountOf(quota);
  const fromName = work.lookup.subjectOf(quota).name;
  const easier = isStrength(quota) ? work.lookup.easierOf(quota.exerciseId) : null;
  let message: string;
  if (easier) {
    quota.exerciseId = easier.id;
    message = easierVariantMessage(fromName, easier.name);
  } else {
    const eased = easedValue(quota.value, quota.unit);
    if (eased === quota.value) return;
    quota.value = eased;
    message = MESSAGES.too_hard_eased(work.lookup.subjectOf(quota), from, amountOf(quota));
  }
  // An eased quota is the new level: no rebuild back above it, and a full week at it before a review.
  quota.rebuild = null;
  if (work.core.mode !== 'flare') resumeReviews(quota, work.day.day);
  recordChange(work, quota, 'too_hard_eased', from.value, message);
}

/** Session minutes: the item minutes, or sets × reps × (hold or 5 s), for every item not skipped. */
export function estimateSessionMinutes(items: readonly SessionItemLog[]): number {
  let seconds = 0;
  for (const item of items) {
    if (item.status === 'skipped') continue;
    if (item.minutes) seconds += item.minutes * 60;
    else if (item.reps || item.holdSeconds) {
      seconds += (item.sets ?? 1) * (item.reps ?? 1) * (item.holdSeconds ?? PACING.secondsPerRep);
    }
  }
  return Math.round(seconds / 60);
}

function applySessionMinutes(work: Work, minutes: number): void {
  const quota = work.quotas.get('session');
  if (quota) {
    addToDay(work, 'session', minutes, work.planned.get('session') ?? volumeOf(quota));
    return;
  }
  if (work.core.mode !== 'normal') return;
  work.core.sessionEfforts.push(minutes);
  if (work.core.sessionEfforts.length === PACING.baselineEfforts) createSessionQuota(work);
}

function createSessionQuota(work: Work): void {
  const efforts = work.core.sessionEfforts;
  const mean = efforts.reduce((sum, e) => sum + e, 0) / efforts.length;
  const quota: QuotaState = {
    activity: 'session',
    unit: 'minutes',
    value: startQuota(mean, 'minutes'),
    sets: null,
    exerciseId: null,
    baseline: Math.round(mean * 10) / 10,
    efforts: [],
    reviewOn: null,
    rebuild: null,
    tooHardInARow: 0,
  };
  work.core.sessionEfforts = [];
  addQuota(work, quota);
  resumeReviews(quota, work.day.day);
  const message = MESSAGES.baseline_set(
    work.lookup.subjectOf(quota),
    null,
    amountOf(quota),
    quota.baseline ?? mean,
  );
  recordChange(work, quota, 'baseline_set', null, message);
}
