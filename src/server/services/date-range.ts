/** The one answer to a range of days a list or insights cannot take. */
import { findRangeProblem, MAX_RANGE_DAYS } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';

/** Throws a 400 naming `to` when the range ends before it starts or spans more than a year. */
export function checkDateRange(from: string, to: string): void {
  const problem = findRangeProblem(from, to);
  if (problem === 'ends_before_start') throw new AppError('validation_failed', 'The range ends before it starts.', 'to');
  if (problem === 'too_long') {
    throw new AppError('validation_failed', `Ask for at most ${MAX_RANGE_DAYS} days at a time.`, 'to');
  }
}
