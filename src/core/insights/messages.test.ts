// Covers: intervals told in words; one sentence of each kind (a claim, no clear link yet, and
// each need), word for word, so changes to the catalog are deliberate; and, across simulated and
// thin journals, the wording rules: "linked with", never "cause", never shaming; size, 95 %
// interval and the number of days in every comparison.
import { describe, expect, it } from 'vitest';
import { buildInsights } from './build-insights.js';
import type { Comparison } from './comparison.js';
import { dailyCheckins, dayOf, journalOf, session, wobble } from './insights.fixtures.js';
import { describeInterval, patternMessage } from './messages.js';
import { generateJournal, NO_EFFECTS, PLANTED } from './testing/journal-generator.js';

describe('intervals in words', () => {
  it.each([
    [-1.3, -0.7, '0.7 to 1.3 points lower'],
    [0.4, 1.6, '0.4 to 1.6 points higher'],
    [-0.3, 0.9, 'from 0.3 lower to 0.9 higher'],
    [-0.04, 0.5, 'from 0.0 lower to 0.5 higher'],
  ])('%d to %d: %s', (low, high, words) => {
    expect(describeInterval(low, high)).toBe(words);
  });
});

it('says when a difference is clear of zero but too small to count', () => {
  const tiny: Comparison = {
    code: 'next_day_activity',
    n: 3200,
    groups: { a: 2000, b: 1200 },
    estimate: { estimate: 0.12, se: 0.04, df: 3000, low: 0.04, high: 0.2, p: 0.003 },
    baseline: 5,
  };
  expect(patternMessage(tiny, 'too_small', false)).toBe(
    'Pain on the day after active days was on average 0.1 points higher than after rest days (95 % interval 0.0 to 0.2 points higher), over 3200 days (2000 after active days, 1200 after rest days). A difference this small is below what people usually notice, so Pacewise does not count it as a link.',
  );
});

const estimate = (e: number, low: number, high: number) => ({
  estimate: e,
  se: 0.3,
  df: 40,
  low,
  high,
  p: 0.001,
});

describe('pattern sentences', () => {
  it.each([
    [
      'a claimed session effect',
      { code: 'session_effect', n: 32, estimate: estimate(-1.04, -1.32, -0.76), baseline: 5 },
      true,
      'Your pain after sessions was on average 1.0 point lower than before (95 % interval 0.8 to 1.3 points lower), over 32 sessions. Sessions are linked with lower pain right after. People usually call a change meaningful from 2 points or 30 %.',
    ],
    [
      'sleep, not clear yet',
      {
        code: 'sleep_pain',
        n: 50,
        groups: { a: 14, b: 36 },
        estimate: estimate(0.41, -0.2, 1.02),
        baseline: 5,
      },
      false,
      'No clear link yet between sleep and pain. On days after a poor night (sleep rated 4 or less), pain was on average 0.4 points higher than after better nights (95 % interval from 0.2 lower to 1.0 higher), over 50 days (14 after poor nights, 36 after better nights). More check-ins with a sleep score will make this clearer.',
    ],
    [
      'a claimed boom-bust link',
      {
        code: 'next_day_over_quota',
        n: 30,
        groups: { a: 10, b: 20 },
        estimate: estimate(1.5, 0.7, 2.3),
        baseline: 5,
      },
      true,
      'Pain on the day after days above your plan (more than 150 % of the planned minutes) was on average 1.5 points higher than after days within it (95 % interval 0.7 to 2.3 points higher), over 30 days (10 after days above, 20 after days within). Going well above the plan is linked with more pain the next day; pacing suggests keeping to the plan on good days too. People usually call a change meaningful from 2 points or 30 %.',
    ],
    [
      'sessions with a pillar, waiting',
      {
        code: 'session_effect_pillar',
        pillar: 'mind_body',
        n: 0,
        estimate: null,
        baseline: 0,
        need: { kind: 'sessions', have: 0 },
      },
      false,
      'To see how sessions with mind-body practice go, Pacewise needs at least 5 with pain noted before and after: none so far.',
    ],
    [
      'the day after activity, waiting for rest days',
      {
        code: 'next_day_activity',
        n: 33,
        groups: { a: 30, b: 3 },
        estimate: null,
        baseline: 0,
        need: { kind: 'groups', a: 30, b: 3 },
      },
      false,
      'To compare the day after active days with the day after rest days, Pacewise needs at least 5 of each with a check-in: so far 30 after active days and 3 after rest days.',
    ],
  ] satisfies [string, Comparison, boolean, string][])(
    '%s',
    (_, comparison, isClaimed, sentence) => {
      expect(patternMessage(comparison, isClaimed ? 'claimed' : 'unclear', false)).toBe(sentence);
    },
  );
});

/** 20 days of check-ins with `sessions` sessions and `poor` poor nights: most comparisons wait. */
function thin(sessions: number, poor: number) {
  const checkins = dailyCheckins(
    Array.from({ length: 20 }, (_, n) => wobble(n)),
    (n) => ({ sleep: n < poor ? 2 : 7, localHour: n % 3 === 0 ? 19 : 8 }),
  );
  const logged = Array.from({ length: sessions }, (_, i) => session(dayOf(i * 2), 5, 4));
  return journalOf(20, { checkins, sessions: logged });
}

describe('wording across simulated and thin journals', () => {
  const journals = [
    ...[1, 2, 3, 4, 5, 6].map((seed) => generateJournal({ seed, effects: PLANTED })),
    ...[1, 2, 3].map((seed) => generateJournal({ seed, effects: NO_EFFECTS })),
    ...[1, 2].map((seed) =>
      generateJournal({ seed, effects: { session: 1.5, overQuota: -1.5, poorSleep: -1 } }),
    ),
    thin(4, 1),
    thin(8, 3),
    { ...thin(3, 0), to: dayOf(9) },
  ];
  const insights = journals.map(buildInsights);
  const messages = insights.flatMap((i) => [
    i.note,
    i.needs?.message ?? '',
    i.peg.message,
    ...i.patterns.map((p) => p.message),
    ...i.consistency.map((w) => w.message),
  ]);

  it('never says "cause", nor shames', () => {
    expect(messages.length).toBeGreaterThan(100);
    expect(messages.some((m) => m.startsWith('Insights start after'))).toBe(true);
    for (const m of messages)
      expect(m).not.toMatch(/caus|skipp|miss|fail|should have|only managed/i);
  });

  it('says "linked with" for every claim, and "no clear link yet" (or "too small") otherwise', () => {
    const patterns = insights.flatMap((i) => i.patterns.filter((p) => p.effect !== null));
    expect(patterns.some((p) => p.claimed)).toBe(true);
    for (const p of patterns) {
      if (p.claimed && p.code !== 'time_of_day') expect(p.message).toContain('linked with');
      if (!p.claimed) expect(p.message).toMatch(/^No clear link yet|so Pacewise does not count it/);
    }
  });

  it('gives size, 95 % interval and the number of days or sessions in every comparison', () => {
    for (const p of insights.flatMap((i) => i.patterns.filter((q) => q.effect !== null))) {
      expect(p.message).toContain('95 % interval');
      expect(p.message).toMatch(new RegExp(`over ${p.n} (day|session|check-in)`));
    }
  });
});
