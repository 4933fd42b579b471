/**
 * What to say about a score and a change, decided from the data: which sentence fits an
 * instrument's score (a PSFS average, a T-score with its error, a rating), and how a change since
 * the first time is marked. The words themselves live in the catalog.
 */
import type { z } from 'zod';
import type { HistoryPoint, InstrumentHistory, ScoreSchema } from '../../../contract/questionnaire.js';

type Score = z.infer<typeof ScoreSchema>;
type Point = z.infer<typeof HistoryPoint>;
type Direction = z.infer<typeof InstrumentHistory>['direction'];

/** The sentence a score needs. */
export type ScoreView =
  | { kind: 'psfs'; mean: number }
  | { kind: 'pgic'; value: number }
  | { kind: 'rating'; value: number }
  | { kind: 'tscore'; t: number; se: number | null; higherMeans: 'more_interference' | 'better_function'; partial: boolean }
  | { kind: 'points'; value: number }
  | { kind: 'none' };

/** The view of `score` for `instrument`; `direction` tells a T-score's meaning (PI lower is better). */
export function scoreView(instrument: string, score: Score, direction: Direction | null): ScoreView {
  const value = score.value;
  if (value === null) return { kind: 'none' };
  if (score.method === 'summed_table' || score.method === 'response_pattern') {
    const higherMeans = direction === 'higher_is_better' ? 'better_function' : 'more_interference';
    return { kind: 'tscore', t: value, se: score.se, higherMeans, partial: score.method === 'response_pattern' };
  }
  switch (instrument) {
    case 'psfs':
      return { kind: 'psfs', mean: value };
    case 'pgic':
      return { kind: 'pgic', value };
    case 'pain_rating':
    case 'peg':
      return { kind: 'rating', value };
    default:
      return { kind: 'points', value };
  }
}

/** How a point compares with the first one. */
export type ChangeView =
  | { kind: 'first' }
  | { kind: 'rating'; mark: Point['mark'] }
  | { kind: 'change'; change: number; direction: NonNullable<Point['direction']>; mark: NonNullable<Point['mark']> }
  | { kind: 'unmarked' };

/** The change view of a history point (the global impression is itself a rating of change). */
export function changeView(instrument: string, point: Point, isFirst: boolean): ChangeView {
  if (instrument === 'pgic') return point.mark ? { kind: 'rating', mark: point.mark } : { kind: 'unmarked' };
  if (isFirst || point.change === null) return { kind: 'first' };
  if (point.mark === null || point.direction === null) return { kind: 'unmarked' };
  return { kind: 'change', change: point.change, direction: point.direction, mark: point.mark };
}

/** A number as people read it: one decimal, none when whole. */
export function formatScore(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** True when a chart helps: three points or more. */
export function isChartWorthy(points: readonly unknown[]): boolean {
  return points.length >= 3;
}
