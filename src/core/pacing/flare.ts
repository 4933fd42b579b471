/**
 * Flare mode and the rebuild after it (CLINICAL.md §3; clinical-sources.md §9.2: the Cumbria NHS
 * flare plan — reduce rather than stop, e.g. halve the quota, for 2-3 days at most, then rebuild
 * step by step; the Cambridge University Hospitals leaflet: a flare usually lasts 2-7 days).
 *
 * Our choices where the rule leaves room:
 * - Flare mode lasts 3 calendar days: the day of the sign and the next two. A new sign during them
 *   starts the 3 days again without halving twice, so a flare that goes on keeps the dose down.
 * - Rebuild: after each active day (a day with a logged session), every halved quota rises by one
 *   step, a quarter of the gap back to its quota before the flare (at least 1 unit): at most 4
 *   active days. Weekly reviews resume 7 full days after a quota is back.
 * - A flare during a rebuild is the same episode going on: the quota it has then is halved, and the
 *   rebuild still aims at the quota before the episode began. Lasting decreases come from "too
 *   hard" feedback, never from flares bunching up.
 */
import type { LocalDate } from '../calendar.js';
import { shiftDay } from './days.js';
import { BREAK_REBUILD_MESSAGES, MESSAGES, type FlareCause } from './messages.js';
import { PACING, floorOf, halvedValue, rebuildStepSize } from './rules.js';
import type { QuotaState, Rebuild } from './types.js';
import { amountOf, recordChange, type Work } from './work.js';

/** Enters flare mode today, or keeps it going; quotas are halved once per flare. */
export function enterFlare(work: Work, cause: FlareCause): void {
  const { core, day } = work;
  day.flare = true;
  const lastDay = shiftDay(day.day, PACING.flareDays - 1);
  if (core.mode === 'flare') {
    if (core.flareLastDay === null || core.flareLastDay < lastDay) core.flareLastDay = lastDay;
    return;
  }
  core.mode = 'flare';
  core.flareSince = day.day;
  core.flareLastDay = lastDay;
  for (const quota of work.quotas.values()) halveQuota(work, quota, cause);
}

function halveQuota(work: Work, quota: QuotaState, cause: FlareCause): void {
  quota.reviewOn = null;
  // A baseline set this morning must not rise into a flare that comes later the same day: the
  // day's amount before the flare is the one it began with.
  const began = work.began.get(quota.activity);
  if (began !== undefined && began < quota.value) quota.value = began;
  const halved = halvedValue(quota.value, quota.unit);
  if (halved === quota.value) return;
  const from = amountOf(quota);
  const target = Math.max(quota.value, quota.rebuild?.target ?? 0);
  quota.rebuild = { target, step: rebuildStepSize(target, halved), cause: 'flare' };
  quota.value = halved;
  const message = MESSAGES.flare_halved(work.lookup.subjectOf(quota), from, amountOf(quota), cause);
  recordChange(work, quota, 'flare_halved', from.value, message);
}

/** At the end of an active day in rebuild mode: one step back up for every halved quota. */
export function stepRebuild(work: Work): void {
  const { core, day } = work;
  if (core.mode !== 'rebuild' || !day.active || day.flare) return;
  for (const quota of work.quotas.values()) {
    if (quota.rebuild) stepQuota(work, quota, quota.rebuild);
  }
}

function stepQuota(work: Work, quota: QuotaState, rebuild: Rebuild): void {
  const from = amountOf(quota);
  quota.value = Math.min(rebuild.target, quota.value + rebuild.step);
  const isBack = quota.value >= rebuild.target;
  if (isBack) {
    quota.rebuild = null;
    resumeReviews(quota, work.day.day);
  }
  if (quota.value === from.value) return;
  const subject = work.lookup.subjectOf(quota);
  const to = amountOf(quota);
  const words = rebuild.cause === 'break' ? BREAK_REBUILD_MESSAGES : MESSAGES;
  if (isBack)
    recordChange(work, quota, 'rebuild_done', from.value, words.rebuild_done(subject, from, to));
  else
    recordChange(work, quota, 'rebuild_step', from.value, words.rebuild_step(subject, from, to));
}

/**
 * After 14 days or more without a logged session (CLINICAL.md §3 "after a break"): every quota
 * restarts at half, never below its floor, and builds back to where it was one step each active
 * day, as after a flare; weekly reviews resume once it is back.
 */
export function restartAfterBreak(work: Work): void {
  const { core } = work;
  core.lastActiveDay = null;
  let restarted = false;
  for (const quota of work.quotas.values()) {
    const halved = Math.min(quota.value, Math.max(floorOf(quota.unit), Math.floor(quota.value * PACING.breakFraction)));
    if (halved === quota.value) continue;
    const from = amountOf(quota);
    const target = Math.max(quota.value, quota.rebuild?.target ?? 0);
    quota.rebuild = { target, step: rebuildStepSize(target, halved), cause: 'break' };
    quota.value = halved;
    quota.reviewOn = null;
    restarted = true;
    recordChange(work, quota, 'break_restart', from.value, MESSAGES.break_restart(work.lookup.subjectOf(quota), from, amountOf(quota)));
  }
  if (restarted && core.mode === 'normal') core.mode = 'rebuild';
}

/** At the end of flare mode's last day: rebuild what was halved; quotas with nothing to rebuild resume reviews. */
export function endFlareIfDue(work: Work): void {
  const { core, day } = work;
  if (core.mode !== 'flare' || core.flareLastDay === null || core.flareLastDay > day.day) return;
  core.flareSince = null;
  core.flareLastDay = null;
  core.mode = 'rebuild';
  for (const quota of work.quotas.values()) {
    if (!quota.rebuild && quota.reviewOn === null) resumeReviews(quota, day.day);
  }
}

/** Leaves rebuild mode once no quota is rebuilding. */
export function settleMode(work: Work): void {
  if (work.core.mode !== 'rebuild') return;
  for (const quota of work.quotas.values()) if (quota.rebuild) return;
  work.core.mode = 'normal';
}

/**
 * Schedules the next weekly review so that its 7 days all come after `day`. A quota waits for its
 * baseline, except session minutes: a day done as planned never makes one, so it grows by review.
 */
export function resumeReviews(quota: QuotaState, day: LocalDate): void {
  if (quota.baseline !== null || quota.activity === 'session') quota.reviewOn = shiftDay(day, PACING.reviewEveryDays + 1);
}
