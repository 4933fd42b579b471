/** Which weeks the week-by-week table shows: none from before the journal began. */
import { addDays, type LocalDate } from '../../../core/calendar.js';
import type { ConsistencyWeek } from '../../../core/insights/index.js';

/**
 * The weeks from the first one that holds anything: a session, a plan, or the first day of the
 * journal. Weeks before a person started are not "no sessions"; they are before the start.
 */
export function weeksSinceStart(
  weeks: readonly ConsistencyWeek[],
  firstJournalDay: LocalDate | null,
): ConsistencyWeek[] {
  const start = weeks.findIndex(
    (w) =>
      w.done > 0 ||
      w.planned !== null ||
      (firstJournalDay !== null && addDays(w.weekStart, 6) >= firstJournalDay),
  );
  return start === -1 ? [] : weeks.slice(start);
}
