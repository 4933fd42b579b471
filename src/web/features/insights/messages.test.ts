// Covers: the size line of a pattern (lower, higher, about the same, an interval across zero,
// one point and counts of one), PEG changes with and without a meaningful mark, and that no
// word of the page says "cause".
import { describe, expect, it } from 'vitest';
import { insightsMessages } from './messages.js';

const m = insightsMessages.en;

describe('the size line of a pattern', () => {
  it.each([
    [
      { direction: 'lower', size: 1, low: -1.4, high: -0.6 },
      30,
      'sessions',
      'Pain about 1.0 point lower (95\u00a0% interval 0.6 to 1.4 lower), from 30 sessions.',
    ],
    [
      { direction: 'higher', size: 1.3, low: 0.7, high: 2 },
      53,
      'days',
      'Pain about 1.3 points higher (95\u00a0% interval 0.7 to 2.0 higher), from 53 days.',
    ],
    [
      { direction: 'lower', size: 0.2, low: -0.6, high: 0.2 },
      1,
      'checkins',
      'Pain about 0.2 points lower (95\u00a0% interval from 0.6 lower to 0.2 higher), from 1 check-in.',
    ],
    [
      { direction: 'same', size: 0, low: -0.3, high: 0.4 },
      40,
      'days',
      'Pain about the same (95\u00a0% interval from 0.3 lower to 0.4 higher), from 40 days.',
    ],
    [
      { direction: 'lower', size: 0.3, low: -0.6, high: 0 },
      12,
      'days',
      'Pain about 0.3 points lower (95\u00a0% interval 0.0 to 0.6 lower), from 12 days.',
    ],
  ] as const)('%j', (view, n, unit, sentence) => {
    expect(m.patterns.effect(view, n, unit)).toBe(sentence);
  });
});

describe('PEG changes', () => {
  it.each([
    [null, null, 'First week'],
    [-1.33, 'better', '−1.33 (better: a meaningful change)'],
    [1, 'worse', '+1.00 (worse: a meaningful change)'],
    [0.33, null, '+0.33'],
    [0, null, '0.00'],
  ] as const)('%s %s → %s', (change, mark, text) => {
    expect(m.peg.change(change, mark)).toBe(text);
  });
});

describe('words', () => {
  it('never say "cause"', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(m);
    texts.push(m.patternTitle.time_of_day('morning', 'evening'));
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(text).not.toMatch(/\bcaus/i);
  });
});
