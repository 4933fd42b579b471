import { describe, expect, it } from 'vitest';
import { minutesOpen, parseReviewMinutes } from './review-minutes.js';

describe('review minutes', () => {
  it.each([[0, 1], [59_999, 1], [60_000, 1], [119_999, 1], [120_000, 2], [14 * 60_000 + 30_000, 14]])('after %i ms open, %i minutes', (ms, minutes) => {
    expect(minutesOpen(1_000, 1_000 + ms)).toBe(minutes);
  });

  it.each([['1', 1], [' 12 ', 12], ['240', 240], ['0', null], ['241', null], ['2.5', null], ['', null], ['ten', null], ['-3', null]])('"%s" reads as %s', (text, value) => {
    expect(parseReviewMinutes(text)).toBe(value);
  });
});
