// Covers: mean and sample SD; ln Γ and the incomplete beta against closed forms; Student's t CDF,
// p-values and quantiles against published tables and the exact df = 1 and df = 2 formulas;
// intervals for a mean and Welch's difference; Benjamini-Hochberg on the 1995 paper's example.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustBenjaminiHochberg,
  benjaminiHochberg,
  incompleteBeta,
  lag1Autocorrelation,
  logGamma,
  mean,
  meanInterval,
  sampleSd,
  tCdf,
  tQuantile,
  tTwoSidedP,
  welchInterval,
} from './stats.js';

describe('mean and spread', () => {
  it.each([
    [[2, 4, 4, 4, 5, 5, 7, 9], 5, 2.13809],
    [[1, 2, 3, 4, 5], 3, 1.58114],
    [[5, 5, 5], 5, 0],
  ])('%j: mean %d, sample SD %d', (values, m, sd) => {
    expect(mean(values)).toBeCloseTo(m, 10);
    expect(sampleSd(values)).toBeCloseTo(sd, 4);
  });

  it('has no sample SD for one value', () => {
    expect(sampleSd([3])).toBeNaN();
  });

  it.each([
    ['alternating', [1, -1, 1, -1, 1, -1], -5 / 6],
    ['a ramp', [1, 2, 3, 4, 5], 0.4],
    ['flat', [2, 2, 2], 0],
  ])('lag-1 autocorrelation of %s', (_, values, rho) => {
    expect(lag1Autocorrelation(values)).toBeCloseTo(rho, 10);
  });
});

describe('special functions', () => {
  it.each([
    [1, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10.5, 13.940625219403763],
    [171, 706.5730622457874],
  ])('ln Γ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['I_x(1, 1) = x', 0.3, 1, 1, 0.3],
    ['I_x(a, 1) = x^a', 0.6, 3, 1, 0.216],
    ['I_x(1, b) = 1 − (1 − x)^b', 0.2, 1, 4, 1 - 0.8 ** 4],
    ['I_0.5(2, 3)', 0.5, 2, 3, 0.6875],
    ['edges', 0, 2, 2, 0],
  ])('%s', (_, x, a, b, expected) => {
    expect(incompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
  });
});

describe("Student's t", () => {
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 4, 2.7764],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.95, 10, 1.8125],
    [0.995, 20, 2.8453],
    [0.975, 120, 1.9799],
    [0.975, 1e6, 1.96],
    [0.025, 4, -2.7764],
  ])('the %d quantile with %d df is %d (published tables)', (p, df, t) => {
    expect(tQuantile(p, df)).toBeCloseTo(t, 3);
  });

  it.each([-3, -0.5, 0, 0.7, 2, 10])('matches the exact Cauchy CDF (df = 1) at t = %d', (t) => {
    expect(tCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
  });

  it.each([-3, -0.5, 0, 0.7, 2, 10])('matches the exact df = 2 CDF at t = %d', (t) => {
    expect(tCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
  });

  it.each([
    [2, 10, 0.073388],
    [2.228139, 10, 0.05],
    [1.96, 1e6, 0.05],
    [0, 5, 1],
  ])('two-sided p of t = %d with %d df is %d', (t, df, p) => {
    expect(tTwoSidedP(t, df)).toBeCloseTo(p, 5);
  });

  it('inverts its own CDF', () => {
    const p = fc.double({ min: 0.0005, max: 0.9995, noNaN: true });
    fc.assert(
      fc.property(p, fc.double({ min: 1, max: 500, noNaN: true }), (prob, df) => {
        expect(tCdf(tQuantile(prob, df), df)).toBeCloseTo(prob, 8);
      }),
    );
  });
});

describe('intervals', () => {
  it('gives the one-sample t interval of a mean', () => {
    const e = meanInterval([1, 2, 3, 4, 5]);
    const half = 2.776445 * (Math.sqrt(2.5) / Math.sqrt(5));
    expect(e.estimate).toBe(3);
    expect(e.low).toBeCloseTo(3 - half, 4);
    expect(e.high).toBeCloseTo(3 + half, 4);
    expect(e.df).toBe(4);
  });

  it('widens with an inflation of the variance', () => {
    const plain = meanInterval([1, 2, 3, 4, 5]);
    const inflated = meanInterval([1, 2, 3, 4, 5], 4);
    expect(inflated.se).toBeCloseTo(plain.se * 2, 12);
    expect(inflated.p).toBeGreaterThan(plain.p);
  });

  it("gives Welch's difference with Welch-Satterthwaite df", () => {
    // var(a) = 2.5 and var(b) = 10 over n = 5: se = √(0.5 + 2) and df = 2.5² / (0.5²/4 + 2²/4).
    const e = welchInterval([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]);
    expect(e.estimate).toBe(-4);
    expect(e.se).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(e.df).toBeCloseTo(6.25 / 1.0625, 10);
    expect(e.p).toBeCloseTo(tTwoSidedP(4 / Math.sqrt(2.5), 6.25 / 1.0625), 12);
    expect(e.high).toBeLessThan(0);
  });

  it('has df 2(n − 1) for equal variances and sizes', () => {
    expect(welchInterval([1, 2, 3], [4, 5, 6]).df).toBeCloseTo(4, 10);
  });
});

describe('Benjamini-Hochberg', () => {
  // Benjamini & Hochberg (1995), §4: 15 p-values; at q = 0.05 the four smallest are rejected.
  const paper = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
    0.6528, 0.759, 1,
  ];

  it('rejects the four smallest of the 1995 example at q = 0.05', () => {
    expect(benjaminiHochberg(paper, 0.05).filter(Boolean)).toHaveLength(4);
    expect(benjaminiHochberg(paper, 0.05).slice(0, 4)).toEqual([true, true, true, true]);
  });

  it.each([
    ['step-up: a large p rescues smaller ones', [0.04, 0.045, 0.05], 0.05, [true, true, true]],
    ['order does not matter', [0.5, 0.001, 0.02], 0.1, [false, true, true]],
    ['nothing below k·q/m', [0.03, 0.5, 0.6, 0.7, 0.8], 0.1, [false, false, false, false, false]],
    ['one at q/m', [0.02, 0.5, 0.6, 0.7, 0.8], 0.1, [true, false, false, false, false]],
    ['empty', [], 0.1, []],
  ])('%s', (_, pValues, q, expected) => {
    expect(benjaminiHochberg(pValues, q)).toEqual(expected);
  });

  it('adjusts p-values as p.adjust(method = "BH") does', () => {
    const adjusted = adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('rejects exactly the p-values whose adjusted value is ≤ q, and more as q grows', () => {
    const pList = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 });
    fc.assert(
      fc.property(pList, fc.double({ min: 0.01, max: 0.5, noNaN: true }), (pValues, q) => {
        const rejected = benjaminiHochberg(pValues, q);
        const adjusted = adjustBenjaminiHochberg(pValues);
        rejected.forEach((r, i) => expect(r).toBe((adjusted[i] as number) <= q + 1e-12));
        benjaminiHochberg(pValues, q / 2).forEach((r, i) => r && expect(rejected[i]).toBe(true));
      }),
    );
  });
});
