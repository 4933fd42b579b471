/**
 * Whether a day held more than planned, against pacing's quotas as they stood at the start of that
 * day (the boom of CLINICAL.md §3). Stored weeks exist only for weeks the person opened, so they
 * cannot say what applied on every day; pacing's replay can.
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey } from '../pacing/activity.js';
import { isBoom } from '../pacing/rules.js';

/** Quotas at the start of each replayed day: activity → planned volume (minutes for `session` and aerobic). */
export type QuotaHistory = ReadonlyMap<LocalDate, Readonly<Partial<Record<ActivityKey, number>>>>;

/** What a day held: its sessions and minutes, and the minutes of each aerobic activity done (null: none known). */
export interface DayDone {
  sessions: number;
  minutes: number;
  aerobic: Record<string, number> | null;
}

/**
 * True above quota, false within, null when nothing planned speaks to what was done. As pacing
 * counts a boom, any quota will do: the day's minutes against the session quota (`planned`, or
 * the quotas' own), and each aerobic activity done against its own quota.
 */
export function isOverQuota(
  done: Omit<DayDone, 'sessions'>,
  planned: number | undefined,
  quotas: Readonly<Partial<Record<ActivityKey, number>>> | undefined,
): boolean | null {
  const session = planned ?? quotas?.session;
  const hasSession = session !== undefined && session > 0;
  if (hasSession && isBoom(done.minutes, session)) return true;
  let isMeasured = hasSession;
  if (quotas && done.aerobic) {
    for (const activity in done.aerobic) {
      const quota = quotas[activity as ActivityKey];
      if (quota === undefined || quota <= 0) continue;
      if (isBoom(done.aerobic[activity]!, quota)) return true;
      isMeasured = true;
    }
  }
  return isMeasured ? false : null;
}

/** True when a day had any plan to compare with: a session quota or any quota at all. */
export function hasPlanOn(planned: number | undefined, quotas: Readonly<Partial<Record<ActivityKey, number>>> | undefined): boolean {
  return planned !== undefined || (quotas !== undefined && Object.keys(quotas).length > 0);
}
