/**
 * Trends: trailing 7- and 28-day means of each journal scale, and the flare days. Description,
 * never a claim. A mean needs at least half its window rated: a lone day never stands for a week.
 */
import type { Journal } from './daily.js';
import { roundTo } from './stats.js';
import { TREND_SCALES, type TrendPoint, type Trends } from './types.js';

const round1 = (x: number) => roundTo(x, 1);

/** Trailing means over `window` calendar days; null where fewer than half the days have a value. */
export function trailingMeans(
  values: readonly (number | null)[],
  window: number,
): (number | null)[] {
  const minimum = Math.ceil(window / 2);
  let sum = 0;
  let count = 0;
  return values.map((value, i) => {
    if (value !== null) {
      sum += value;
      count++;
    }
    const leaving = i >= window ? values[i - window] : null;
    if (leaving !== null && leaving !== undefined) {
      sum -= leaving;
      count--;
    }
    return count >= minimum ? round1(sum / count) : null;
  });
}

/** The trend of every scale, one point per day from `from` to `to`, and the days marked flare. */
export function buildTrends(journal: Journal): Trends {
  const series = {} as Trends['series'];
  for (const scale of TREND_SCALES) {
    const values = journal.days.map((d) => d.scales[scale]);
    const mean7 = trailingMeans(values, 7);
    const mean28 = trailingMeans(values, 28);
    series[scale] = journal.days.map((d, i): TrendPoint => ({
      day: d.day,
      value: values[i] === null ? null : round1(values[i] as number),
      mean7: mean7[i] ?? null,
      mean28: mean28[i] ?? null,
    }));
  }
  return { series, flareDays: journal.days.filter((d) => d.flare).map((d) => d.day) };
}
