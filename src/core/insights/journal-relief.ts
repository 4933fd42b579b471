/**
 * What helped (issue 14): per kind of relief, the mean of the person's 0-10 ratings (the later
 * rating when given, else the one at the time) with a 95 % t interval, from 5 ratings. It is how
 * much the person felt it helped, not a measured change in pain.
 */
import { RELIEF_KINDS, type ReliefKind } from '../journal/detail.js';
import { DETAIL_HONESTY } from './honesty.js';
import type { ReliefSummary } from './journal-types.js';
import { mean, meanInterval, roundTo } from './stats.js';
import type { InsightsCheckin } from './types.js';

interface Ratings {
  values: number[];
  later: number;
}

const round1 = (x: number) => roundTo(x, 1);
const clamp = (x: number) => Math.min(10, Math.max(0, x));

function collectRatings(checkins: readonly InsightsCheckin[]): Map<ReliefKind, Ratings> {
  const byKind = new Map<ReliefKind, Ratings>();
  for (const c of checkins) {
    for (const entry of c.detail?.relief ?? []) {
      const rating = entry.helpedLater ?? entry.helped;
      if (rating === null) continue;
      const ratings = byKind.get(entry.kind) ?? { values: [], later: 0 };
      ratings.values.push(rating);
      if (entry.helpedLater !== null) ratings.later++;
      byKind.set(entry.kind, ratings);
    }
  }
  return byKind;
}

/** Every kind rated at least once, in the catalog's order. */
export function summarizeRelief(checkins: readonly InsightsCheckin[]): ReliefSummary[] {
  const byKind = collectRatings(checkins);
  const required = DETAIL_HONESTY.minRatings;
  return RELIEF_KINDS.flatMap((kind): ReliefSummary[] => {
    const ratings = byKind.get(kind);
    if (!ratings) return [];
    const n = ratings.values.length;
    const counts = { kind, n, required, later: ratings.later, atTheTime: n - ratings.later };
    if (n < required) return [{ ...counts, mean: null, ci: null }];
    const e = meanInterval(ratings.values);
    return [{ ...counts, mean: round1(mean(ratings.values)), ci: [round1(clamp(e.low)), round1(clamp(e.high))] }];
  });
}
