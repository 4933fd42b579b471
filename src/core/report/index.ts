/** The visit report (issue 11): what it says, as data. */
export { buildVisitReport, clipText, paperForLocale, REPORT_LIMITS, shortlist } from './build-report.js';
export { markChange, MEANINGFUL_CHANGE, pegChange, psfsChange } from './outcomes.js';
export { choosePeriod, DEFAULT_REPORT_DAYS, type PeriodRequest, type PeriodResult } from './period.js';
export type * from './types.js';
