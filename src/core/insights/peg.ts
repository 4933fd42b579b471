/**
 * The PEG (Krebs 2009; clinical-sources.md §1): three 0-10 items about the past week, scored as
 * their mean to 2 decimals. A change of about 1 point or 30 % is meaningful (Reed 2024, and the
 * IMMPACT 30 % rule). Scores are kept in hundredths, so no rounding error creeps into a change.
 */
import { dayFromNumber, dayNumber } from '../pacing/days.js';
import { HONESTY, isMeaningfulChange } from './honesty.js';
import { MESSAGES } from './messages.js';
import type { InsightsInput, PegAnswer, PegChange, PegSummary, PegWeek } from './types.js';

/** The PEG score: the mean of pain, enjoyment and activity, rounded to 2 decimals. */
export function scorePeg(pain: number, enjoyment: number, activity: number): number {
  return Math.round(((pain + enjoyment + activity) / 3) * 100) / 100;
}

/** True when a PEG change from `reference` is meaningful: about 1 point, or 30 % of it. */
export function isMeaningfulPegChange(change: number, reference: number): boolean {
  return isMeaningfulChange(change, reference, HONESTY.meaningfulPegPoints);
}

function markOf(change: number, reference: number): PegChange {
  if (!isMeaningfulPegChange(change, reference)) return null;
  return change < 0 ? 'better' : 'worse';
}

function weeklyHundredths(answers: readonly PegAnswer[]): Map<number, number[]> {
  const byWeek = new Map<number, number[]>();
  for (const a of answers) {
    const day = dayNumber(a.localDate);
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    const list = byWeek.get(monday) ?? [];
    list.push(Math.round(scorePeg(a.pain, a.enjoyment, a.activity) * 100));
    byWeek.set(monday, list);
  }
  return byWeek;
}

/** The weekly PEG trend in range: each week's mean score and meaningful changes. */
export function buildPegSummary(input: Pick<InsightsInput, 'peg' | 'from' | 'to'>): PegSummary {
  const answers = (input.peg ?? []).filter(
    (a) => a.localDate >= input.from && a.localDate <= input.to,
  );
  const byWeek = [...weeklyHundredths(answers)].sort(([a], [b]) => a - b);
  let first: number | null = null;
  let previous: number | null = null;
  const weeks = byWeek.map(([monday, scores]): PegWeek => {
    const score = Math.round(scores.reduce((s, v) => s + v, 0) / scores.length);
    const fromPrevious = previous === null ? null : (score - previous) / 100;
    const fromFirst = first === null ? null : (score - first) / 100;
    const week: PegWeek = {
      weekStart: dayFromNumber(monday),
      score: score / 100,
      changeFromPrevious: fromPrevious,
      meaningfulFromPrevious:
        fromPrevious === null ? null : markOf(fromPrevious, (previous as number) / 100),
      changeFromFirst: fromFirst,
      meaningfulFromFirst: fromFirst === null ? null : markOf(fromFirst, (first as number) / 100),
    };
    first ??= score;
    previous = score;
    return week;
  });
  return { weeks, message: pegMessage(weeks) };
}

function pegMessage(weeks: readonly PegWeek[]): string {
  const last = weeks.at(-1);
  if (!last) return MESSAGES.pegNone;
  if (last.changeFromFirst === null) return MESSAGES.pegOne;
  return MESSAGES.pegTrend(last.score, last.changeFromFirst, last.meaningfulFromFirst !== null);
}
