// Covers: which day goes in which group (poor vs better night; the day before at rest, within
// quota, above quota, or active without a plan); the model finding planted links on written
// journals; and, on null journals of people whose habits follow their pain, no links where a
// plain comparison of days finds them (regression to the mean, pain carried over).
import { describe, expect, it } from 'vitest';
import { buildJournal, type Journal } from './daily.js';
import { compareDays } from './day-links.js';
import { dailyCheckins, dayOf, journalOf, session } from './insights.fixtures.js';
import { welchInterval } from './stats.js';
import type { Comparison } from './comparison.js';
import { generateJournal, NO_EFFECTS } from './testing/journal-generator.js';

const byCode = (list: Comparison[], code: Comparison['code']) => list.find((c) => c.code === code)!;
const noise = (n: number) =>
  [0.3, -0.4, 0.1, 0.5, -0.2, -0.5, 0.2, 0.4, -0.3, 0, -0.1, 0.3, -0.4][n % 13]!;

describe('the day model', () => {
  // 60 days: poor nights every 4th day (+1), sessions every other day, a boom every 6th day
  // (+1.5 the next day).
  const poor = (n: number) => n % 4 === 1;
  const boom = (n: number) => n % 6 === 0;
  const pains = Array.from(
    { length: 60 },
    (_, n) => 5 + noise(n) + (poor(n) ? 1 : 0) + (n > 0 && boom(n - 1) ? 1.5 : 0),
  );
  const input = journalOf(60, {
    checkins: dailyCheckins(pains, (n) => ({ sleep: poor(n) ? 3 : 8 })),
    sessions: Array.from({ length: 30 }, (_, i) =>
      session(dayOf(2 * i), 5, 4, ['aerobic'], boom(2 * i) ? 35 : 20),
    ),
    plannedByDay: Object.fromEntries(Array.from({ length: 60 }, (_, n) => [dayOf(n), 20])),
  });
  const comparisons = compareDays(buildJournal(input));

  it.each([
    ['sleep_pain', 1, { a: 15, b: 44 }],
    ['next_day_over_quota', 1.5, { a: 10, b: 20 }],
    ['next_day_activity', 0, { a: 20, b: 29 }],
  ] as const)('finds %s of %d with its groups', (code, effect, groups) => {
    const c = byCode(comparisons, code);
    expect(c.groups).toEqual(groups);
    expect(c.estimate!.estimate).toBeCloseTo(effect, 0);
    expect(c.estimate!.low).toBeLessThan(effect);
    expect(c.estimate!.high).toBeGreaterThan(effect);
  });

  it('marks the activity comparison as within-plan when booms are compared too', () => {
    expect(byCode(comparisons, 'next_day_activity').isWithinPlan).toBe(true);
  });

  it('keeps active days without a plan out of both quota groups', () => {
    const planned = Object.fromEntries(Array.from({ length: 30 }, (_, n) => [dayOf(n), 20]));
    const c = compareDays(buildJournal({ ...input, plannedByDay: planned }));
    expect(byCode(c, 'next_day_over_quota').groups).toEqual({ a: 5, b: 10 });
  });
});

describe('people who boom on good days and sleep badly after bad ones (null journals)', () => {
  // Habits a little stronger than the defaults, no effects: a plain comparison of days finds
  // links in regression to the mean
  // and in pain carried over from the day before; the day model should not.
  const journals = Array.from({ length: 300 }, (_, seed) =>
    buildJournal(generateJournal({ seed, effects: NO_EFFECTS, habitFollowsPain: 1.5 })),
  );
  const rate = (test: (j: Journal) => boolean) => journals.filter(test).length / journals.length;
  const excludesZero = (e: { low: number; high: number } | null | undefined) =>
    !!e && (e.low > 0 || e.high < 0);

  it.each(['next_day_activity', 'next_day_over_quota', 'sleep_pain'] as const)(
    '%s: plain day comparisons claim often, the model rarely',
    (code) => {
      const naive = rate((j) => excludesZero(naiveComparison(j, code)));
      const model = rate((j) => excludesZero(byCode(compareDays(j), code).estimate));
      expect(naive).toBeGreaterThan(0.07);
      expect(model).toBeLessThanOrEqual(0.06);
    },
  );
});

/** Welch's test on days as if they were independent: what the model replaces. */
function naiveComparison(
  j: Journal,
  code: 'next_day_activity' | 'next_day_over_quota' | 'sleep_pain',
) {
  const a: number[] = [];
  const b: number[] = [];
  j.days.forEach((day, t) => {
    const pain = day.scales.pain;
    const before = j.days[t - 1];
    if (pain === null || !before) return;
    if (code === 'sleep_pain' && day.scales.sleep !== null)
      (day.scales.sleep <= 4 ? a : b).push(pain);
    if (code === 'next_day_activity') (before.sessions > 0 ? a : b).push(pain);
    if (code === 'next_day_over_quota' && before.sessions > 0)
      (before.minutes > 1.5 * (before.planned ?? 0) ? a : b).push(pain);
  });
  return a.length >= 5 && b.length >= 5 ? welchInterval(a, b) : null;
}
