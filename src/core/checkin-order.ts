/**
 * Which check-ins are the latest. Several check-ins a day are allowed, each at its own instant,
 * and a person may log one for earlier today after a later one: order by the instant it is
 * about (`at`), not by when it was saved; ties go to the one saved last.
 */
import type { Checkin } from './checkin.js';

type Ordered = Pick<Checkin, 'at'> & { createdAt?: string };

/** Compares two check-ins so that the newest comes first. */
export function compareNewestFirst(a: Ordered, b: Ordered): number {
  const byAt = Date.parse(b.at) - Date.parse(a.at);
  if (byAt !== 0) return byAt;
  return Date.parse(b.createdAt ?? b.at) - Date.parse(a.createdAt ?? a.at);
}

/** The `count` latest check-ins, newest first; the input is left as it was. */
export function latestCheckins<T extends Ordered>(checkins: readonly T[], count: number): T[] {
  return [...checkins].sort(compareNewestFirst).slice(0, Math.max(0, count));
}
