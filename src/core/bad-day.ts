/**
 * Which day a bad-day mark is for (issue 13): the day the person tapped it, in their time zone.
 * A mark sent later (it waited on the device) still means that day, as long as it is today or
 * yesterday; an older day is refused, because the week it changed is gone.
 */
import { addDays, type LocalDate } from './calendar.js';

/** Why a day cannot be marked, or null when it can. */
export type BadDayProblem = 'not_today_or_yesterday' | null;

/** The day a mark is for: the one sent, or today when none was sent (older clients). */
export function badDayOf(sent: LocalDate | undefined, today: LocalDate): LocalDate {
  return sent ?? today;
}

/** Null when `day` is today or yesterday as of `today`; otherwise why not. */
export function findBadDayProblem(day: LocalDate, today: LocalDate): BadDayProblem {
  return day === today || day === addDays(today, -1) ? null : 'not_today_or_yesterday';
}
