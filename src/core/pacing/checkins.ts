/**
 * What a check-in tells pacing (CLINICAL.md §3; clinical-sources.md §9.2, I-Engage and the
 * Oakville leaflet: a rise that settles by the next day is expected soreness, not a flare).
 *
 * - The day's first check-in (by its instant) judges the sessions of the day before: calm when
 *   pain rose by at most 2 during the session and this check-in is at most usual + 1. "Usual" is
 *   the median over the 7 days before of one value per day (that day's highest); with fewer than
 *   3 such days, the session's own pain before stands in for it. Calm efforts then enter the
 *   baselines still being learned (efforts.ts).
 * - A flare is a check-in marked flare, or pain at usual + 3 or more, or a session whose pain had
 *   not settled by this check-in.
 */
import { collectEfforts } from './efforts.js';
import { enterFlare } from './flare.js';
import type { FlareCause } from './messages.js';
import { PACING } from './rules.js';
import type { CheckinEvent } from './types.js';
import { daysAgo, type Work } from './work.js';

/** Applies one check-in of the day being applied. */
export function onCheckin(work: Work, checkin: CheckinEvent): void {
  const isFirst = !work.day.checkedIn;
  work.day.checkedIn = true;
  work.day.pains.push(checkin.pain);
  const hasUnsettledSession = isFirst && judgeYesterday(work, checkin.pain);
  const cause = flareCause(work, checkin, hasUnsettledSession);
  if (cause) enterFlare(work, cause);
  // After the flare rule: a baseline never rises on a flare day.
  const yesterday = work.core.days.at(-1);
  if (isFirst && yesterday?.day === daysAgo(work, 1)) collectEfforts(work, yesterday);
}

function flareCause(
  work: Work,
  checkin: CheckinEvent,
  hasUnsettledSession: boolean,
): FlareCause | null {
  if (checkin.flare) return 'reported';
  if (work.usual !== null && checkin.pain >= work.usual + PACING.flareAboveUsual)
    return 'pain_high';
  return hasUnsettledSession ? 'not_settled' : null;
}

/** Gives yesterday's sessions their verdict; true when one had not settled. */
function judgeYesterday(work: Work, pain: number): boolean {
  const yesterday = work.core.days.at(-1);
  if (!yesterday || yesterday.day !== daysAgo(work, 1)) return false;
  let hasUnsettled = false;
  for (const session of yesterday.sessions) {
    const isSettled = pain <= (work.usual ?? session.painBefore) + PACING.settledAboveUsual;
    // A session already judged not calm (a stop sign, pain after at usual + 3) still flares if unsettled.
    if (session.verdict === 'not_calm' && !session.partial) hasUnsettled ||= !isSettled;
    if (session.verdict !== 'pending') continue;
    const isGentle = session.painAfter === null || session.painAfter - session.painBefore <= PACING.calmRiseMax;
    session.verdict = isSettled && isGentle ? 'calm' : 'not_calm';
    hasUnsettled ||= !isSettled;
  }
  return hasUnsettled;
}

/** With no check-in on the day after, yesterday's sessions stay unconfirmed: not a flare, not calm, and no baseline. */
export function leaveYesterdayUnconfirmed(work: Work): void {
  const yesterday = work.core.days.at(-1);
  if (!yesterday || yesterday.day !== daysAgo(work, 1)) return;
  for (const session of yesterday.sessions)
    if (session.verdict === 'pending') session.verdict = 'unconfirmed';
}
