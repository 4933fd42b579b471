/** The period a visit report covers. */
import { addDays, findRangeProblem, type LocalDate } from '../calendar.js';

/** Days a report covers when there was no review: the last 4 weeks. */
export const DEFAULT_REPORT_DAYS = 28;

/** What the period is chosen from: the query, the person's today, the last review's day. */
export interface PeriodRequest {
  from?: LocalDate | undefined;
  to?: LocalDate | undefined;
  today: LocalDate;
  lastReviewOn: LocalDate | null;
}

/** The period, or why it cannot be: it ends before it starts, or is longer than a year. */
export type PeriodResult =
  | { ok: true; from: LocalDate; to: LocalDate }
  | { ok: false; problem: 'ends_before_start' | 'too_long' };

/**
 * The period asked for; by default from the last review (a review counts as the last visit) up
 * to today, else the last 4 weeks. A default that would run past a year is cut to a year.
 */
export function choosePeriod(request: PeriodRequest): PeriodResult {
  const to = request.to ?? request.today;
  const from = request.from ?? defaultFrom(to, request.lastReviewOn);
  const problem = findRangeProblem(from, to);
  return problem ? { ok: false, problem } : { ok: true, from, to };
}

function defaultFrom(to: LocalDate, lastReviewOn: LocalDate | null): LocalDate {
  const fourWeeks = addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  if (lastReviewOn === null || lastReviewOn >= to) return fourWeeks;
  const yearAgo = addDays(to, -365);
  return lastReviewOn < yearAgo ? yearAgo : lastReviewOn;
}
