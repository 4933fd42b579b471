/** The insights' public surface (CLINICAL.md §4-5); see docs/insights.md. */
export { buildInsights } from './build-insights.js';
export { HEADLINE_MIN_DAYS } from './headline.js';
export type { Headline, LinkHeadline, PainHeadline, WeekChange } from './headline.js';
export { DETAIL_HONESTY, HONESTY, isMeaningfulPainChange } from './honesty.js';
export { EMPTY_JOURNAL_INSIGHTS } from './journal-types.js';
export type {
  DescriptorCount,
  JournalInsights,
  NerveDays,
  RegionPoint,
  RegionTrend,
  ReliefSummary,
  TriggerLink,
  TriggerRises,
  TriggerStatus,
} from './journal-types.js';
export { MESSAGES } from './messages.js';
export { isMeaningfulPegChange, scorePeg } from './peg.js';
export { sessionInputOf } from './session-input.js';
export type { LoggedSession } from './session-input.js';
export { partOfDay } from './time-of-day.js';
export { PARTS_OF_DAY, PATTERN_CODES, TREND_SCALES } from './types.js';
export type {
  ConsistencyWeek,
  Insights,
  InsightsCheckin,
  InsightsInput,
  InsightsSession,
  PartOfDay,
  PartOfDaySummary,
  Pattern,
  PatternCode,
  PegAnswer,
  PegChange,
  PegSummary,
  PegWeek,
  TimeOfDay,
  TrendPoint,
  TrendScale,
  Trends,
} from './types.js';
