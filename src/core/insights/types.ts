/**
 * The insights' data (CLINICAL.md §4-5; docs/insights.md): a journal in, plain JSON out. Effects
 * are in pain points on the 0-10 scale; every interval is a 95 % interval unless it says otherwise.
 */
import type { LocalDate } from '../calendar.js';
import type { Pillar } from '../library/exercise.js';
import type { CheckinDetail } from '../journal/detail.js';
import type { Headline } from './headline.js';
import type { JournalInsights } from './journal-types.js';
import type { QuotaHistory } from './planned.js';

/** One check-in as the insights read it; `localHour` (0-23) is the person's own clock. */
export interface InsightsCheckin {
  localDate: LocalDate;
  localHour: number;
  pain: number;
  flare: boolean;
  sleep: number | null;
  mood: number | null;
  energy: number | null;
  stiffness: number | null;
  stress: number | null;
  /** The check-in's optional detail (issue 14), when any. */
  detail?: CheckinDetail | null;
}

/** One logged session: pain before and after (unknown for some partial sessions), the pillars of its done items, its minutes. */
export interface InsightsSession {
  localDate: LocalDate;
  painBefore: number;
  painAfter: number | null;
  pillars: Pillar[];
  minutes: number;
  /** Minutes of each aerobic activity done (quota key, e.g. `aerobic:walking` → minutes), when known. */
  aerobic?: Readonly<Record<string, number>>;
}

/** One weekly PEG answer (three 0-10 items about the past week; Krebs 2009). */
export interface PegAnswer {
  localDate: LocalDate;
  pain: number;
  enjoyment: number;
  activity: number;
}

/** Everything the insights need, for the person's calendar days `from`-`to` (both included). */
export interface InsightsInput {
  from: LocalDate;
  to: LocalDate;
  checkins: readonly InsightsCheckin[];
  sessions: readonly InsightsSession[];
  /** Minutes planned (the session quota) per day; a day above 150 % of it is "above quota". */
  plannedByDay?: Readonly<Record<LocalDate, number>>;
  /**
   * Pacing's quotas at the start of each day, from its replay (planned.ts): a day is above quota
   * when it held more than 150 % of its session quota, or else of the quota of an activity done.
   */
  quotasByDay?: QuotaHistory;
  /** Sessions planned per ISO week, keyed by the week's Monday. */
  plannedSessionsByWeek?: Readonly<Record<LocalDate, number>>;
  peg?: readonly PegAnswer[];
}

/** The comparisons the insights test. */
export const PATTERN_CODES = [
  'session_effect',
  'session_effect_pillar',
  'next_day_activity',
  'next_day_over_quota',
  'sleep_pain',
  'time_of_day',
] as const;
/** One of the pattern codes. */
export type PatternCode = (typeof PATTERN_CODES)[number];

/** The parts of the day, from the check-in's local hour. */
export const PARTS_OF_DAY = ['morning', 'midday', 'evening', 'night'] as const;
/** One part of the day. */
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/**
 * One pattern. `effect` is group a minus group b in pain points (1 decimal): after minus before
 * for sessions; null, with `ci` null, when the data are not yet enough to compare.
 */
export interface Pattern {
  code: PatternCode;
  pillar?: Pillar;
  /** For `time_of_day`: the parts compared, lowest pain first. */
  parts?: [PartOfDay, PartOfDay];
  effect: number | null;
  ci: [number, number] | null;
  /** Days (or sessions, or check-ins for the time of day) behind the comparison. */
  n: number;
  groups?: { a: number; b: number };
  /** The test's p-value (4 decimals), before the FDR step; Bonferroni-adjusted for time of day. */
  p: number | null;
  /** Passes every honesty rule: enough data, FDR 10 %, interval clear of zero. */
  claimed: boolean;
  /** Claimed, and at least 2 points or 30 % of the comparison's baseline (CLINICAL.md §4). */
  meaningful: boolean;
  message: string;
}

/** One day of a trend: the day's mean, the trailing 7- and 28-day means (null when too sparse). */
export interface TrendPoint {
  day: LocalDate;
  value: number | null;
  mean7: number | null;
  mean28: number | null;
}

/** The journal scales drawn as trends. */
export const TREND_SCALES = ['pain', 'sleep', 'mood', 'energy', 'stiffness', 'stress'] as const;
/** One trend scale. */
export type TrendScale = (typeof TREND_SCALES)[number];

/** Trends are description, never claims. */
export interface Trends {
  series: Record<TrendScale, TrendPoint[]>;
  flareDays: LocalDate[];
}

/** Mean pain in one part of the day. */
export interface PartOfDaySummary {
  part: PartOfDay;
  meanPain: number | null;
  n: number;
}

/** Pain by time of day: description, plus the `time_of_day` pattern in `patterns`. */
export interface TimeOfDay {
  parts: PartOfDaySummary[];
  lowest: PartOfDay | null;
}

/** One ISO week of sessions: information, never a score. */
export interface ConsistencyWeek {
  weekStart: LocalDate;
  done: number;
  planned: number | null;
  message: string;
}

/** A meaningful PEG change (about 1 point or 30 %), or none. */
export type PegChange = 'better' | 'worse' | null;

/** One week's PEG (the mean of the week's scores, 2 decimals) and how it moved. */
export interface PegWeek {
  weekStart: LocalDate;
  score: number;
  changeFromPrevious: number | null;
  meaningfulFromPrevious: PegChange;
  changeFromFirst: number | null;
  meaningfulFromFirst: PegChange;
}

/** The PEG trend with its meaningful-change marks. */
export interface PegSummary {
  weeks: PegWeek[];
  message: string;
}

/** What the person sees on the insights page. */
export interface Insights {
  status: 'ok' | 'not_enough_data';
  /** Present when patterns wait for more check-ins. */
  needs?: { checkinDays: number; required: number; message: string };
  checkinDays: number;
  /** The plain sentences the page leads with (headline.ts). */
  headline: Headline;
  patterns: Pattern[];
  trends: Trends;
  timeOfDay: TimeOfDay;
  consistency: ConsistencyWeek[];
  peg: PegSummary;
  /** What the check-ins' detail shows: regions, nerve-type days, triggers, what helped. */
  journal: JournalInsights;
  /** One sentence under every pattern list: hints to discuss, not proof. */
  note: string;
}
