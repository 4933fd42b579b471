/**
 * The insights page of one person (docs/insights.md): trends, what sessions do, the next day,
 * sleep and pain, time of day, consistency, the weekly PEG and what the journal's detail shows, under the honesty rules of
 * CLINICAL.md §5. Pure and deterministic: the same journal always gives the same insights.
 */
import { PILLARS } from '../library/exercise.js';
import { buildConsistency } from './consistency.js';
import { buildJournal, countCheckinDays } from './daily.js';
import { compareDays } from './day-links.js';
import { buildHeadline } from './headline.js';
import { HONESTY } from './honesty.js';
import { buildJournalInsights } from './journal-detail.js';
import { MESSAGES } from './messages.js';
import { claimPatterns } from './patterns.js';
import { buildPegSummary } from './peg.js';
import { compareSessions } from './session-effect.js';
import { compareTimeOfDay, summarizeTimeOfDay } from './time-of-day.js';
import { buildTrends } from './trends.js';
import { PATTERN_CODES, type Insights, type InsightsInput, type Pattern } from './types.js';

/** Builds every insight of a journal between `from` and `to`. */
export function buildInsights(input: InsightsInput): Insights {
  const journal = buildJournal(input);
  const checkinDays = countCheckinDays(journal);
  const described = {
    checkinDays,
    trends: buildTrends(journal),
    timeOfDay: summarizeTimeOfDay(journal.checkins),
    consistency: buildConsistency(journal, input.plannedSessionsByWeek),
    peg: buildPegSummary(input),
    journal: buildJournalInsights(journal, checkinDays),
    note: MESSAGES.note,
  };
  if (checkinDays < HONESTY.minCheckinDays) {
    const required = HONESTY.minCheckinDays;
    const needs = { checkinDays, required, message: MESSAGES.needCheckins(checkinDays, required) };
    const headline = buildHeadline(journal.checkins, input.to, []);
    return { status: 'not_enough_data', needs, headline, patterns: [], ...described };
  }
  const primary = [
    compareSessions(journal.sessions),
    ...compareDays(journal),
    compareTimeOfDay(journal.checkins),
  ];
  const byPillar = PILLARS.map((pillar) => compareSessions(journal.sessions, pillar)).filter(
    (c) => c.n > 0,
  );
  const patterns = inDisplayOrder(claimPatterns(primary, byPillar));
  return { status: 'ok', headline: buildHeadline(journal.checkins, input.to, patterns), patterns, ...described };
}

function inDisplayOrder(patterns: Pattern[]): Pattern[] {
  return patterns.sort((a, b) => PATTERN_CODES.indexOf(a.code) - PATTERN_CODES.indexOf(b.code));
}
