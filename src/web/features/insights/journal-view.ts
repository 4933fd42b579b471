/**
 * Figures of "What your journal shows" from the server's journal object: region trends as trend
 * points for the shared chart, percentages, and triggers and relief in the order they are read.
 * Pure: the sentences, the chart and the lists read the same numbers.
 */
import type { LocalDate } from '../../../core/calendar.js';
import type { RegionPoint, RegionTrend, ReliefSummary, TriggerLink, TrendPoint } from '../../../core/insights/index.js';

/** A value on a day. */
export interface DayValue {
  day: LocalDate;
  value: number;
}

/**
 * Region points as the trend chart draws them: from the area's first number (an area added late
 * is not squeezed into the end of the range), with no 28-day line.
 */
export function toRegionTrendPoints(points: readonly RegionPoint[]): TrendPoint[] {
  const first = points.findIndex((p) => p.value !== null);
  return points.slice(Math.max(0, first)).map((p) => ({ ...p, mean28: null }));
}

/** The latest trailing 7-day mean of a region, or null when none was reached. */
export function latestMean7(points: readonly RegionPoint[]): DayValue | null {
  for (let i = points.length - 1; i >= 0; i--) {
    const mean7 = points[i]!.mean7;
    if (mean7 !== null) return { day: points[i]!.day, value: mean7 };
  }
  return null;
}

/** Regions with a trend, and regions still counting towards one. */
export function splitRegions(regions: readonly RegionTrend[]): { shown: RegionTrend[]; waiting: RegionTrend[] } {
  return {
    shown: regions.filter((r) => r.points.length > 0),
    waiting: regions.filter((r) => r.points.length === 0),
  };
}

/** A share (0-1) as a whole percentage. */
export function percentOf(share: number): number {
  return Math.round(share * 100);
}

/** Triggers as read: claimed links first, then the most often noted before rises (ties in catalog order). */
export function triggersInReadingOrder(triggers: readonly TriggerLink[]): TriggerLink[] {
  return triggers
    .map((t, i) => ({ t, i }))
    .sort((a, b) => Number(b.t.claimed) - Number(a.t.claimed) || b.t.beforeRises - a.t.beforeRises || a.i - b.i)
    .map(({ t }) => t);
}

/** What helped, shown kinds first (highest mean first), then those still counting towards 5. */
export function reliefInReadingOrder(relief: readonly ReliefSummary[]): ReliefSummary[] {
  const shown = relief.filter((r) => r.mean !== null).sort((a, b) => (b.mean as number) - (a.mean as number));
  return [...shown, ...relief.filter((r) => r.mean === null)];
}
