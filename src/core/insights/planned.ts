/**
 * The minutes planned on each day, from pacing: the session quota (minutes of practice a day, all
 * pillars together) as it stood at the start of that day in the replay. Stored weeks exist only
 * for weeks the person opened, so they cannot say what applied on every day; the replay can.
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey } from '../pacing/activity.js';

/** Quotas at the start of each replayed day: activity → planned volume (minutes for `session`). */
export type QuotaHistory = ReadonlyMap<LocalDate, Readonly<Partial<Record<ActivityKey, number>>>>;

/**
 * Minutes planned per day from `from` to `to` (both included): the day's session quota. A day
 * before the session quota exists has no plan to compare with, so it is left out, never zero.
 */
export function plannedMinutesByDayOf(history: QuotaHistory, from: LocalDate, to: LocalDate): Record<LocalDate, number> {
  const planned: Record<LocalDate, number> = {};
  for (const [day, quotas] of history) {
    const session = quotas.session;
    if (day >= from && day <= to && session !== undefined && session > 0) planned[day] = session;
  }
  return planned;
}
