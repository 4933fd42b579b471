// Covers: trailing means over calendar days (gaps stay gaps; a mean needs half its window rated);
// every scale's series over the whole range; flare days listed.
import { describe, expect, it } from 'vitest';
import { buildJournal } from './daily.js';
import { checkin, dailyCheckins, dayOf, journalOf } from './insights.fixtures.js';
import { buildTrends, trailingMeans } from './trends.js';
import { TREND_SCALES } from './types.js';

describe('trailing means', () => {
  it.each([
    ['a full window', [1, 2, 3, 4, 5, 6, 7, 8], 7, [null, null, null, 2.5, 3, 3.5, 4, 5]],
    [
      'gaps are skipped, not zero',
      [4, null, 6, null, 8, null, null, null],
      4,
      [null, null, 5, 5, 7, 7, null, null],
    ],
    [
      'too sparse: under half the window',
      [5, null, null, null, null, null, null, 5],
      7,
      [null, null, null, null, null, null, null, null],
    ],
  ] as const)('%s', (_, values, window, expected) => {
    expect(trailingMeans(values, window)).toEqual(expected);
  });

  it('rounds to one decimal', () => {
    expect(trailingMeans([1, 1, 2, 2], 4)).toEqual([null, 1, 1.3, 1.5]);
  });
});

describe('trends of a journal', () => {
  const checkins = [
    ...dailyCheckins([5, 6, 4, 5, 7, 5, 6, 4, 5, 5], (n) => ({
      sleep: n % 2 === 0 ? 6 : 4,
      flare: n === 4,
    })),
    checkin(dayOf(2), 6, { localHour: 20 }),
  ];
  const trends = buildTrends(buildJournal(journalOf(12, { checkins })));

  it('has one point per day for every scale, with days without check-ins as null', () => {
    const { series } = trends;
    for (const scale of TREND_SCALES) expect(series[scale]).toHaveLength(12);
    expect(series.pain[2]).toMatchObject({ day: dayOf(2), value: 5 });
    expect(series.pain[11]).toMatchObject({ day: dayOf(11), value: null });
    expect(series.pain[6]?.mean7).toBe(5.6); // 5, 6, 5 (4 and 6), 5, 7, 5, 6
    expect(series.pain[6]?.mean28).toBeNull();
    expect(series.mood.every((p) => p.value === null && p.mean7 === null)).toBe(true);
  });

  it('lists the flare days', () => {
    expect(trends.flareDays).toEqual([dayOf(4)]);
  });
});
