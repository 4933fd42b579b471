/**
 * One calendar day of pacing. Within a day the order is fixed, whatever order events came in:
 * check-ins first (they judge yesterday and may start a flare), then the weekly reviews due,
 * then sessions (compared with the quotas as they stood at the start of the day). When the day
 * is over: boom-bust, a rebuild step, the end of flare mode, and the day joins the last week.
 */
import type { LocalDate } from '../calendar.js';
import { applyBounds } from './bounds.js';
import { trackBoomBust } from './boom-bust.js';
import { leaveYesterdayUnconfirmed, onCheckin } from './checkins.js';
import { dayNumber } from './days.js';
import { endFlareIfDue, restartAfterBreak, settleMode, stepRebuild } from './flare.js';
import { runReviewsDue } from './review.js';
import { PACING, usualPain } from './rules.js';
import { onSession } from './sessions.js';
import type { PacingEvent } from './types.js';
import { daysAgo, emptyDay, volumeOf, type Work } from './work.js';

/** Days kept in the core: the 7 a review or a usual pain reads, and one more. */
const DAYS_KEPT = 8;

/** Applies the events of one day (`dayNo` is its day number); `isOver` says whether the day has ended (then its end-of-day rules run). */
export function applyDay(
  work: Work,
  day: LocalDate,
  dayNo: number,
  events: readonly PacingEvent[],
  isOver: boolean,
): void {
  startDay(work, day, dayNo);
  for (const event of events) if (event.kind === 'checkin') onCheckin(work, event);
  if (work.day.checkedIn) runReviewsDue(work);
  for (const event of events) if (event.kind === 'session') onSession(work, event);
  if (isOver) endDay(work);
}

function startDay(work: Work, day: LocalDate, dayNo: number): void {
  work.day = emptyDay(day);
  work.day.normal = work.core.mode === 'normal';
  work.dayNo = dayNo;
  work.ago.length = 0;
  work.ago.push(day);
  work.usual = usualPain(work.core.days, day, daysAgo(work, PACING.usualWindowDays));
  const lastActive = work.core.lastActiveDay ?? null;
  if (lastActive !== null && dayNo - dayNumber(lastActive) >= PACING.breakDays) restartAfterBreak(work);
  applyBounds(work);
  work.planned.clear();
  work.began.clear();
  for (const quota of work.quotas.values()) {
    work.planned.set(quota.activity, volumeOf(quota));
    work.began.set(quota.activity, quota.value);
  }
  work.observeDay?.(day, work.planned);
}

function endDay(work: Work): void {
  if (!work.day.checkedIn) {
    leaveYesterdayUnconfirmed(work);
    runReviewsDue(work);
  }
  trackBoomBust(work);
  if (work.day.active) work.core.lastActiveDay = work.day.day;
  stepRebuild(work);
  endFlareIfDue(work);
  settleMode(work);
  work.core.days.push(work.day);
  if (work.core.days.length > DAYS_KEPT) work.core.days.shift();
}
