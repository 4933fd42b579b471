// The numbers of CLINICAL.md §3, one table per rule: start quota, weekly progress, flare halving,
// rebuild step, "too hard" easing, median and usual pain. Each row is (input → expected).
import { describe, expect, it } from 'vitest';
import {
  easedValue,
  halvedValue,
  median,
  progressedValue,
  rebuildStepSize,
  startQuota,
  usualPain,
} from './rules.js';
import type { DayRecord } from './types.js';

describe('startQuota: 80 % of the baseline, rounded down, at least 2 minutes or 3 reps', () => {
  it.each([
    [10, 'minutes', 8],
    [35, 'minutes', 28],
    [17 / 3, 'minutes', 4],
    [2, 'minutes', 2],
    [1, 'minutes', 2],
    [12, 'reps', 9],
    [15, 'reps', 12],
    [3, 'reps', 3],
  ] as const)('baseline %s %s → %s', (baseline, unit, expected) => {
    expect(startQuota(baseline, unit)).toBe(expected);
  });
});

describe('progressedValue: × 1.10 rounded down, at least one more', () => {
  it.each([
    [2, 3],
    [5, 6],
    [9, 10],
    [10, 11],
    [19, 20],
    [20, 22],
    [25, 27],
    [60, 66],
  ])('%s → %s', (value, expected) => {
    expect(progressedValue(value)).toBe(expected);
  });
});

describe('halvedValue: half, rounded down, never below the floor nor above where it was', () => {
  it.each([
    [10, 'minutes', 5],
    [9, 'minutes', 4],
    [5, 'minutes', 2],
    [3, 'minutes', 2],
    [2, 'minutes', 2],
    [1, 'minutes', 1],
    [15, 'reps', 7],
    [8, 'reps', 4],
    [5, 'reps', 3],
    [3, 'reps', 3],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(halvedValue(value, unit)).toBe(expected);
  });
});

describe('rebuildStepSize: a quarter of the gap, at least 1', () => {
  it.each([
    [10, 5, 2],
    [13, 6, 2],
    [40, 20, 5],
    [4, 2, 1],
    [3, 2, 1],
  ])('from %s halved to %s: steps of %s', (target, halved, expected) => {
    expect(rebuildStepSize(target, halved)).toBe(expected);
  });
});

describe('easedValue: 10 % less, at least one less, never below the floor', () => {
  it.each([
    [10, 'minutes', 9],
    [20, 'minutes', 18],
    [3, 'minutes', 2],
    [2, 'minutes', 2],
    [10, 'reps', 9],
    [4, 'reps', 3],
    [3, 'reps', 3],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(easedValue(value, unit)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('usualPain: the median over the 7 days before of each day\'s highest, from at least 3 days', () => {
  const record = (day: string, pains: number[]): DayRecord => ({
    day,
    pains,
    checkedIn: pains.length > 0,
    flare: false,
    active: false,
    sessions: [],
    activities: {},
  });
  const week = [
    record('2025-03-01', [9]),
    record('2025-03-02', [2, 3]),
    record('2025-03-04', [2]),
    record('2025-03-05', [4]),
    record('2025-03-09', [9]),
  ];

  it.each([
    // Days 03-02 (highest 3), 03-04 (2), 03-05 (4): median 3.
    ['2025-03-09', '2025-03-02', 3],
    ['2025-03-10', '2025-03-06', null],
    // 9, 3, 2, 4: median 3.5.
    ['2025-03-06', '2025-02-27', 3.5],
  ])('on %s (window from %s) → %s', (day, first, expected) => {
    expect(usualPain(week, day, first)).toBe(expected);
  });

  it('twelve check-ins on one day move usual pain as one day does (they can neither hide nor invent a flare)', () => {
    const days = [record('2025-03-01', [3]), record('2025-03-02', Array(12).fill(9) as number[]), record('2025-03-03', [3]), record('2025-03-04', [3])];
    expect(usualPain(days, '2025-03-05', '2025-02-26')).toBe(3);
    const quiet = [record('2025-03-01', [8]), record('2025-03-02', Array(12).fill(1) as number[]), record('2025-03-03', [8])];
    expect(usualPain(quiet, '2025-03-05', '2025-02-26')).toBe(8);
  });
});
