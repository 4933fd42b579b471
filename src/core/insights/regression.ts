/**
 * Regression of daily pain with AR(1) errors (docs/insights.md, "Pain carries over"). Pain is
 * autocorrelated (lag-1 about 0.5), so day-level tests that treat days as independent find
 * patterns in noise. We fit by feasible GLS: Prais-Winsten whitening, exact over missing days
 * (a gap of L days carries ρ^L), with the carry-over ρ re-estimated from the residuals
 * (Cochrane-Orcutt) and bias-corrected upwards. A claim must then hold across the plausible
 * range ρ̂ ± 1 SE: the p-value is the largest over that range and the interval their union.
 */
import { toEstimate, type Estimate } from './stats.js';

/** One day of a regression: its day number, the outcome, and the regressors (the first is 1). */
export interface SeriesRow {
  t: number;
  y: number;
  x: number[];
}

/** A least-squares fit. */
export interface OlsFit {
  beta: number[];
  /** (XᵀX)⁻¹: times sigma² it is the covariance of beta. */
  inverse: number[][];
  sigma2: number;
  df: number;
}

/** Inverts a small symmetric positive-definite matrix (Gauss-Jordan); null when singular. */
export function invertMatrix(matrix: readonly (readonly number[])[]): number[][] | null {
  const k = matrix.length;
  const a = matrix.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) {
      if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    }
    const scale = Math.abs(matrix[c]![c]!) || 1;
    if (Math.abs(a[pivot]![c]!) < 1e-10 * scale) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const row = a[c]!;
    const d = row[c]!;
    for (let j = 0; j < 2 * k; j++) row[j]! /= d;
    for (let r = 0; r < k; r++) {
      const f = a[r]![c]!;
      if (r === c || f === 0) continue;
      for (let j = 0; j < 2 * k; j++) a[r]![j]! -= f * row[j]!;
    }
  }
  return a.map((row) => row.slice(k));
}

/** The normal equations XᵀX β = Xᵀy, filled one row at a time (no design matrix is kept). */
class NormalEquations {
  readonly xtx: number[][];
  readonly xty: number[];
  yty = 0;
  n = 0;

  constructor(readonly k: number) {
    this.xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    this.xty = new Array<number>(k).fill(0);
  }

  add(x: readonly number[], y: number): void {
    for (let j = 0; j < this.k; j++) {
      this.xty[j]! += x[j]! * y;
      for (let l = 0; l <= j; l++) this.xtx[j]![l]! += x[j]! * x[l]!;
    }
    this.yty += y * y;
    this.n++;
  }

  /** Solves; null when columns are collinear or no residual df is left. RSS = yᵀy − βᵀXᵀy. */
  solve(): OlsFit | null {
    const { k, n, xtx, xty } = this;
    if (k === 0 || n <= k) return null;
    for (let j = 0; j < k; j++) for (let l = j + 1; l < k; l++) xtx[j]![l] = xtx[l]![j]!;
    const inverse = invertMatrix(xtx);
    if (!inverse) return null;
    const beta = inverse.map((row) => dot(row, xty));
    const rss = Math.max(0, this.yty - dot(beta, xty));
    return { beta, inverse, sigma2: rss / (n - k), df: n - k };
  }
}

/** Least squares of y on the columns of X; null when X has collinear columns or no residual df. */
export function fitOls(X: readonly (readonly number[])[], y: readonly number[]): OlsFit | null {
  const equations = new NormalEquations(X[0]?.length ?? 0);
  X.forEach((row, i) => equations.add(row, y[i]!));
  return equations.solve();
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}

/** Carry-over assumed when too few pairs of consecutive days exist to estimate it. */
export const FALLBACK_RHO = 0.5;
const MAX_RHO = 0.95;

/**
 * The residuals' lag-1 autocorrelation from pairs of consecutive days, bias-corrected upwards
 * (Marriott-Pope: E[ρ̂] ≈ ρ − (1 + 3ρ)/n) and kept within [0, 0.9]. Null below 5 pairs.
 */
export function estimateRho(rows: readonly SeriesRow[], beta: readonly number[]): number | null {
  let cross = 0;
  let pairs = 0;
  let squares = 0;
  let previous = Number.NaN;
  for (let i = 0; i < rows.length; i++) {
    const u = rows[i]!.y - dot(rows[i]!.x, beta);
    squares += u * u;
    if (i > 0 && rows[i]!.t - rows[i - 1]!.t === 1) {
      cross += u * previous;
      pairs++;
    }
    previous = u;
  }
  if (pairs < 5 || squares === 0) return null;
  return correctRho(cross / pairs / (squares / rows.length), rows.length);
}

/** A raw lag-1 autocorrelation from n values, bias-corrected upwards and kept within [0, 0.9]. */
export function correctRho(raw: number, n: number): number {
  return Math.min(0.9, Math.max(0, raw + (1 + 3 * raw) / n));
}

/**
 * How much autocorrelation ρ inflates the variance of a mean (or of a difference between groups
 * of days whose membership persists): (1 + ρ)/(1 − ρ), i.e. n_eff = n (1 − ρ)/(1 + ρ).
 */
export function ar1Inflation(rho: number): number {
  return (1 + rho) / (1 - rho);
}

/**
 * Visits each row whitened for AR(1) errors with carry-over ρ; a gap of L days uses ρ^L (exact
 * GLS). `visit` receives a reused buffer: copy it to keep it.
 */
function forEachWhitened(
  rows: readonly SeriesRow[],
  rho: number,
  visit: (x: number[], y: number) => void,
): void {
  const k = rows[0]?.x.length ?? 0;
  const x = new Array<number>(k);
  const first = Math.sqrt(1 - rho * rho);
  rows.forEach((row, i) => {
    const previous = i > 0 ? rows[i - 1]! : null;
    const carry = previous ? rho ** (row.t - previous.t) : 0;
    const w = previous ? Math.sqrt((1 - rho * rho) / (1 - carry * carry)) : first;
    for (let j = 0; j < k; j++) x[j] = (row.x[j]! - carry * (previous?.x[j] ?? 0)) * w;
    visit(x, (row.y - carry * (previous?.y ?? 0)) * w);
  });
}

/** The rows whitened for AR(1) errors with carry-over ρ, as a design matrix and outcome. */
export function whiten(rows: readonly SeriesRow[], rho: number): { X: number[][]; Y: number[] } {
  const X: number[][] = [];
  const Y: number[] = [];
  forEachWhitened(rows, rho, (x, y) => {
    X.push([...x]);
    Y.push(y);
  });
  return { X, Y };
}

function fitAt(rows: readonly SeriesRow[], rho: number): OlsFit | null {
  const equations = new NormalEquations(rows[0]?.x.length ?? 0);
  forEachWhitened(rows, rho, (x, y) => equations.add(x, y));
  return equations.solve();
}

/** The GLS estimate of coefficient j at one ρ; one df is spent on ρ itself. */
function coefficientAt(fit: OlsFit, j: number): Estimate {
  const df = fit.df - 1;
  const se = Math.sqrt((fit.sigma2 * fit.df * fit.inverse[j]![j]!) / df);
  return toEstimate(fit.beta[j]!, se, df);
}

/** A fitted AR(1) regression: the carry-over used and one estimate per requested coefficient. */
export interface Ar1Fit {
  rho: number;
  estimates: Estimate[];
}

/**
 * Fits y on x with AR(1) errors, for rows sorted by day; returns the requested coefficients.
 * Each estimate is at ρ̂; its p-value is the largest and its interval the union over ρ̂ ± 1 SE.
 */
export function fitAr1Regression(rows: readonly SeriesRow[], coefficients: readonly number[]) {
  const k = rows[0]?.x.length ?? 0;
  if (rows.length - k - 1 < 3) return null;
  let fit = fitOls(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
  );
  let rho = FALLBACK_RHO;
  for (let iteration = 0; iteration < 3 && fit; iteration++) {
    rho = estimateRho(rows, fit.beta) ?? FALLBACK_RHO;
    fit = fitAt(rows, rho);
  }
  if (!fit) return null;
  const spread = Math.sqrt((1 - rho * rho) / rows.length);
  const grid = [rho - spread, rho + spread].map((r) => Math.min(MAX_RHO, Math.max(0, r)));
  const others = grid.map((r) => fitAt(rows, r));
  const estimates = coefficients.map((j) => {
    const central = coefficientAt(fit, j);
    return others.reduce<Estimate>((acc, other) => {
      if (!other) return acc;
      const e = coefficientAt(other, j);
      return {
        ...acc,
        low: Math.min(acc.low, e.low),
        high: Math.max(acc.high, e.high),
        p: Math.max(acc.p, e.p),
      };
    }, central);
  });
  return { rho, estimates } satisfies Ar1Fit;
}
