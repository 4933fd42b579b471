/**
 * Outcome changes with their meaningful-change marks, from the values the sources give (not the
 * "1 point or 30 %" rule of thumb, which research/clinical-sources.md marks as secondary). The
 * numbers and their sources live with each instrument in src/core/questionnaires (one source):
 *
 * - PEG (Krebs 2009; lower is better): Reed 2024, anchor-based MID mostly 1.0-1.75 points —
 *   1.75 or more is meaningful, from 1.0 possibly (questionnaires/instruments/peg.ts).
 * - PSFS (Stratford 1995; higher is better): MDC90 of the average 2 points, above Abbott &
 *   Schmitt's 1.3 MID — 2 or more is meaningful, from 1.3 possibly (questionnaires/instruments/psfs.ts).
 */
import type { LocalDate } from '../calendar.js';
import { scorePeg } from '../insights/peg.js';
import { markChange as markAgainst, PEG_MEANINGFUL, PSFS_MEANINGFUL } from '../questionnaires/index.js';
import type { ChangeMark, OutcomeChange, ReportPeg, ReportPsfs } from './types.js';

/** Where a change becomes possibly meaningful and meaningful, in points. */
export const MEANINGFUL_CHANGE = {
  peg: PEG_MEANINGFUL,
  psfs: PSFS_MEANINGFUL,
} as const;

type Outcome = keyof typeof MEANINGFUL_CHANGE;

/** How a change of an outcome compares with its meaningful change. */
export function markChange(outcome: Outcome, change: number): ChangeMark {
  return markAgainst(MEANINGFUL_CHANGE[outcome], change) ?? 'not_meaningful';
}

interface Scored {
  localDate: LocalDate;
  score: number;
}

function changeOf(outcome: Outcome, scores: readonly Scored[], higherIsBetter: boolean): OutcomeChange | null {
  const sorted = [...scores].sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;
  const base = { firstOn: first.localDate, first: first.score, lastOn: last.localDate, last: last.score };
  if (sorted.length < 2) return { ...base, change: null, direction: null, mark: null };
  const change = Math.round((last.score - first.score) * 100) / 100;
  const improved = higherIsBetter ? change > 0 : change < 0;
  return { ...base, change, direction: change === 0 ? 'same' : improved ? 'better' : 'worse', mark: markChange(outcome, change) };
}

/** The PEG's first and last score in the period (each the mean of its three items). */
export function pegChange(answers: readonly ReportPeg[]): OutcomeChange | null {
  return changeOf('peg', answers.map((a) => ({ localDate: a.localDate, score: scorePeg(a.pain, a.enjoyment, a.activity) })), false);
}

/** The PSFS's first and last score in the period. */
export function psfsChange(scores: readonly ReportPsfs[]): OutcomeChange | null {
  return changeOf('psfs', scores, true);
}
