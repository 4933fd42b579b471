/**
 * The one or two plain sentences the insights page leads with (issue 15), decided here as codes
 * and numbers and worded by the web catalog: how this week's pain compares with last week's,
 * and the first link the honesty rules let the page claim. Honest: a week with too few days says
 * how many more would do, a small change says it may be everyday ups and downs, and no pattern
 * is named unless it was claimed.
 */
import { addDays, type LocalDate } from '../calendar.js';
import { isMeaningfulPainChange } from './honesty.js';
import type { InsightsCheckin, PartOfDay, Pattern, PatternCode } from './types.js';
import type { Pillar } from '../library/exercise.js';

/** Days with a check-in each week needs before its average is told (as a 7-day average needs 4). */
export const HEADLINE_MIN_DAYS = 4;
/** Below half a point, two weekly averages are "about the same". */
export const HEADLINE_SAME_POINTS = 0.5;

/** How this week's average pain stands against last week's. */
export type WeekChange = 'about_same' | 'a_little_lower' | 'a_little_higher' | 'clearly_lower' | 'clearly_higher';

/** The first sentence: a comparison of weeks, this week alone, or what is still needed. */
export type PainHeadline =
  | { code: 'weeks_compared'; thisWeek: number; lastWeek: number; change: WeekChange; days: number }
  | { code: 'this_week_only'; thisWeek: number; days: number; lastWeekDays: number }
  | { code: 'too_few_checkins'; days: number; more: number };

/** The second sentence, only for a claimed link. */
export interface LinkHeadline {
  code: PatternCode;
  pillar?: Pillar;
  parts?: [PartOfDay, PartOfDay];
  direction: 'lower' | 'higher';
}

/** What the page says first. */
export interface Headline {
  pain: PainHeadline;
  link: LinkHeadline | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/** The mean of the daily mean pain over the 7 days ending `end`, and how many days had one. */
function weekPain(checkins: readonly InsightsCheckin[], end: LocalDate): { mean: number | null; days: number } {
  const start = addDays(end, -6);
  const byDay = new Map<LocalDate, number[]>();
  for (const c of checkins) {
    if (c.localDate < start || c.localDate > end) continue;
    byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), c.pain]);
  }
  const means = [...byDay.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return { mean: means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length, days: means.length };
}

/** How a difference of weekly averages reads: same below half a point, "clearly" when meaningful. */
export function weekChangeOf(thisWeek: number, lastWeek: number): WeekChange {
  const change = thisWeek - lastWeek;
  if (Math.abs(change) < HEADLINE_SAME_POINTS) return 'about_same';
  const clear = isMeaningfulPainChange(change, lastWeek);
  if (change < 0) return clear ? 'clearly_lower' : 'a_little_lower';
  return clear ? 'clearly_higher' : 'a_little_higher';
}

/** The pain sentence for the week ending `to`. */
export function buildPainHeadline(checkins: readonly InsightsCheckin[], to: LocalDate): PainHeadline {
  const now = weekPain(checkins, to);
  if (now.mean === null || now.days < HEADLINE_MIN_DAYS) {
    return { code: 'too_few_checkins', days: now.days, more: HEADLINE_MIN_DAYS - now.days };
  }
  const before = weekPain(checkins, addDays(to, -7));
  const thisWeek = round1(now.mean);
  if (before.mean === null || before.days < HEADLINE_MIN_DAYS) {
    return { code: 'this_week_only', thisWeek, days: now.days, lastWeekDays: before.days };
  }
  return { code: 'weeks_compared', thisWeek, lastWeek: round1(before.mean), change: weekChangeOf(now.mean, before.mean), days: now.days };
}

/** The first claimed link, in the page's order; none when nothing was claimed. */
export function pickLinkHeadline(patterns: readonly Pattern[]): LinkHeadline | null {
  const claimed = patterns.find((p) => p.claimed && p.effect !== null && p.effect !== 0);
  if (!claimed || claimed.effect === null) return null;
  return {
    code: claimed.code,
    ...(claimed.pillar ? { pillar: claimed.pillar } : {}),
    ...(claimed.parts ? { parts: claimed.parts } : {}),
    direction: claimed.effect < 0 ? 'lower' : 'higher',
  };
}

/** Both sentences. */
export function buildHeadline(checkins: readonly InsightsCheckin[], to: LocalDate, patterns: readonly Pattern[]): Headline {
  return { pain: buildPainHeadline(checkins, to), link: pickLinkHeadline(patterns) };
}
