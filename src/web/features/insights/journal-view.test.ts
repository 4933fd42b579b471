// Covers: region points for the chart, the latest 7-day mean, regions split by whether their
// trend shows, percentages, and the reading order of triggers and of what helped.
import { describe, expect, it } from 'vitest';
import type { RegionTrend, ReliefSummary, TriggerLink } from '../../../core/insights/index.js';
import {
  latestMean7,
  percentOf,
  reliefInReadingOrder,
  splitRegions,
  toRegionTrendPoints,
  triggersInReadingOrder,
} from './journal-view.js';

const points = [
  { day: '2026-11-01', value: 4, mean7: null },
  { day: '2026-11-02', value: 5, mean7: 4.5 },
  { day: '2026-11-03', value: null, mean7: null },
];

describe('regions', () => {
  it('draws region points from the first number, without a 28-day line', () => {
    expect(toRegionTrendPoints(points)[1]).toEqual({ day: '2026-11-02', value: 5, mean7: 4.5, mean28: null });
    const late = [{ day: '2026-10-31', value: null, mean7: null }, ...points];
    expect(toRegionTrendPoints(late).map((p) => p.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });

  it('finds the latest 7-day mean', () => {
    expect(latestMean7(points)).toEqual({ day: '2026-11-02', value: 4.5 });
    expect(latestMean7(points.slice(0, 1))).toBeNull();
  });

  it('splits shown regions from those still counting', () => {
    const neck: RegionTrend = { region: 'neck', days: 8, required: 7, points };
    const head: RegionTrend = { region: 'head', days: 2, required: 7, points: [] };
    expect(splitRegions([neck, head])).toEqual({ shown: [neck], waiting: [head] });
  });
});

it.each([
  [0.456, 46],
  [0, 0],
  [1, 100],
])('%d is %d %', (share, percent) => {
  expect(percentOf(share)).toBe(percent);
});

it('reads claimed triggers first, then the most often noted', () => {
  const link = (trigger: TriggerLink['trigger'], beforeRises: number, claimed = false): TriggerLink => ({
    trigger, beforeRises, aroundOthers: 1, difference: null, ci: null, p: null, claimed,
  });
  const order = triggersInReadingOrder([link('sitting', 2), link('stress', 4), link('weather', 1, true), link('walking', 4)]);
  expect(order.map((t) => t.trigger)).toEqual(['weather', 'stress', 'walking', 'sitting']);
});

it('reads what helped most first, then kinds still counting', () => {
  const relief = (kind: ReliefSummary['kind'], mean: number | null): ReliefSummary => ({
    kind, n: 5, required: 5, mean, ci: null, later: 0, atTheTime: 5,
  });
  const order = reliefInReadingOrder([relief('heat', 5.5), relief('cold', null), relief('rest', 7)]);
  expect(order.map((r) => r.kind)).toEqual(['rest', 'heat', 'cold']);
});
