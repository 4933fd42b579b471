// The visit report download's pure parts: the days typed, and the file's name.
import { describe, expect, it } from 'vitest';
import { reportMessages } from './messages.js';
import { periodProblem } from './period-problem.js';
import { reportFileName } from './report-file.js';

const m = reportMessages.en;

describe('periodProblem', () => {
  it.each([
    ['', '', null],
    ['2026-11-01', '', null],
    ['', '2026-11-01', null],
    ['2026-11-01', '2026-11-24', null],
    ['2026-11-24', '2026-11-01', { field: 'to', message: m.reversed }],
    ['2025-01-01', '2026-11-24', { field: 'to', message: m.tooLong }],
    ['2026-02-30', '', { field: 'from', message: m.dayRequired }],
    ['', 'soon', { field: 'to', message: m.dayRequired }],
  ])('from %j to %j', (from, to, expected) => {
    expect(periodProblem(from, to, m)).toEqual(expected);
  });
});

describe('reportFileName', () => {
  it.each([
    ['attachment; filename="pacewise-visit-report-2026-10-28-to-2026-11-24.pdf"', 'pacewise-visit-report-2026-10-28-to-2026-11-24.pdf'],
    [null, 'pacewise-visit-report.pdf'],
  ])('names %j as %j', (disposition, name) => {
    expect(reportFileName(disposition)).toBe(name);
  });
});
