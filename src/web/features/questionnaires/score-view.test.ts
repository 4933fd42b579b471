/** Which sentence a score gets, and how a change is marked. */
import { describe, expect, it } from 'vitest';
import { changeView, formatScore, isChartWorthy, scoreView } from './score-view.js';

const score = (value: number | null, method: 'single' | 'mean' | 'summed_table' | 'response_pattern' | null, se: number | null = null) => ({ value, se, raw: null, method, answered: 6, of: 6 });
const point = (change: number | null, mark: 'meaningful' | 'possibly_meaningful' | 'not_meaningful' | null, direction: 'better' | 'worse' | 'same' | null) => ({
  responseId: '00000000-0000-4000-8000-000000000001', localDate: '2026-11-24', score: score(5, 'mean'), change, mark, direction,
});

describe('scoreView', () => {
  it.each([
    ['psfs', score(6.25, 'mean'), null, { kind: 'psfs', mean: 6.25 }],
    ['pgic', score(2, 'single'), null, { kind: 'pgic', value: 2 }],
    ['pain_rating', score(4, 'single'), null, { kind: 'rating', value: 4 }],
    ['imported:x', score(58.6, 'summed_table', 1.5), 'lower_is_better', { kind: 'tscore', t: 58.6, se: 1.5, higherMeans: 'more_interference', partial: false }],
    ['imported:x', score(41.2, 'response_pattern', 2.9), 'higher_is_better', { kind: 'tscore', t: 41.2, se: 2.9, higherMeans: 'better_function', partial: true }],
    ['imported:x', score(null, null), null, { kind: 'none' }],
  ] as const)('%s %j', (instrument, s, direction, expected) => {
    expect(scoreView(instrument, s, direction)).toEqual(expected);
  });
});

describe('changeView', () => {
  it.each([
    ['the first answer', 'psfs', point(null, null, null), true, { kind: 'first' }],
    ['a meaningful rise', 'psfs', point(2.4, 'meaningful', 'better'), false, { kind: 'change', change: 2.4, direction: 'better', mark: 'meaningful' }],
    ['not yet', 'psfs', point(0.5, 'not_meaningful', 'better'), false, { kind: 'change', change: 0.5, direction: 'better', mark: 'not_meaningful' }],
    ['the impression marks itself', 'pgic', point(null, 'meaningful', null), true, { kind: 'rating', mark: 'meaningful' }],
    ['a change with no mark', 'imported:x', point(3, null, null), false, { kind: 'unmarked' }],
  ] as const)('%s', (_name, instrument, p, isFirst, expected) => {
    expect(changeView(instrument, p, isFirst)).toEqual(expected);
  });
});

describe('formatScore and isChartWorthy', () => {
  it.each([[6, '6'], [6.25, '6.3'], [58.64, '58.6'], [-2, '-2']])('%d reads %s', (value, text) => {
    expect(formatScore(value)).toBe(text);
  });
  it('charts from three points on', () => {
    expect([0, 1, 2, 3].map((n) => isChartWorthy(Array.from({ length: n })))).toEqual([false, false, false, true]);
  });
});
