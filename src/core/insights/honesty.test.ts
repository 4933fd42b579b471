// Covers every honesty rule of CLINICAL.md §5, each as a table: no pattern before 14 days of
// check-ins; no comparison with fewer than 5 in a group (sessions, sleep, the day after activity,
// the day after a boom, time of day); "meaningful" only at 2 points or 30 % (PEG: 1 point or 30 %)
// and only when claimed; the gate, Benjamini-Hochberg at 10 % and the interval clear of zero;
// a size worth claiming (10 % of the baseline, half a point); and the by-pillar family only after
// the all-sessions claim. Wording is in messages.test.ts.
import { describe, expect, it } from 'vitest';
import { buildInsights } from './build-insights.js';
import type { Comparison } from './comparison.js';
import { decideClaims, isLargeEnoughToClaim, isMeaningfulPainChange } from './honesty.js';
import { checkin, dailyCheckins, dayOf, journalOf, session, wobble } from './insights.fixtures.js';
import { isMeaningfulPegChange } from './peg.js';
import type { InsightsInput, Pattern } from './types.js';

const patternOf = (input: InsightsInput, code: Pattern['code']) =>
  buildInsights(input).patterns.find((p) => p.code === code);

describe('14 days of check-ins before any pattern', () => {
  it.each([
    [0, 'Insights start after 14 days of check-ins: 14 more to go.'],
    [5, 'Insights start after 14 days of check-ins: 9 more to go.'],
    [13, 'Insights start after 14 days of check-ins: 1 more to go.'],
  ])('with %d days: no patterns, and says how many more', (days, message) => {
    const input = journalOf(30, {
      checkins: dailyCheckins(Array.from({ length: days }, (_, n) => wobble(n))),
    });
    const insights = buildInsights(input);
    expect(insights.status).toBe('not_enough_data');
    expect(insights.patterns).toEqual([]);
    expect(insights.needs).toEqual({ checkinDays: days, required: 14, message });
    expect(insights.trends.series.pain).toHaveLength(30);
  });

  it('counts days, not check-ins: 13 days with two check-ins each are still 13', () => {
    const twice = dailyCheckins(Array.from({ length: 13 }, (_, n) => wobble(n))).flatMap((c) => [
      c,
      { ...c, localHour: 20 },
    ]);
    expect(buildInsights(journalOf(30, { checkins: twice })).status).toBe('not_enough_data');
  });

  it('opens at 14 days', () => {
    const input = journalOf(30, {
      checkins: dailyCheckins(Array.from({ length: 14 }, (_, n) => wobble(n))),
    });
    expect(buildInsights(input).status).toBe('ok');
  });

  it('counts only days inside from-to', () => {
    const input = journalOf(10, {
      checkins: dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n))),
    });
    expect(buildInsights(input).checkinDays).toBe(10);
  });
});

/** 40 days of check-ins; `poorNights` and `sessionDays` say where poor sleep and sessions fall. */
function journal(options: {
  poorNights?: number[];
  sessionDays?: number[];
  boomDays?: number[];
  planned?: boolean;
}): InsightsInput {
  const poor = new Set(options.poorNights ?? []);
  const checkins = dailyCheckins(
    Array.from({ length: 40 }, (_, n) => wobble(n)),
    (n) => ({ sleep: poor.has(n) ? 3 : 7 }),
  );
  const booms = new Set(options.boomDays ?? []);
  const sessions = (options.sessionDays ?? []).map((n) =>
    session(dayOf(n), 5, 4, ['stretching'], booms.has(n) ? 40 : 20),
  );
  const plannedByDay = options.planned
    ? Object.fromEntries(Array.from({ length: 40 }, (_, n) => [dayOf(n), 20]))
    : undefined;
  return journalOf(40, { checkins, sessions, ...(plannedByDay ? { plannedByDay } : {}) });
}

const every = (step: number, count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => offset + i * step);

describe('at least 5 in each group compared', () => {
  it.each([
    [
      'sessions',
      4,
      'session_effect',
      { sessionDays: every(3, 4) },
      'at least 5 with pain noted before and after: 4 so far',
    ],
    [
      'poor nights',
      4,
      'sleep_pain',
      { poorNights: every(7, 4, 2) },
      'at least 5 of each: so far 4 poor and 35 better',
    ],
    [
      'rest days',
      4,
      'next_day_activity',
      { sessionDays: every(1, 39).filter((n) => ![4, 9, 14, 19].includes(n)) },
      'so far 35 after active days and 4 after rest days',
    ],
    [
      'booms',
      4,
      'next_day_over_quota',
      { sessionDays: every(2, 20), boomDays: every(8, 4), planned: true },
      'so far 4 above and 16 within',
    ],
  ] as const)('with 4 %s: not compared, and says what it needs', (_, __, code, options, needs) => {
    const p = patternOf(journal(options), code)!;
    expect(p.effect).toBeNull();
    expect(p.ci).toBeNull();
    expect(p.claimed).toBe(false);
    expect(p.message).toContain(needs);
  });

  it.each([
    ['sessions', 'session_effect', { sessionDays: every(3, 5) }],
    ['poor nights', 'sleep_pain', { poorNights: every(7, 5, 2) }],
    [
      'rest days',
      'next_day_activity',
      { sessionDays: every(1, 39).filter((n) => ![4, 9, 14, 19, 24].includes(n)) },
    ],
    [
      'booms',
      'next_day_over_quota',
      { sessionDays: every(2, 20), boomDays: every(8, 5), planned: true },
    ],
  ] as const)('with 5 %s: compared, with its size, interval and days', (_, code, options) => {
    const p = patternOf(journal(options), code)!;
    expect(p.effect).not.toBeNull();
    expect(p.ci).toHaveLength(2);
    expect(p.message).toContain('95 % interval');
    expect(p.message).toContain(`over ${p.n} `);
  });

  it('says the plan is needed to compare days above and within it', () => {
    expect(patternOf(journal({ sessionDays: every(2, 20) }), 'next_day_over_quota')?.message).toBe(
      'To compare days above and within your plan, Pacewise needs your planned minutes for each day.',
    );
  });

  it('compares times of day only with 5 check-ins in each of two parts', () => {
    const morning = dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n)));
    const evening = (count: number) =>
      every(1, count).map((n) => checkin(dayOf(n), 3, { localHour: 19 }));
    const four = patternOf(
      journalOf(20, { checkins: [...morning, ...evening(4)] }),
      'time_of_day',
    )!;
    expect(four.effect).toBeNull();
    expect(four.message).toBe(
      'To compare times of day, Pacewise needs at least 5 check-ins in each of two parts of the day: so far 20 in the morning, 4 in the evening.',
    );
    expect(
      patternOf(journalOf(20, { checkins: [...morning, ...evening(5)] }), 'time_of_day')?.effect,
    ).not.toBeNull();
  });
});

describe('meaningful change (CLINICAL.md §4)', () => {
  it.each([
    [-2, 9, true, '2 points'],
    [-1.9, 9, false, 'under 2 points and under 30 % of 9'],
    [-1.5, 5, true, '30 % of 5'],
    [-1.4, 5, false, 'under 30 % of 5'],
    [1, 3, true, 'a rise of 30 % of 3'],
    [0.5, 0, false, 'no baseline: only the 2-point rule'],
  ])('pain change %d from %d: %s', (change, baseline, expected) => {
    expect(isMeaningfulPainChange(change, baseline)).toBe(expected);
  });

  it.each([
    [-1, 8, true],
    [-0.99, 8, false],
    [-0.6, 2, true],
    [-0.59, 2, false],
    [1.2, 6, true],
  ])('PEG change %d from %d: meaningful %s', (change, reference, expected) => {
    expect(isMeaningfulPegChange(change, reference)).toBe(expected);
  });

  it('is never said of an unclaimed pattern, however large', () => {
    const sessions = [-6, 2, -6, 2, -4].map((change, i) => session(dayOf(i * 3), 6, 6 + change));
    const p = patternOf(
      journalOf(20, {
        checkins: dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n))),
        sessions,
      }),
      'session_effect',
    )!;
    expect(Math.abs(p.effect!)).toBeGreaterThanOrEqual(2);
    expect(p.claimed).toBe(false);
    expect(p.meaningful).toBe(false);
  });

  it('is said of a claimed drop of 2 points', () => {
    const sessions = every(2, 10).map((n, i) => session(dayOf(n), 6, 4 - (i % 2)));
    const p = patternOf(
      journalOf(20, {
        checkins: dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n))),
        sessions,
      }),
      'session_effect',
    )!;
    expect(p.claimed).toBe(true);
    expect(p.meaningful).toBe(true);
    expect(p.message).toContain('meaningful (2 points or 30 % or more)');
  });
});

function tested(
  p: number,
  low: number,
  high: number,
  code: Comparison['code'] = 'sleep_pain',
): Comparison {
  return {
    code,
    n: 30,
    estimate: { estimate: (low + high) / 2, se: 1, df: 20, low, high, p },
    baseline: 5,
  };
}

describe('a size worth claiming: 10 % of the baseline (IMMPACT) and half a point', () => {
  it.each([
    [0.5, 5, true],
    [-0.49, 5, false],
    [0.7, 8, false],
    [0.8, 8, true],
    [0.5, 1, true],
    [0.3, 1, false],
  ])('%d against a baseline of %d: %s', (effect, baseline, expected) => {
    expect(isLargeEnoughToClaim(effect, baseline)).toBe(expected);
  });
});

describe('claims: the family gate, Benjamini-Hochberg at 10 % and the interval', () => {
  it.each([
    ['all clear', [tested(0.001, 0.5, 1.5), tested(0.02, 0.2, 1.2)], [true, true]],
    [
      'BH at 10 % passes but the family shows nothing at 5 % (Simes): no claim',
      [0.02, 0.5, 0.6, 0.7, 0.8].map((p) => tested(p, 0.1, 1)),
      [false, false, false, false, false],
    ],
    [
      'a strong link opens the gate for a weaker one BH keeps',
      [tested(0.0001, 1, 2), tested(0.045, 0.01, 1), tested(0.9, -1, 1)],
      [true, true, false],
    ],
    [
      'BH keeps it but the interval touches zero',
      [tested(0.0001, 1, 2), tested(0.01, -0.1, 1)],
      [true, false],
    ],
    [
      'not compared yet',
      [
        tested(0.0001, 1, 2),
        { code: 'time_of_day', n: 3, estimate: null, baseline: 0 } satisfies Comparison,
      ],
      [true, false],
    ],
  ] as const)('%s', (_, comparisons, expected) => {
    expect(decideClaims(comparisons, true)).toEqual(expected);
  });

  it('without the gate (the by-pillar family), BH and the interval alone decide', () => {
    expect(
      decideClaims(
        [tested(0.02, 0.1, 1), ...[0.5, 0.6, 0.7, 0.8].map((p) => tested(p, -1, 1))],
        false,
      ),
    ).toEqual([true, false, false, false, false]);
  });

  it('looks at pillars only once the effect of all sessions is claimed', () => {
    const noisy = [-3, 2, -2, 3, -1, 1, 0, -2, 2, 0].map((change, i) =>
      session(dayOf(i * 2), 5, 5 + change, ['stretching', 'aerobic']),
    );
    const patterns = buildInsights(
      journalOf(20, {
        checkins: dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n))),
        sessions: noisy,
      }),
    ).patterns;
    expect(patterns.filter((p) => p.code === 'session_effect_pillar').map((p) => p.pillar)).toEqual(
      ['stretching', 'aerobic'],
    );
    expect(patterns.some((p) => p.claimed)).toBe(false);
  });
});
