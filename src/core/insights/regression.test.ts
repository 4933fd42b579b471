// Covers: least squares on exact data; singular designs; the AR(1) whitening (ρ = 0 is plain
// least squares; a gap of L days carries ρ^L); the carry-over estimate and its bias correction;
// and the AR(1) regression recovering a known effect on simulated autocorrelated days.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../planner/random.js';
import {
  ar1Inflation,
  correctRho,
  estimateRho,
  fitAr1Regression,
  fitOls,
  invertMatrix,
  whiten,
  type SeriesRow,
} from './regression.js';
import { normal } from './testing/journal-generator.js';

describe('least squares', () => {
  it('recovers an exact line', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const fit = fitOls(
      xs.map((x) => [1, x]),
      xs.map((x) => 2 + 3 * x),
    );
    expect(fit?.beta[0]).toBeCloseTo(2, 10);
    expect(fit?.beta[1]).toBeCloseTo(3, 10);
    expect(fit?.sigma2).toBeCloseTo(0, 10);
    expect(fit?.df).toBe(4);
  });

  it('gives the textbook slope and its variance', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: slope 0.6, intercept 2.2, RSS 2.4, Var(slope) = (2.4/3)/10.
    const fit = fitOls(
      [1, 2, 3, 4, 5].map((x) => [1, x]),
      [2, 4, 5, 4, 5],
    );
    expect(fit?.beta[1]).toBeCloseTo(0.6, 10);
    expect(fit?.beta[0]).toBeCloseTo(2.2, 10);
    expect((fit?.sigma2 ?? 0) * (fit?.inverse[1]?.[1] ?? 0)).toBeCloseTo(0.08, 10);
  });

  it.each([
    [
      'collinear columns',
      [
        [1, 2],
        [2, 4],
        [3, 6],
      ],
      [1, 2, 3],
    ],
    [
      'no residual df',
      [
        [1, 0],
        [1, 1],
      ],
      [1, 2],
    ],
  ])('refuses %s', (_, X, y) => {
    expect(fitOls(X, y)).toBeNull();
  });

  it('inverts a 3 × 3 matrix', () => {
    const m = [
      [4, 1, 0],
      [1, 3, 1],
      [0, 1, 2],
    ];
    const inv = invertMatrix(m)!;
    m.forEach((row, i) =>
      row.forEach((_, j) => {
        const product = row.reduce((s, v, k) => s + v * inv[k]![j]!, 0);
        expect(product).toBeCloseTo(i === j ? 1 : 0, 12);
      }),
    );
  });
});

describe('AR(1) whitening', () => {
  const rows: SeriesRow[] = [
    { t: 0, y: 4, x: [1, 0] },
    { t: 1, y: 6, x: [1, 1] },
    { t: 3, y: 5, x: [1, 0] },
  ];

  it('changes nothing when ρ = 0', () => {
    expect(whiten(rows, 0)).toEqual({ X: rows.map((r) => r.x), Y: rows.map((r) => r.y) });
  });

  it('carries ρ^L over a gap of L days, scaled to unit innovation variance', () => {
    const { Y } = whiten(rows, 0.5);
    expect(Y[0]).toBeCloseTo(4 * Math.sqrt(0.75), 12);
    expect(Y[1]).toBeCloseTo(6 - 0.5 * 4, 12);
    // Gap of 2 days: carry 0.25, variance (1 − 0.0625)/(1 − 0.25) of one day's innovation.
    expect(Y[2]).toBeCloseTo((5 - 0.25 * 6) * Math.sqrt(0.75 / 0.9375), 12);
  });

  it.each([
    [0, 50, 0.02],
    [0.5, 50, 0.55],
    [-0.3, 50, 0],
    [0.95, 20, 0.9],
  ])('bias-corrects a raw ρ of %d from %d days upwards, within [0, 0.9]', (raw, n, expected) => {
    expect(correctRho(raw, n)).toBeCloseTo(expected, 10);
  });

  it('inflates the variance of a mean by (1 + ρ)/(1 − ρ)', () => {
    expect(ar1Inflation(0)).toBe(1);
    expect(ar1Inflation(0.5)).toBeCloseTo(3, 12);
  });

  it('needs 5 pairs of consecutive days to estimate ρ', () => {
    const sparse = [0, 2, 4, 6, 8, 10].map((t) => ({ t, y: t % 4, x: [1] }));
    expect(estimateRho(sparse, [1])).toBeNull();
  });
});

/** Days of pain: AR(1) noise (ρ, marginal SD 1.2) plus `effect` on the days with x = 1. */
function simulatedDays(seed: number, rho: number, effect: number, days = 200): SeriesRow[] {
  const random = createRandom(seed);
  let carry = normal(random) * 1.2;
  const rows: SeriesRow[] = [];
  for (let t = 0; t < days; t++) {
    if (t > 0) carry = rho * carry + normal(random) * 1.2 * Math.sqrt(1 - rho * rho);
    const x = random() < 0.3 ? 1 : 0;
    if (random() < 0.1) continue;
    rows.push({ t, y: 5 + carry + effect * x, x: [1, x] });
  }
  return rows;
}

describe('regression with AR(1) errors', () => {
  it.each([
    [0.6, 1],
    [0.3, -0.8],
    [0.8, 0.5],
  ])('estimates the carry-over (ρ = %d) and recovers an effect of %d', (rho, effect) => {
    const fit = fitAr1Regression(simulatedDays(7, rho, effect, 600), [1])!;
    const e = fit.estimates[0]!;
    expect(fit.rho).toBeGreaterThan(rho - 0.1);
    expect(fit.rho).toBeLessThan(rho + 0.1);
    expect(e.low).toBeLessThan(effect);
    expect(e.high).toBeGreaterThan(effect);
    expect(e.p).toBeLessThan(0.001);
  });

  it('keeps the interval honest: on 400 null series, about 5 % or fewer exclude zero', () => {
    let excluded = 0;
    for (let seed = 0; seed < 400; seed++) {
      const e = fitAr1Regression(simulatedDays(seed, 0.6, 0, 60), [1])?.estimates[0];
      if (e && (e.low > 0 || e.high < 0)) excluded++;
    }
    expect(excluded / 400).toBeLessThanOrEqual(0.06);
  });

  it('refuses too few rows', () => {
    expect(fitAr1Regression(simulatedDays(1, 0.5, 0, 4), [1])).toBeNull();
  });
});
