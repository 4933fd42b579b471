// Number keys on the 0-10 scale (issue 15: Tab and Space could only choose 0). Dimensions: each
// digit alone, "1" then "0" inside and outside the window, a narrower scale, keys that are not digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEN_WINDOW_MS, valueForKey } from './scale-keys.js';

const ZERO_TO_TEN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('valueForKey', () => {
  it.each([
    ['"0" alone', '0', 0, null, ZERO_TO_TEN, 0],
    ['"7" alone', '7', 0, null, ZERO_TO_TEN, 7],
    ['"1" then "0" quickly', '0', 1000, { digit: 1, at: 0 }, ZERO_TO_TEN, 10],
    ['"1" then "0" at the edge of the window', '0', TEN_WINDOW_MS, { digit: 1, at: 0 }, ZERO_TO_TEN, 10],
    ['"1" then "0" after a pause', '0', TEN_WINDOW_MS + 1, { digit: 1, at: 0 }, ZERO_TO_TEN, 0],
    ['"2" then "0"', '0', 100, { digit: 2, at: 0 }, ZERO_TO_TEN, 0],
    ['"1" then "0" on a scale without 10', '0', 100, { digit: 1, at: 0 }, [0, 1, 2, 3, 4, 5, 6], 0],
    ['"9" on a scale of 0-6', '9', 0, null, [0, 1, 2, 3, 4, 5, 6], null],
    ['a letter', 'a', 0, null, ZERO_TO_TEN, null],
    ['Space', ' ', 0, null, ZERO_TO_TEN, null],
    ['Enter', 'Enter', 0, null, ZERO_TO_TEN, null],
  ] as const)('%s picks %s', (_name, key, at, last, steps, expected) => {
    expect(valueForKey(key, at, last, steps).value).toBe(expected);
  });

  it('forgets the "1" once it has made a 10, so a third "0" picks 0', () => {
    const first = valueForKey('1', 0, null, ZERO_TO_TEN);
    const second = valueForKey('0', 200, first.last, ZERO_TO_TEN);
    expect(second.value).toBe(10);
    expect(valueForKey('0', 400, second.last, ZERO_TO_TEN).value).toBe(0);
  });

  it('always picks a value on the scale, or none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('0', '1', '2', '5', '9', 'x', ' '), fc.nat(3000)), { maxLength: 20 }),
        fc.integer({ min: 0, max: 10 }),
        (keys, max) => {
          const steps = ZERO_TO_TEN.filter((n) => n <= max);
          let last = null;
          let at = 0;
          for (const [key, gap] of keys) {
            at += gap;
            const result = valueForKey(key, at, last, steps);
            if (result.value !== null) expect(steps).toContain(result.value);
            last = result.last;
          }
        },
      ),
    );
  });
});
