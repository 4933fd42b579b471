/**
 * Outcome changes with their meaningful-change marks, from the values the sources give (not the
 * "1 point or 30 %" rule of thumb, which research/clinical-sources.md marks as secondary):
 *
 * - PEG (Krebs 2009; lower is better): Reed DE, Stump TE, Monahan PO, Kroenke K. J Pain
 *   2024;25(1):142-152 (PMC10859144), clinical-sources.md §1 and §10.4: anchor-based minimally
 *   important difference mostly 1.0-1.75 points. A change of 1.75 or more is meaningful; from 1.0
 *   it is possibly meaningful (within the range the anchors give).
 * - PSFS (Stratford 1995; higher is better): clinical-sources.md §4: the smallest detectable
 *   change (MDC90) of the average score is 2 points (Stratford), above the 1.3 MID of Abbott &
 *   Schmitt, JOSPT 2014;44(8):560-564. A change of 2 or more is meaningful; from 1.3 possibly.
 */
import type { LocalDate } from '../calendar.js';
import { scorePeg } from '../insights/peg.js';
import type { ChangeMark, OutcomeChange, ReportPeg, ReportPsfs } from './types.js';

/** Where a change becomes possibly meaningful and meaningful, in points. */
export const MEANINGFUL_CHANGE = {
  peg: { possibly: 1.0, surely: 1.75 },
  psfs: { possibly: 1.3, surely: 2.0 },
} as const;

type Outcome = keyof typeof MEANINGFUL_CHANGE;

/** How a change of an outcome compares with its meaningful change. */
export function markChange(outcome: Outcome, change: number): ChangeMark {
  const size = Math.abs(change) + 1e-9;
  const { possibly, surely } = MEANINGFUL_CHANGE[outcome];
  if (size >= surely) return 'meaningful';
  return size >= possibly ? 'possibly_meaningful' : 'not_meaningful';
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
