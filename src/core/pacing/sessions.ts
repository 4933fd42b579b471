/**
 * What a logged session tells pacing: how much of each activity was done against what the plan
 * asked, "too hard" feedback, pain during each exercise (the traffic light), and whether the
 * session can count as calm. Baselines are taken later, once the next day shows the session was
 * calm (efforts.ts).
 *
 * - Quotas are per day: two 5-minute walks meet a 10-minute quota, as the walking steps say. The
 *   session quota is minutes per day too, measured by the one rule of core/duration.ts.
 * - An aerobic item counts with its minutes when done or done easier. A strength item counts with
 *   its sets × reps when done on the quota's own variant. Anything else is logged but not measured.
 * - A tolerance test sets its activity's baseline on its own (CLINICAL.md §3).
 */
import type { Exercise } from '../library/exercise.js';
import type { ActivityKey } from './activity.js';
import { keepWithinCap } from './bounds.js';
import { resumeReviews } from './flare.js';
import { askedOf, loggedSessionMinutes, plannedSessionMinutes } from './measure.js';
import { MESSAGES, easierVariantMessage } from './messages.js';
import { PACING, START_SMALL, easedValue, startQuota } from './rules.js';
import { trafficLightOf, isRedFlagStop } from './traffic-light.js';
import type { DayRecord, ItemFeedback, QuotaState, SessionEvent, SessionItemLog, Verdict } from './types.js';
import { addQuota, amountOf, isStrength, recordChange, volumeOf, type Work } from './work.js';

/** What one session held of one activity. */
interface Effort {
  quota: QuotaState;
  volume: number;
  /** What the plan asked (volume), when every measured item says. */
  asked: number | null;
  /** Minutes for aerobic; the most reps in one set for strength. */
  perSet: number;
  measured: boolean;
  feedback: ItemFeedback[];
  /** The most pain during any of its items, when the person said. */
  painDuring: number | null;
}

/** Applies one session of the day being applied. */
export function onSession(work: Work, session: SessionEvent): void {
  const efforts = measureSession(work, session.items);
  const isPerSide = (id: string) => work.lookup.exercise(id)?.dose.perSide === true;
  const minutes = loggedSessionMinutes(session.items, isPerSide);
  const askedMinutes = plannedSessionMinutes(session.items, isPerSide);
  const activities: ActivityKey[] = [...efforts.keys()];
  if (minutes > 0) activities.push('session');
  const usual = work.usual ?? session.painBefore;
  const red = [...efforts.values()].some((e) => e.painDuring !== null && trafficLightOf(e.painDuring, usual) === 'red');
  work.day.sessions.push({
    painBefore: session.painBefore,
    painAfter: session.painAfter,
    activities,
    verdict: initialVerdict(session, usual, red),
    ...(session.partial ? { partial: true } : {}),
  });
  if (session.items.some((item) => item.status !== 'skipped')) work.day.active = true;
  for (const effort of efforts.values()) applyEffort(work, effort, usual);
  // A test whose pain after reached usual + 3 was not at an easy pace: it sets no baseline.
  const isCalmTest = session.painAfter === null || session.painAfter < usual + PACING.flareAboveUsual;
  if (session.toleranceTest && isCalmTest && !red) for (const effort of efforts.values()) takeToleranceTest(work, effort);
  if (askedMinutes !== null && !(work.day.asked ??= []).includes('session')) work.day.asked.push('session');
  if (minutes > 0) {
    if (!work.quotas.has('session')) createSessionQuota(work);
    addToDay(work, 'session', { volume: minutes, asked: askedMinutes, perSet: minutes });
  }
}

/** The day's session minutes start small (30 minutes, or fewer when the person has fewer) at the first session. */
function createSessionQuota(work: Work): void {
  const quota: QuotaState = {
    activity: 'session',
    unit: 'minutes',
    value: Math.min(START_SMALL.sessionMinutes, work.dayMinutes ?? Infinity),
    sets: null,
    exerciseId: null,
    baseline: null,
    efforts: [],
    reviewOn: null,
    rebuild: null,
    tooHardInARow: 0,
  };
  addQuota(work, quota);
  // In flare or rebuild mode reviews wait: the end of the flare resumes them (flare.ts).
  if (work.core.mode === 'normal') resumeReviews(quota, work.day.day);
  work.planned.set('session', quota.value);
  recordChange(work, quota, 'start_small', null, MESSAGES.start_small(work.lookup.subjectOf(quota), amountOf(quota)));
}

/**
 * A session is judged calm or not once the next day's check-in is in (checkins.ts), except when
 * it already is not: a stop sign or pain too high in the stop flow, pain after at usual + 3 or
 * more (a flare signal, CLINICAL.md §3), or pain during an exercise more than 5 above usual.
 */
function initialVerdict(session: SessionEvent, usual: number, red: boolean): Verdict {
  if (session.stopReason && (isRedFlagStop(session.stopReason) || session.stopReason === 'pain_too_high')) return 'not_calm';
  if (session.painAfter !== null && session.painAfter >= usual + PACING.flareAboveUsual) return 'not_calm';
  return red ? 'not_calm' : 'pending';
}

function measureSession(work: Work, items: readonly SessionItemLog[]): Map<ActivityKey, Effort> {
  const efforts = new Map<ActivityKey, Effort>();
  for (const item of items) {
    const resolved = work.lookup.resolve(item.exerciseId);
    if (!resolved?.activity) continue;
    let effort = efforts.get(resolved.activity);
    if (!effort) {
      const quota = work.quotas.get(resolved.activity) ?? createQuota(work, resolved.activity, resolved.exercise);
      effort = { quota, volume: 0, asked: null, perSet: 0, measured: false, feedback: [], painDuring: null };
      efforts.set(resolved.activity, effort);
    }
    addItem(effort, item, work.day);
  }
  return efforts;
}

function addItem(effort: Effort, item: SessionItemLog, day: DayRecord): void {
  const activity = effort.quota.activity;
  if (item.planned && !(day.asked ??= []).includes(activity)) day.asked.push(activity);
  if (item.eased && !(day.eased ??= []).includes(activity)) day.eased.push(activity);
  if (item.feedback) effort.feedback.push(item.feedback);
  if (item.painDuring !== undefined) effort.painDuring = Math.max(effort.painDuring ?? 0, item.painDuring);
  const asked = askedOf(item);
  if (isStrength(effort.quota)) {
    // Done at the dose the person chose with "make it easier" counts as done, on the same exercise.
    const counts = item.status === 'done' || (item.status === 'easier' && item.eased !== undefined);
    if (!counts || item.exerciseId !== effort.quota.exerciseId || !item.reps) return;
    effort.volume += (item.sets ?? 1) * item.reps;
    effort.perSet = Math.max(effort.perSet, item.reps);
    addAsked(effort, asked ? (asked.sets ?? 1) * (asked.reps ?? 0) : null);
  } else {
    if (item.status === 'skipped' || !item.minutes) return;
    effort.volume += item.minutes;
    effort.perSet = effort.volume;
    addAsked(effort, asked?.minutes ?? null);
  }
  effort.measured = true;
}

// What the plan asked: the planned items added up (an extra walk the plan did not ask for adds
// to what was done, not to what was asked); null while no item said what was planned.
function addAsked(effort: Effort, asked: number | null): void {
  if (asked !== null) effort.asked = (effort.asked ?? 0) + asked;
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
  keepWithinCap(work, quota);
  addQuota(work, quota);
  recordChange(work, quota, 'start_small', null, MESSAGES.start_small(work.lookup.subjectOf(quota), amountOf(quota)));
  return quota;
}

function applyEffort(work: Work, effort: Effort, usual: number): void {
  const { quota } = effort;
  if (effort.measured) addToDay(work, quota.activity, effort);
  for (const feedback of effort.feedback) noteFeedback(work, quota, feedback);
  if (effort.painDuring !== null && trafficLightOf(effort.painDuring, usual) === 'red') easeQuota(work, quota, 'pain_during_eased');
}

function addToDay(work: Work, activity: ActivityKey, effort: Pick<Effort, 'volume' | 'asked' | 'perSet'>): void {
  const quota = work.quotas.get(activity);
  const planned = work.planned.get(activity) ?? (quota ? volumeOf(quota) : 0);
  const day = (work.day.activities[activity] ??= { volume: 0, planned, asked: null, perSet: 0, measured: true });
  day.volume += effort.volume;
  if (effort.asked !== null) day.asked = (day.asked ?? 0) + effort.asked;
  day.perSet = activity.startsWith('strength:') ? Math.max(day.perSet, effort.perSet) : day.volume;
}

/** A tolerance test: the amount done is the baseline, and the quota starts at 80 % of it (CLINICAL.md §3). */
function takeToleranceTest(work: Work, effort: Effort): void {
  const { quota } = effort;
  if (!effort.measured || quota.baseline !== null || work.core.mode !== 'normal' || isStrength(quota)) return;
  const from = amountOf(quota);
  quota.baseline = Math.round(effort.volume * 10) / 10;
  quota.efforts = [];
  quota.value = startQuota(effort.volume, quota.unit);
  keepWithinCap(work, quota);
  resumeReviews(quota, work.day.day);
  const message = MESSAGES.baseline_tolerance_test(work.lookup.subjectOf(quota), from, amountOf(quota), quota.baseline);
  recordChange(work, quota, 'baseline_tolerance_test', from.value, message);
}

function noteFeedback(work: Work, quota: QuotaState, feedback: ItemFeedback): void {
  quota.tooHardInARow = feedback === 'too_hard' ? quota.tooHardInARow + 1 : 0;
  if (quota.tooHardInARow < PACING.tooHardInARow) return;
  quota.tooHardInARow = 0;
  easeQuota(work, quota, 'too_hard_eased');
}

/** Eases a quota: strength goes back to the easier variant (or fewer reps); aerobic −10 %. */
function easeQuota(work: Work, quota: QuotaState, code: 'too_hard_eased' | 'pain_during_eased'): void {
  const from = amountOf(quota);
  const fromName = work.lookup.subjectOf(quota).name;
  const easier = isStrength(quota) ? work.lookup.easierOf(quota.exerciseId) : null;
  let message: string;
  if (easier) {
    quota.exerciseId = easier.id;
    message = easierVariantMessage(fromName, easier.name, code);
  } else {
    const eased = easedValue(quota.value, quota.unit);
    if (eased === quota.value) return;
    quota.value = eased;
    message = MESSAGES[code](work.lookup.subjectOf(quota), from, amountOf(quota));
  }
  // An eased quota is the new level: no rebuild back above it, and a full week at it before a review.
  quota.rebuild = null;
  if (work.core.mode !== 'flare') resumeReviews(quota, work.day.day);
  recordChange(work, quota, code, from.value, message);
}
