/** The browser's check of the days typed for a visit report; the server checks again. */
import { findRangeProblem, isLocalDate } from '../../../core/calendar.js';
import type { reportMessages } from './messages.js';

type Words = (typeof reportMessages)['en'];

/** A problem with one of the two days, and its words. */
export type FieldProblem = { field: 'from' | 'to'; message: string } | null;

/** What is wrong with the days typed, if anything (the server checks again). */
export function periodProblem(from: string, to: string, m: Words): FieldProblem {
  if (from && !isLocalDate(from)) return { field: 'from', message: m.dayRequired };
  if (to && !isLocalDate(to)) return { field: 'to', message: m.dayRequired };
  if (!from || !to) return null;
  switch (findRangeProblem(from, to)) {
    case 'ends_before_start':
      return { field: 'to', message: m.reversed };
    case 'too_long':
      return { field: 'to', message: m.tooLong };
    case null:
      return null;
  }
}
