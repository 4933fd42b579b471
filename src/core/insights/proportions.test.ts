// Covers: Wilson's interval against Newcombe 1998's table (and its ends at 0 and n), Newcombe's
// hybrid interval for a difference against the paper's worked examples, and Fisher's exact test
// against the tea-tasting table and a textbook one; and that the intervals stay within range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactP, newcombeInterval, wilsonInterval } from './proportions.js';

describe("Wilson's interval", () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [5, 10, 0.2366, 0.7634],
  ])('%d of %d: %d to %d', (x, n, low, high) => {
    const [l, h] = wilsonInterval(x, n);
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });

  it('is [0, 1] with nothing to go on', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('holds the share and stays within 0 and 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const [l, h] = wilsonInterval(x, n);
        expect(l).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1);
        expect(l).toBeLessThanOrEqual(x / n + 1e-12);
        expect(h).toBeGreaterThanOrEqual(x / n - 1e-12);
      }),
    );
  });
});

describe("Newcombe's interval for a difference (method 10)", () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.8090],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
  ])('%d/%d − %d/%d: %d to %d', (a, n1, b, n2, low, high) => {
    const [l, h] = newcombeInterval(a, n1, b, n2);
    expect(l).toBeCloseTo(low, 3);
    expect(h).toBeCloseTo(high, 3);
  });
});

describe("Fisher's exact test", () => {
  it.each([
    [3, 4, 1, 4, 0.4857],
    [1, 10, 11, 14, 0.002759],
    [5, 5, 0, 5, 0.007937],
    [2, 5, 2, 5, 1],
  ])('%d/%d against %d/%d: p = %d', (a, n1, b, n2, p) => {
    expect(fisherExactP(a, n1, b, n2)).toBeCloseTo(p, 4);
  });
});
