/**
 * The weekly review (CLINICAL.md §3 "Progress" and "Hold"; clinical-sources.md §9.2: I-Engage
 * +10 % a week, eTG 10-20 % of baseline a week). Once a week per quota: at quota on at least 3
 * of the last 7 days, every one of them calm, and no flare → × 1.10 (at least +1); otherwise
 * hold, with the reason. Strength at the top of 15 reps moves to the harder variant, or adds a
 * second set when there is none.
 *
 * A review runs on its day once the day's first check-in is in (it judges the day before), or
 * at the end of the day when no check-in came. A week in which the activity was not done at all
 * is passed over quietly rather than logged as a hold. "No flare" needs no check here: a flare
 * stops reviews, and they resume only 7 full days after the quota is rebuilt (flare.ts).
 */
import { growthOf, isAtCap, isAtSetCap, keepWithinCap } from './bounds.js';
import { MESSAGES } from './messages.js';
import { PACING, ceilingOf, progressedValue } from './rules.js';
import type { DayRecord, QuotaState, Verdict } from './types.js';
import { amountOf, daysAgo, isStrength, recordChange, type Work } from './work.js';

type HoldCode = 'hold_not_enough_days' | 'hold_not_calm' | 'hold_no_checkin' | 'hold_at_top' | 'hold_at_cap' | 'hold_chosen_easier';

type WeekOutcome =
  | { kind: 'wait' }
  | { kind: 'quiet' }
  | { kind: 'hold'; code: HoldCode }
  | { kind: 'progress'; calmDays: number };

/** Runs every review due on the day being applied. */
export function runReviewsDue(work: Work): void {
  for (const quota of work.quotas.values()) {
    if (quota.reviewOn !== null && quota.reviewOn <= work.day.day) reviewQuota(work, quota);
  }
}

function reviewQuota(work: Work, quota: QuotaState): void {
  const outcome = judgeWeek(work, quota);
  if (outcome.kind === 'wait') return;
  quota.reviewOn = daysAgo(work, -PACING.reviewEveryDays);
  if (outcome.kind === 'hold') recordHold(work, quota, outcome.code);
  else if (outcome.kind === 'progress') progress(work, quota, outcome.calmDays);
}

/** Reads the 7 days before the review day. */
function judgeWeek(work: Work, quota: QuotaState): WeekOutcome {
  const first = daysAgo(work, PACING.reviewEveryDays);
  const week = work.core.days.filter((d) => d.day >= first && d.day < work.day.day);
  const done = week.filter((d) => d.activities[quota.activity]?.measured);
  if (done.length === 0) return { kind: 'quiet' };
  // The person made it easier this week: it stays where they chose, never raised over their word.
  if (week.some((d) => d.eased?.includes(quota.activity))) return { kind: 'hold', code: 'hold_chosen_easier' };
  const atQuota = done.filter((d) => isAtQuota(d, quota));
  if (atQuota.length < daysNeeded(week, quota)) return { kind: 'hold', code: 'hold_not_enough_days' };
  const verdicts = atQuota.map((d) => dayVerdict(d, quota));
  if (verdicts.includes('not_calm')) return { kind: 'hold', code: 'hold_not_calm' };
  if (verdicts.includes('pending')) return { kind: 'wait' };
  if (verdicts.includes('unconfirmed')) return { kind: 'hold', code: 'hold_no_checkin' };
  return { kind: 'progress', calmDays: atQuota.length };
}

/**
 * At quota: the day held the quota. Session minutes are at quota when the day held all the plan
 * asked of its sessions: the planner fills a day up to the quota, never past it, so a day done as
 * planned is a day at quota even when it is a minute short of the number.
 */
/**
 * Three days at quota (CLINICAL.md §3), or every day the plan asked for the activity when it asked
 * on fewer (a walk on the two land days of a pool week, or a person active one day a week): it can still move up.
 */
function daysNeeded(week: readonly DayRecord[], quota: QuotaState): number {
  const asked = week.filter((d) => d.asked?.includes(quota.activity)).length;
  return asked === 0 ? PACING.calmDaysForProgress : Math.max(PACING.minCalmDaysWhenPlanned, Math.min(PACING.calmDaysForProgress, asked));
}

function isAtQuota(day: DayRecord, quota: QuotaState): boolean {
  const activity = day.activities[quota.activity];
  if (activity === undefined || !activity.measured) return false;
  const asked = quota.activity === 'session' && activity.asked !== null ? Math.min(activity.asked, activity.planned) : activity.planned;
  return activity.volume >= asked;
}

/** The worst verdict among the day's sessions that held this activity; one left partway is never calm progress. */
function dayVerdict(day: DayRecord, quota: QuotaState): Verdict {
  const verdicts = day.sessions
    .filter((s) => s.activities.includes(quota.activity))
    .map((s) => (s.partial ? 'not_calm' : s.verdict));
  for (const worst of ['not_calm', 'pending', 'unconfirmed'] as const)
    if (verdicts.includes(worst)) return worst;
  return 'calm';
}

function recordHold(work: Work, quota: QuotaState, code: HoldCode): void {
  const message = MESSAGES[code](work.lookup.subjectOf(quota), amountOf(quota));
  recordChange(work, quota, code, quota.value, message);
}

function progress(work: Work, quota: QuotaState, calmDays: number): void {
  // A clinician's cap, or a rise of 0, holds the quota where it is (issue 11).
  const growth = growthOf(work, quota.activity);
  if (isAtCap(work, quota) || growth <= 1) {
    recordHold(work, quota, 'hold_at_cap');
    return;
  }
  const top = Math.min(ceilingOf(quota.unit, quota.activity === 'session'), quota.activity === 'session' ? (work.dayMinutes ?? Infinity) : Infinity);
  if (quota.value < top) {
    const from = amountOf(quota);
    quota.value = Math.min(top, progressedValue(quota.value, growth));
    keepWithinCap(work, quota);
    const message = MESSAGES.progress_calm_week(
      work.lookup.subjectOf(quota),
      from,
      amountOf(quota),
      calmDays,
    );
    recordChange(work, quota, 'progress_calm_week', from.value, message);
  } else if (isStrength(quota)) {
    progressPastTopReps(work, quota, calmDays);
  } else if (quota.activity === 'session' && work.dayMinutes !== undefined && quota.value >= work.dayMinutes) {
    // The day already holds all the minutes the person has: nothing to say.
  } else {
    recordHold(work, quota, isAtSetCap(work, quota) && (quota.sets ?? 1) < PACING.maxSets ? 'hold_at_cap' : 'hold_at_top');
  }
}

/** At 15 reps: the harder variant at 8 reps, else a second set of 8, else hold at the top. */
function progressPastTopReps(work: Work, quota: QuotaState, calmDays: number): void {
  const from = quota.value;
  const fromName = work.lookup.subjectOf(quota).name;
  const harder = work.lookup.harderOf(quota.exerciseId);
  if (harder) {
    quota.exerciseId = harder.id;
    quota.value = PACING.resetReps;
    const message = MESSAGES.variant_harder(fromName, harder.name, amountOf(quota), calmDays);
    recordChange(work, quota, 'variant_harder', from, message);
  } else if ((quota.sets ?? 1) < PACING.maxSets && !isAtSetCap(work, quota)) {
    quota.sets = (quota.sets ?? 1) + 1;
    quota.value = PACING.resetReps;
    const message = MESSAGES.set_added(work.lookup.subjectOf(quota), amountOf(quota), calmDays);
    recordChange(work, quota, 'set_added', from, message);
  } else {
    recordHold(work, quota, isAtSetCap(work, quota) && (quota.sets ?? 1) < PACING.maxSets ? 'hold_at_cap' : 'hold_at_top');
  }
}
