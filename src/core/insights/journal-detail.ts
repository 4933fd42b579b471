/**
 * What the check-ins' detail shows (issue 14; docs/insights.md, "What your journal shows"): pain
 * per region, nerve-type days, triggers before a rise and what helped, under the honesty rules of
 * CLINICAL.md §5. Codes and numbers; the web says them in words.
 */
import type { Journal } from './daily.js';
import { detailByDay } from './journal-days.js';
import { summarizeNerveDays } from './journal-nerve.js';
import { buildRegionTrends } from './journal-regions.js';
import { summarizeRelief } from './journal-relief.js';
import { compareTriggers } from './journal-triggers.js';
import type { JournalInsights } from './journal-types.js';

/** The journal's section of the insights, from the days of `journal` and its check-ins' detail. */
export function buildJournalInsights(journal: Journal, checkinDays: number): JournalInsights {
  const detail = detailByDay(journal);
  const detailDays = detail.reduce((n, d) => n + (d === null ? 0 : 1), 0);
  if (detailDays === 0) return { detailDays: 0, regions: [], nerve: null, triggers: null, relief: [] };
  return {
    detailDays,
    regions: buildRegionTrends(journal.days, detail),
    nerve: summarizeNerveDays(detail),
    triggers: compareTriggers(journal.days, detail, checkinDays),
    relief: summarizeRelief(journal.checkins),
  };
}
