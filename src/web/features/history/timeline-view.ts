/**
 * How History pages through the journal: 30 days at a time, newest first, until a page before
 * the account began is empty; and a session's amount in words-ready numbers. Pure.
 */
import { addDays, type LocalDate } from '../../../core/calendar.js';
import type { SessionLog } from '../../../contract/session-log.js';

/** Days of one page of the timeline (one bounded read each). */
export const TIMELINE_PAGE_DAYS = 30;

/** One page's days, both included. */
export interface TimelineSpan {
  from: LocalDate;
  to: LocalDate;
}

/** The spans of the first `pages` pages ending on `today`, newest first. */
export function timelineSpans(today: LocalDate, pages: number): TimelineSpan[] {
  return Array.from({ length: pages }, (_, page) => {
    const to = addDays(today, -page * TIMELINE_PAGE_DAYS);
    return { from: addDays(to, -(TIMELINE_PAGE_DAYS - 1)), to };
  });
}

/**
 * True while earlier days may hold entries: until a page that starts before the account began
 * came back empty (a journal brought in from elsewhere can be older than the account).
 */
export function canShowEarlier(last: TimelineSpan | undefined, firstDay: LocalDate, lastCount: number | undefined): boolean {
  if (last === undefined || last.from > firstDay) return true;
  return lastCount !== undefined && lastCount > 0;
}

/** The exercises a session got through (done or made easier) and its minutes, rounded. */
export function sessionAmount(log: Pick<SessionLog, 'items'>): { exercises: number; minutes: number } {
  const reached = log.items.filter((item) => item.status !== 'skipped');
  const minutes = reached.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  return { exercises: reached.length, minutes: Math.round(minutes) };
}
