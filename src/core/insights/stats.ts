/**
 * Small, exact statistics for the insights (docs/insights.md): means, Student's t distribution
 * (through the regularized incomplete beta function), intervals for a mean and for a difference
 * of means, and the Benjamini-Hochberg procedure. Pure functions, no randomness.
 */

/** Rounds half away from zero to `decimals` places (so −0.95 and 0.95 round alike), never to −0. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f + 0;
}

/** The arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The sample variance (n − 1 in the denominator); NaN below two values. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / (values.length - 1);
}

/** The sample standard deviation (n − 1 in the denominator). */
export function sampleSd(values: readonly number[]): number {
  return Math.sqrt(sampleVariance(values));
}

/** The lag-1 autocorrelation of a series in time order (the usual estimator; 0 when flat). */
export function lag1Autocorrelation(values: readonly number[]): number {
  const m = mean(values);
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    den += d * d;
    if (i > 0) num += d * ((values[i - 1] as number) - m);
  }
  return den > 0 ? num / den : 0;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The incomplete beta function's continued fraction (modified Lentz; Numerical Recipes §6.4). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const clampTiny = (v: number) => (Math.abs(v) < tiny ? tiny : v);
  let c = 1;
  let d = 1 / clampTiny(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 2000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / clampTiny(1 + even * d);
    c = clampTiny(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / clampTiny(1 + odd * d);
    c = clampTiny(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom (df may be fractional). */
export function tTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return 1;
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  const tail = tTwoSidedP(t, df) / 2;
  return t > 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (bisection on the exact CDF, to about 1e-10). */
export function tQuantile(p: number, df: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p === 0.5) return 0;
  let low = -1;
  let high = 1;
  while (tCdf(low, df) > p) low *= 2;
  while (tCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-10 * Math.max(1, Math.abs(high)); i++) {
    const mid = (low + high) / 2;
    if (tCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** An estimate with its standard error, t degrees of freedom, interval and p-value (against 0). */
export interface Estimate {
  estimate: number;
  se: number;
  df: number;
  low: number;
  high: number;
  p: number;
}

/** Completes an estimate and its standard error into a two-sided interval and p-value. */
export function toEstimate(estimate: number, se: number, df: number, level = 0.95): Estimate {
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  const p = se > 0 ? tTwoSidedP(estimate / se, df) : estimate === 0 ? 1 : 0;
  return { estimate, se, df, low: estimate - half, high: estimate + half, p };
}

/**
 * The interval for a mean (a paired difference is the mean of the differences). `inflation`
 * (≥ 1) multiplies the variance of the mean for observations that are not independent; the
 * degrees of freedom then follow the effective sample size n / inflation.
 */
export function meanInterval(values: readonly number[], inflation = 1, level = 0.95): Estimate {
  const n = values.length;
  const se = Math.sqrt((sampleVariance(values) * inflation) / n);
  return toEstimate(mean(values), se, Math.max(1, n / inflation - 1), level);
}

/**
 * Welch's interval for mean(a) − mean(b), with Welch-Satterthwaite degrees of freedom. `inflation`
 * (≥ 1) multiplies both variances of the means (autocorrelation); the df then use the effective
 * group sizes n / inflation.
 */
export function welchInterval(
  a: readonly number[],
  b: readonly number[],
  inflation = 1,
  level = 0.95,
): Estimate {
  const va = (sampleVariance(a) * inflation) / a.length;
  const vb = (sampleVariance(b) * inflation) / b.length;
  const dfOf = (n: number) => Math.max(1, n / inflation - 1);
  const df = (va + vb) ** 2 / (va ** 2 / dfOf(a.length) + vb ** 2 / dfOf(b.length));
  return toEstimate(mean(a) - mean(b), Math.sqrt(va + vb), Number.isFinite(df) ? df : 1, level);
}

/**
 * Benjamini-Hochberg step-up at false discovery rate `q`: true for each p-value rejected
 * (Benjamini & Hochberg 1995). The largest k with p₍k₎ ≤ k·q/m, and every smaller p-value.
 */
export function benjaminiHochberg(pValues: readonly number[], q: number): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  let cutoff = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) * q) / m) cutoff = rank;
  });
  const rejected = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) rejected[(order[rank] as { i: number }).i] = true;
  return rejected;
}

/** BH-adjusted p-values (q-values): the smallest FDR level at which each would be rejected. */
export function adjustBenjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => y.p - x.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    running = Math.min(running, (p * m) / (m - k));
    adjusted[i] = running;
  });
  return adjusted;
}
