/**
 * What the check-in's detail shows (issue 14; docs/insights.md, "What your journal shows"): codes
 * and numbers only, the web says them in words. Shares are fractions (3 decimals), pain and
 * ratings are on the 0-10 scale (1 decimal); every interval is a 95 % interval.
 */
import type { LocalDate } from '../calendar.js';
import type { JournalRegion, PainDescriptor, ReliefKind, Trigger } from '../journal/detail.js';

/** One day of a region's pain: the day's mean of its own numbers and the trailing 7-day mean. */
export interface RegionPoint {
  day: LocalDate;
  value: number | null;
  mean7: number | null;
}

/** One region's pain: `points` (one per day of the range) only from `required` days with a number. */
export interface RegionTrend {
  region: JournalRegion;
  days: number;
  required: number;
  points: RegionPoint[];
}

/** On how many days each descriptor was noted (description). */
export interface DescriptorCount {
  descriptor: PainDescriptor;
  days: number;
}

/**
 * The share of days with a nerve-type descriptor among days with any descriptor; `share` and `ci`
 * (Wilson) are null below `required` such days.
 */
export interface NerveDays {
  describedDays: number;
  nerveDays: number;
  required: number;
  share: number | null;
  ci: [number, number] | null;
  descriptors: DescriptorCount[];
}

/**
 * How far the triggers go: `needs_days` (fewer check-in days than required: nothing said),
 * `described` (counts only: too few rises or other days to compare), `tested` (compared).
 */
export type TriggerStatus = 'needs_days' | 'described' | 'tested';

/**
 * One trigger around rises and around other days (noted that day or the day before). When
 * tested: the difference in shares (rises minus others), its Newcombe interval, Fisher's p and
 * whether the link is claimed (Benjamini-Hochberg at 10 % across triggers, interval above zero).
 */
export interface TriggerLink {
  trigger: Trigger;
  beforeRises: number;
  aroundOthers: number;
  difference: number | null;
  ci: [number, number] | null;
  p: number | null;
  claimed: boolean;
}

/** Triggers and rises of pain (a rise: 2 points or more above the previous check-in day, ≤ 3 days before). */
export interface TriggerRises {
  status: TriggerStatus;
  checkinDays: number;
  /** Rises and other (compared, non-rise) days with detail around them. */
  rises: number;
  others: number;
  required: { checkinDays: number; rises: number; others: number };
  triggers: TriggerLink[];
}

/**
 * How much one kind of relief helped, as the person rated it (0-10): the later rating when given,
 * else the one at the time (`later` and `atTheTime` count which). Mean and t interval from
 * `required` ratings; null below. Not a change in pain: Pacewise does not measure that for relief.
 */
export interface ReliefSummary {
  kind: ReliefKind;
  n: number;
  required: number;
  mean: number | null;
  ci: [number, number] | null;
  later: number;
  atTheTime: number;
}

/** The journal's section: empty (no days, nulls, no lists) when no check-in carries detail. */
export interface JournalInsights {
  /** Days in the range with at least one check-in carrying detail. */
  detailDays: number;
  regions: RegionTrend[];
  nerve: NerveDays | null;
  triggers: TriggerRises | null;
  relief: ReliefSummary[];
}

/** The section of a journal without any detail. */
export const EMPTY_JOURNAL_INSIGHTS: JournalInsights = {
  detailDays: 0,
  regions: [],
  nerve: null,
  triggers: null,
  relief: [],
};
