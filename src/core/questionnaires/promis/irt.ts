/**
 * Graded-response-model scoring under a standard normal prior on a fixed quadrature grid: the
 * Lord–Wingersky recursion for summed-score tables, and expected a posteriori (EAP) scoring of a
 * response pattern. T = 50 + 10 × posterior mean of theta; SE = 10 × posterior SD.
 */
import type { ItemParameters } from './parameters.js';

/**
 * The quadrature: theta from −4 to 4 in steps of 0.01. This reproduces every T and SE of the
 * PI 6a and 6b tables in clinical-sources.md §2.4 (HealthMeasures' range); a wider −6..6 grid
 * moves the top raw score of each (30) up by 0.1 T and its SE by up to 0.2.
 */
export const GRID = { from: -4, to: 4, step: 0.01 } as const;

/** A T-score and its standard error, unrounded. */
export interface ThetaEstimate {
  t: number;
  se: number;
}

/** The grid's theta points and their prior weights (standard normal, unnormalised). */
export interface Quadrature {
  theta: Float64Array;
  prior: Float64Array;
}

/** Build the quadrature once. */
export function buildQuadrature(grid: { from: number; to: number; step: number } = GRID): Quadrature {
  const n = Math.round((grid.to - grid.from) / grid.step) + 1;
  const theta = new Float64Array(n);
  const prior = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    theta[i] = grid.from + i * grid.step;
    prior[i] = Math.exp(-0.5 * theta[i]! * theta[i]!);
  }
  return { theta, prior };
}

/** The probability of each category 1-5 (index 0-4) of an item at theta. */
export function categoryProbabilities(item: ItemParameters, theta: number): [number, number, number, number, number] {
  const above = item.b.map((b) => 1 / (1 + Math.exp(-item.a * (theta - b))));
  const p = (k: number): number => (k === 0 ? 1 : k === 5 ? 0 : above[k - 1]!);
  return [p(0) - p(1), p(1) - p(2), p(2) - p(3), p(3) - p(4), p(4) - p(5)];
}

/** The posterior mean and SD of theta from weights on the grid, as a T-score and SE. */
export function estimateFrom(q: Quadrature, weight: (i: number) => number): ThetaEstimate {
  let sum = 0;
  let mean = 0;
  let square = 0;
  for (let i = 0; i < q.theta.length; i += 1) {
    const w = q.prior[i]! * weight(i);
    sum += w;
    mean += w * q.theta[i]!;
    square += w * q.theta[i]! * q.theta[i]!;
  }
  const m = mean / sum;
  const sd = Math.sqrt(Math.max(0, square / sum - m * m));
  return { t: 50 + 10 * m, se: 10 * sd };
}

/**
 * The Lord–Wingersky recursion: for each grid point, the likelihood of each summed score
 * (items scored 1-5, raw n…5n). Returns likelihoods[raw − n][gridIndex].
 */
export function summedScoreLikelihoods(items: readonly ItemParameters[], q: Quadrature): Float64Array[] {
  const n = items.length;
  const rows = 4 * n + 1;
  const like = Array.from({ length: rows }, () => new Float64Array(q.theta.length));
  for (let g = 0; g < q.theta.length; g += 1) {
    let dist = [1];
    for (const item of items) {
      const p = categoryProbabilities(item, q.theta[g]!);
      const next = new Array<number>(dist.length + 4).fill(0);
      dist.forEach((d, s) => p.forEach((pk, k) => (next[s + k]! += d * pk)));
      dist = next;
    }
    dist.forEach((d, s) => (like[s]![g] = d));
  }
  return like;
}

/** The summed-score table: the T-score and SE of each raw score n…5n. */
export function summedScoreTable(items: readonly ItemParameters[], q: Quadrature): { raw: number; estimate: ThetaEstimate }[] {
  const like = summedScoreLikelihoods(items, q);
  return like.map((row, s) => ({ raw: items.length + s, estimate: estimateFrom(q, (g) => row[g]!) }));
}

/** An item's category probabilities at every grid point: curves[category − 1][gridIndex]. */
export function itemCurves(item: ItemParameters, q: Quadrature): Float64Array[] {
  const curves = Array.from({ length: 5 }, () => new Float64Array(q.theta.length));
  for (let g = 0; g < q.theta.length; g += 1) {
    categoryProbabilities(item, q.theta[g]!).forEach((p, k) => (curves[k]![g] = p));
  }
  return curves;
}

/** The EAP estimate of a response pattern (each answered item's curves and category 1-5). */
export function patternEstimate(answered: readonly { curves: readonly Float64Array[]; category: number }[], q: Quadrature): ThetaEstimate {
  const like = new Float64Array(q.theta.length).fill(1);
  for (const { curves, category } of answered) {
    const curve = curves[category - 1]!;
    for (let g = 0; g < q.theta.length; g += 1) like[g]! *= curve[g]!;
  }
  return estimateFrom(q, (g) => like[g]!);
}
