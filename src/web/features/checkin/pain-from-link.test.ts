// Home's quick check-in: only a whole number 0-10 in the link chooses a pain; anything else leaves the scale empty.
import { describe, expect, it } from 'vitest';
import { painFromLink } from './pain-from-link.js';

describe('painFromLink', () => {
  it.each([
    ['0', 0],
    ['4', 4],
    ['10', 10],
    [null, null],
    ['', null],
    ['11', null],
    ['-1', null],
    ['4.5', null],
    ['04', null],
    [' 4', null],
    ['four', null],
  ])('%j → %j', (value, expected) => {
    expect(painFromLink(value)).toBe(expected);
  });
});
