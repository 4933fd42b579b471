// Covers: the PEG score (Krebs 2009) on the clinical-sources §1 test vectors; the weekly trend
// (one score per ISO week, the week's mean, answers outside from-to left out); and the marks of
// meaningful change, about 1 point or 30 %, from the week before and from the first week.
import { describe, expect, it } from 'vitest';
import { buildPegSummary, scorePeg } from './peg.js';
import type { PegAnswer } from './types.js';

describe('scorePeg', () => {
  it.each([
    [6, 4, 5, 5.0],
    [10, 10, 10, 10.0],
    [0, 0, 1, 0.33],
    [0, 1, 1, 0.67],
    [0, 0, 0, 0],
    [7, 7, 8, 7.33],
  ])('P %d, E %d, G %d → %d', (p, e, g, score) => {
    expect(scorePeg(p, e, g)).toBe(score);
  });
});

const answer = (localDate: string, pain: number, enjoyment = pain, activity = pain): PegAnswer => ({
  localDate,
  pain,
  enjoyment,
  activity,
});

describe('the weekly PEG trend', () => {
  const range = { from: '2024-01-01', to: '2024-02-29' };

  it('says how to start when there is no answer', () => {
    expect(buildPegSummary({ ...range, peg: [] })).toEqual({
      weeks: [],
      message:
        'Answer the three PEG questions once a week to see how pain and daily life move together.',
    });
  });

  it('keeps one score per ISO week, the mean of that week, and leaves out answers outside the range', () => {
    const summary = buildPegSummary({
      ...range,
      peg: [
        answer('2023-12-31', 9),
        answer('2024-01-02', 6, 4, 5),
        answer('2024-01-07', 7),
        answer('2024-01-10', 5),
      ],
    });
    expect(summary.weeks.map((w) => [w.weekStart, w.score])).toEqual([
      ['2024-01-01', 6],
      ['2024-01-08', 5],
    ]);
  });

  it.each([
    ['1 point down: better', [8, 7], -1, 'better'],
    ['0.99 down from 8: under 1 point and under 30 %', [8, 7.01], -0.99, null],
    ['30 % down from 2', [2, 1.4], -0.6, 'better'],
    ['1 point up: worse', [4, 5], 1, 'worse'],
    ['no change', [5, 5], 0, null],
  ] as const)('%s', (_, [first, second], change, mark) => {
    // Three equal items give the score itself; 7.01 and 1.4 need unequal items.
    const items = (s: number): [number, number, number] =>
      Number.isInteger(s) ? [s, s, s] : s === 7.01 ? [7, 7, 7.03] : [1.4, 1.4, 1.4];
    const peg = [answer('2024-01-03', ...items(first)), answer('2024-01-10', ...items(second))];
    const week = buildPegSummary({ ...range, peg }).weeks[1]!;
    expect(week.changeFromPrevious).toBeCloseTo(change, 10);
    expect(week.meaningfulFromPrevious).toBe(mark);
    expect(week.meaningfulFromFirst).toBe(mark);
  });

  it('marks change from the first week separately from the week before', () => {
    const peg = [
      answer('2024-01-03', 8),
      answer('2024-01-10', 7.5, 7.5, 7.5),
      answer('2024-01-17', 7),
    ];
    const [, second, third] = buildPegSummary({ ...range, peg }).weeks;
    expect(second?.meaningfulFromPrevious).toBeNull();
    expect(third?.meaningfulFromPrevious).toBeNull();
    expect(third?.changeFromFirst).toBe(-1);
    expect(third?.meaningfulFromFirst).toBe('better');
  });

  it('tells the latest score against the first, lower being better', () => {
    const peg = [answer('2024-01-03', 6, 4, 5), answer('2024-01-10', 4)];
    expect(buildPegSummary({ ...range, peg }).message).toBe(
      'Your latest PEG score is 4.00, 1.00 lower than your first (lower is better). A change of this size is one people usually call meaningful (about 1 point or 30 %).',
    );
    expect(buildPegSummary({ ...range, peg: peg.slice(0, 1) }).message).toBe(
      'One PEG score so far. From next week you will see how it moves.',
    );
  });
});
