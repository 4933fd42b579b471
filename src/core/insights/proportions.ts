/**
 * Intervals and a test for shares of days (docs/insights.md, "What your journal shows"): Wilson's
 * score interval for one share, Newcombe's hybrid score interval for a difference of two, and
 * Fisher's exact test for a 2×2 table. Pure functions, no randomness.
 */
import { logGamma } from './stats.js';

/** The normal quantile for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** Wilson's score interval for `successes` of `n` (Wilson 1927); [0, 1] when n is 0. */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Newcombe's hybrid score interval for p₁ − p₂ (Newcombe 1998, method 10), from the two Wilson
 * intervals: good coverage with small counts, and never outside [−1, 1].
 */
export function newcombeInterval(a: number, n1: number, b: number, n2: number): [number, number] {
  const p1 = a / n1;
  const p2 = b / n2;
  const [l1, u1] = wilsonInterval(a, n1);
  const [l2, u2] = wilsonInterval(b, n2);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Fisher's exact two-sided p-value for the table [[a, n1 − a], [b, n2 − b]]: the chance, with the
 * margins fixed, of a table no more likely than the one seen.
 */
export function fisherExactP(a: number, n1: number, b: number, n2: number): number {
  const k = a + b;
  const n = n1 + n2;
  const logProb = (x: number) => logChoose(n1, x) + logChoose(n2, k - x) - logChoose(n, k);
  const seen = logProb(a);
  let p = 0;
  for (let x = Math.max(0, k - n2); x <= Math.min(k, n1); x++) {
    const lp = logProb(x);
    if (lp <= seen + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
