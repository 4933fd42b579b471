// The proof of honesty (docs/insights.md, "How we checked"): journals simulated with known effects
// planted — sessions lower pain by 1 point, a day above quota raises the next day's pain by 1.5,
// a poor night raises the day's pain by 1 — and null journals with none, made by the same people
// with the same habits. Planted effects must be claimed in at least 90 % of journals; on null
// journals, ANY claim (all patterns together) in at most 5 %. Fixed seeds: the run is repeatable.
import { describe, expect, it } from 'vitest';
import { buildInsights } from './build-insights.js';
import { buildJournal } from './daily.js';
import { lag1Autocorrelation, mean, sampleSd } from './stats.js';
import {
  generateJournal,
  NO_EFFECTS,
  PLANTED,
  type JournalOptions,
} from './testing/journal-generator.js';
import type { Insights, PatternCode } from './types.js';

/** Each planted effect, the pattern that should report it, and its sign. */
const PLANTED_PATTERNS: [PatternCode, number][] = [
  ['session_effect', -1],
  ['next_day_over_quota', 1],
  ['sleep_pain', 1],
];

function simulate(count: number, options: Partial<JournalOptions>) {
  const run = (firstSeed: number, effects: typeof PLANTED) =>
    Array.from({ length: count }, (_, i) =>
      buildInsights(generateJournal({ ...options, seed: firstSeed + i, effects })),
    );
  return { planted: run(1, PLANTED), nulls: run(1_000_001, NO_EFFECTS) };
}

const isReported = (insights: Insights, code: PatternCode, sign: number) =>
  insights.patterns.some((p) => p.code === code && p.claimed && Math.sign(p.effect ?? 0) === sign);
const rate = (list: Insights[], test: (i: Insights) => boolean) =>
  list.filter(test).length / list.length;
const anyClaim = (i: Insights) => i.patterns.some((p) => p.claimed);

describe('simulated journals: 60 days, 1,000 with planted effects and 1,000 without', () => {
  const { planted, nulls } = simulate(1000, {});
  const powers = PLANTED_PATTERNS.map(
    ([code, sign]) => [code, rate(planted, (i) => isReported(i, code, sign))] as const,
  );
  const nullRate = rate(nulls, anyClaim);
  console.info(
    `power ${powers.map(([c, r]) => `${c} ${r.toFixed(3)}`).join(', ')}; null journals with any claim ${nullRate.toFixed(3)}`,
  );

  it.each(powers)('reports %s in at least 90 % of journals (measured %d)', (_, power) => {
    expect(power).toBeGreaterThanOrEqual(0.9);
  });

  it('claims anything at all in at most 5 % of null journals', () => {
    expect(nullRate).toBeLessThanOrEqual(0.05);
  });

  it('calls a pattern meaningful only when it is claimed', () => {
    const patterns = [...planted, ...nulls].flatMap((i) => i.patterns);
    expect(patterns.filter((p) => p.meaningful && !p.claimed)).toEqual([]);
    expect(patterns.some((p) => p.meaningful)).toBe(true);
  });

  it('makes journals like the issue asks: missing days, sessions on 4 of 7 days, carry-over about 0.5', () => {
    const journals = Array.from({ length: 200 }, (_, seed) =>
      buildJournal(generateJournal({ seed, effects: NO_EFFECTS })),
    );
    const pains = journals.map((j) => j.days.map((d) => d.scales.pain));
    const observed = pains.map((p) => p.filter((v): v is number => v !== null));
    expect(mean(observed.map((o) => 1 - o.length / 60))).toBeCloseTo(0.1, 1);
    expect(mean(journals.map((j) => j.days.filter((d) => d.sessions > 0).length / 60))).toBeCloseTo(
      4 / 7,
      1,
    );
    expect(mean(observed.map((o) => sampleSd(o)))).toBeGreaterThan(1.1);
    expect(mean(observed.map((o) => lag1Autocorrelation(o)))).toBeGreaterThan(0.4);
  });
});

describe('a year of null journals (200): no claims from differences too small to matter', () => {
  // With a year of days, biases of a few hundredths of a point (pain disturbing sleep, measured
  // with rounding) become "significant"; the size rule keeps them from being claimed.
  const nulls = Array.from({ length: 200 }, (_, i) =>
    buildInsights(generateJournal({ seed: 2_000_001 + i, effects: NO_EFFECTS, days: 365 })),
  );

  it('claims anything at all in at most 5 % of them', () => {
    expect(rate(nulls, anyClaim)).toBeLessThanOrEqual(0.05);
  });
});

describe("the issue's noise read literally: AR noise SD 1.5 with ρ 0.5 (500 journals each)", () => {
  // With this much noise no honest test reaches 90 % at 60 days for a 1-point link with poor
  // sleep on 30 % of nights: even GLS knowing ρ exactly reaches about 78 % (docs/insights.md).
  // The null side must hold whatever the noise; power is checked against what is attainable.
  const { planted, nulls } = simulate(500, { noiseSd: 1.5, rho: 0.5 });

  it('still claims anything at all in at most 5 % of null journals', () => {
    expect(rate(nulls, anyClaim)).toBeLessThanOrEqual(0.05);
  });

  it.each([
    ['session_effect', -1, 0.9],
    ['next_day_over_quota', 1, 0.65],
    ['sleep_pain', 1, 0.65],
  ] as const)('reports %s (sign %d) in at least %d of journals', (code, sign, floor) => {
    expect(rate(planted, (i) => isReported(i, code, sign))).toBeGreaterThanOrEqual(floor);
  });
});
