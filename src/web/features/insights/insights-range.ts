/** The range control of the insights page: the last 30, 90 or 180 days, kept in the address. */
import { windowStart } from '../../../core/checkin.js';
import type { LocalDate } from '../../../core/calendar.js';

/** The ranges a person can pick, in days. */
export const INSIGHT_RANGES = [30, 90, 180] as const;
/** One of the ranges. */
export type InsightRange = (typeof INSIGHT_RANGES)[number];

/** The server's own default (90 days), so the page and the API agree without a query. */
export const DEFAULT_RANGE: InsightRange = 90;

/** The range named by the `days` query value, or the default for anything else. */
export function parseRange(value: string | null): InsightRange {
  return INSIGHT_RANGES.find((days) => String(days) === value) ?? DEFAULT_RANGE;
}

/** The `from` and `to` of a range ending on `today`, both included, in the person's days. */
export function rangeDates(
  today: LocalDate,
  days: InsightRange,
): { from: LocalDate; to: LocalDate } {
  return { from: windowStart(today, days), to: today };
}

/** The address of the insights page showing `days`; the default keeps a clean address. */
export function rangeSearch(days: InsightRange): string {
  return days === DEFAULT_RANGE ? '' : `?days=${days}`;
}
