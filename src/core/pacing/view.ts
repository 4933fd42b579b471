/**
 * What others read from a pacing state: the planner's view, the summary behind
 * `GET /api/me/pacing`, and the dose to plan for an activity with no quota yet.
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey, PacingMode, PacingView, QuotaView } from './activity.js';
import { START_SMALL } from './rules.js';
import type { PacingChange, PacingState, QuotaState } from './types.js';

/** The body of `GET /api/me/pacing`: mode, quotas, and the latest changes, newest first. */
export interface PacingSummary {
  mode: PacingMode;
  quotas: QuotaView[];
  changes: PacingChange[];
  /** In flare mode only, as in the planner's view. */
  flareSince?: LocalDate;
  flareUntil?: LocalDate;
}

/** The mode and quotas the planner doses from, as of the last `updatePacing` call. */
export function toPacingView(state: PacingState): PacingView {
  const { mode, flareSince, flareUntil, quotas } = state.current;
  const view: PacingView = { mode, quotas: quotas.map(toQuotaView) };
  if (mode === 'rebuild') view.rebuildAfter = quotas.some((q) => q.rebuild?.cause === 'break') ? 'break' : 'flare';
  if (flareSince !== null && flareUntil !== null) {
    view.flareSince = flareSince;
    view.flareUntil = flareUntil;
  }
  return view;
}

/** The presenter-ready summary; `limit` caps the changes listed (default 50). */
export function toPacingSummary(state: PacingState, limit = 50): PacingSummary {
  const changes = [...state.changes, ...state.current.changes]
    .reverse()
    .slice(0, Math.max(0, limit));
  return { ...toPacingView(state), changes };
}

/** The day the flare began while pacing is in flare mode, else null. */
export function flareSinceOf(state: PacingState): LocalDate | null {
  return state.current.flareSince;
}

/**
 * The quota to plan for an activity: the person's own, or before they have one the start-small
 * dose (aerobic 5 minutes, strength 1 set of 8 reps of the given exercise, a day of 30 minutes).
 */
export function quotaFor(
  view: PacingView,
  activity: ActivityKey,
  exerciseId?: string,
): QuotaView {
  const own = view.quotas.find((q) => q.activity === activity);
  if (own) return own;
  if (activity === 'session') return { activity, unit: 'minutes', value: START_SMALL.sessionMinutes };
  if (activity.startsWith('strength:')) {
    return {
      activity,
      unit: 'reps',
      value: START_SMALL.reps,
      sets: START_SMALL.sets,
      ...(exerciseId ? { exerciseId } : {}),
    };
  }
  return { activity, unit: 'minutes', value: START_SMALL.minutes };
}

function toQuotaView(quota: QuotaState): QuotaView {
  const view: QuotaView = { activity: quota.activity, unit: quota.unit, value: quota.value };
  if (quota.exerciseId !== null) view.exerciseId = quota.exerciseId;
  if (quota.sets !== null) view.sets = quota.sets;
  if (quota.baseline !== null) view.baseline = quota.baseline;
  return view;
}
