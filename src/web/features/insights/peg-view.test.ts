// Covers: no weeks, and marks placed only where the server marked a meaningful change
// from the week before (better or worse alike).
import { describe, expect, it } from 'vitest';
import type { PegWeek } from '../../../core/insights/index.js';
import { toPegChartData } from './peg-view.js';

function week(
  weekStart: string,
  score: number,
  mark: PegWeek['meaningfulFromPrevious'] = null,
): PegWeek {
  return {
    weekStart,
    score,
    changeFromPrevious: null,
    meaningfulFromPrevious: mark,
    changeFromFirst: null,
    meaningfulFromFirst: null,
  };
}

describe('toPegChartData', () => {
  it('marks only the weeks the server marked', () => {
    const weeks = [
      week('2026-11-02', 6),
      week('2026-11-09', 4.67, 'better'),
      week('2026-11-16', 4.33),
      week('2026-11-23', 6, 'worse'),
    ];
    expect(toPegChartData(weeks)).toEqual([
      [0, 1, 2, 3],
      [6, 4.67, 4.33, 6],
      [null, 4.67, null, 6],
    ]);
  });

  it('is empty with no weeks', () => {
    expect(toPegChartData([])).toEqual([[], [], []]);
  });
});
