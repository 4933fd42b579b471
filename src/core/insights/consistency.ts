/**
 * Consistency: sessions logged against sessions planned, ISO week by ISO week. Information for
 * the person and their therapist, never a score: the sentence says what was logged, never what
 * was not.
 */
import type { LocalDate } from '../calendar.js';
import { dayFromNumber, dayNumber } from '../pacing/days.js';
import type { Journal } from './daily.js';
import { MESSAGES } from './messages.js';
import type { ConsistencyWeek } from './types.js';

/** The day number of the Monday starting the ISO week of a day number (day 0 was a Thursday). */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** One row per ISO week touching the range: sessions logged in range, and the plan if known. */
export function buildConsistency(
  journal: Journal,
  plannedSessionsByWeek?: Readonly<Record<LocalDate, number>>,
): ConsistencyWeek[] {
  const last = journal.firstDay + journal.days.length - 1;
  const weeks: ConsistencyWeek[] = [];
  if (journal.days.length === 0) return weeks;
  const doneByWeek = new Map<number, number>();
  for (const s of journal.sessions) {
    const monday = mondayOf(dayNumber(s.localDate));
    doneByWeek.set(monday, (doneByWeek.get(monday) ?? 0) + 1);
  }
  for (let monday = mondayOf(journal.firstDay); monday <= last; monday += 7) {
    const weekStart = dayFromNumber(monday);
    const done = doneByWeek.get(monday) ?? 0;
    const planned = plannedSessionsByWeek?.[weekStart] ?? null;
    weeks.push({ weekStart, done, planned, message: MESSAGES.consistencyWeek(done, planned, weekStart) });
  }
  return weeks;
}
