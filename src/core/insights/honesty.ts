/**
 * The honesty rules (CLINICAL.md §5; docs/insights.md): which tested comparisons may be claimed,
 * and when a change is meaningful (CLINICAL.md §4; clinical-sources.md §10.4 and §1).
 */
import type { Comparison } from './comparison.js';
import { benjaminiHochberg } from './stats.js';

/** Every threshold the insights apply, in one place. */
export const HONESTY = {
  /** No pattern before 14 days with a check-in. */
  minCheckinDays: 14,
  /** Benjamini-Hochberg false discovery rate across the comparisons made at once. */
  fdr: 0.1,
  /** The family must first show a link at 5 % (Simes): a journal with none shows a claim ≤ 5 %. */
  familyAlpha: 0.05,
  /** Farrar 2001, Ostelo 2008: about 2 points or 30 % on the 0-10 pain scale. */
  meaningfulPainPoints: 2,
  /** Krebs 2009, Reed 2024: about 1 point or 30 % on the PEG. */
  meaningfulPegPoints: 1,
  meaningfulFraction: 0.3,
  /** Dworkin 2008 (IMMPACT): 10-20 % is minimally important; smaller links are not claimed. */
  minimalFraction: 0.1,
  /** Ours: nor below half a step of the 0-10 scale, whatever the baseline. */
  minimalPoints: 0.5,
} as const;

/** The minimums of the journal's detail (issue 14; docs/insights.md, "What your journal shows"). */
export const DETAIL_HONESTY = {
  /** A region's trend from 7 days with its own number (a trailing 7-day mean needs 4 of them). */
  minRegionDays: 7,
  /** The share of nerve-type days from 14 days with any descriptor (CLINICAL.md §5). */
  minDescribedDays: 14,
  /** A rise: at least 2 points above the previous check-in day (CLINICAL.md §4; sources §10.4)… */
  risePoints: 2,
  /** …which was at most 3 calendar days before. */
  riseGapDays: 3,
  /** Triggers are compared from 5 rises and 5 other days (CLINICAL.md §5). */
  minPerGroup: 5,
  /** A kind of relief is shown from 5 ratings. */
  minRatings: 5,
} as const;

/** True when a change reaches `points`, or 30 % of the baseline it is measured against. */
export function isMeaningfulChange(change: number, baseline: number, points: number): boolean {
  const size = Math.abs(change) + 1e-9;
  return size >= points || (baseline > 0 && size >= HONESTY.meaningfulFraction * baseline);
}

/** True when a pain difference is meaningful (0-10 scale): 2 points or 30 % of the baseline. */
export function isMeaningfulPainChange(change: number, baseline: number): boolean {
  return isMeaningfulChange(change, baseline, HONESTY.meaningfulPainPoints);
}

/**
 * True when a link is big enough to be worth claiming: at least 10 % of the baseline and half a
 * point. With years of data, differences of a tenth of a point become "significant"; they matter
 * to nobody and may come from small biases no method removes completely.
 */
export function isLargeEnoughToClaim(effect: number, baseline: number): boolean {
  const minimum = Math.max(HONESTY.minimalPoints, HONESTY.minimalFraction * baseline);
  return Math.abs(effect) + 1e-9 >= minimum;
}

function isClear(c: Comparison): boolean {
  const e = c.estimate;
  return e !== null && (e.low > 0 || e.high < 0) && isLargeEnoughToClaim(e.estimate, c.baseline);
}

/**
 * Decides which comparisons of one family are claimed: BH at 10 % across the family, the interval
 * clear of zero, and a size worth claiming. With `gate`, nothing is claimed unless the family as
 * a whole shows a link at 5 % (Simes' test, which is BH at 5 % rejecting anything): this keeps
 * the chance that a journal with no real links shows any claim at 5 % or less, and the FDR at
 * 10 % or less.
 */
export function decideClaims(comparisons: readonly Comparison[], gate: boolean): boolean[] {
  const tested = comparisons.flatMap((c, i) => (c.estimate ? [{ i, p: c.estimate.p }] : []));
  const pValues = tested.map((t) => t.p);
  const discovered = benjaminiHochberg(pValues, HONESTY.fdr);
  const isOpen = !gate || benjaminiHochberg(pValues, HONESTY.familyAlpha).some(Boolean);
  const claimed = comparisons.map(() => false);
  tested.forEach((t, k) => {
    claimed[t.i] = isOpen && discovered[k] === true && isClear(comparisons[t.i]!);
  });
  return claimed;
}
