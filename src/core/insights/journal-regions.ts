/**
 * Pain per region (issue 14): each day's mean of the region's own numbers and its trailing 7-day
 * mean, like the other trends. Description, never a claim; a region with fewer than 7 days is
 * listed with its count only.
 */
import { JOURNAL_REGIONS } from '../journal/detail.js';
import type { JournalDay } from './daily.js';
import { DETAIL_HONESTY } from './honesty.js';
import type { DetailDay } from './journal-days.js';
import type { RegionTrend } from './journal-types.js';
import { roundTo } from './stats.js';
import { trailingMeans } from './trends.js';

/** Every region with a number on at least one day, in the catalog's order. */
export function buildRegionTrends(days: readonly JournalDay[], detail: readonly (DetailDay | null)[]): RegionTrend[] {
  const required = DETAIL_HONESTY.minRegionDays;
  return JOURNAL_REGIONS.flatMap((region): RegionTrend[] => {
    const values = detail.map((d) => {
      const sums = d?.regionPain.get(region);
      return sums ? sums.sum / sums.n : null;
    });
    const count = values.filter((v) => v !== null).length;
    if (count === 0) return [];
    if (count < required) return [{ region, days: count, required, points: [] }];
    const mean7 = trailingMeans(values, 7);
    const points = days.map((d, i) => {
      const value = values[i] ?? null;
      return { day: d.day, value: value === null ? null : roundTo(value, 1), mean7: mean7[i] ?? null };
    });
    return [{ region, days: count, required, points }];
  });
}
