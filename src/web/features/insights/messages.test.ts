// Covers: the size line of a pattern (lower, higher, about the same, an interval across zero,
// one point and counts of one), PEG changes with and without a meaningful mark, and that no
// word of the page says "cause".
import { describe, expect, it } from 'vitest';
import { insightsMessages } from './messages.js';

const m = insightsMessages.en;

describe('the size line of a pattern', () => {
  it.each([
    [
      { direction: 'lower', size: 1, low: -1.4, high: -0.6 },
      30,
      'sessions',
      'Pain about 1.0 point lower (likely between 0.6 and 1.4 lower), from 30 sessions.',
    ],
    [
      { direction: 'higher', size: 1.3, low: 0.7, high: 2 },
      53,
      'days',
      'Pain about 1.3 points higher (likely between 0.7 and 2.0 higher), from 53 days.',
    ],
    [
      { direction: 'lower', size: 0.2, low: -0.6, high: 0.2 },
      1,
      'checkins',
      'Pain about 0.2 points lower (likely from 0.6 lower to 0.2 higher), from 1 check-in.',
    ],
    [
      { direction: 'same', size: 0, low: -0.3, high: 0.4 },
      40,
      'days',
      'Pain about the same (likely from 0.3 lower to 0.4 higher), from 40 days.',
    ],
    [
      { direction: 'lower', size: 0.3, low: -0.6, high: 0 },
      12,
      'days',
      'Pain about 0.3 points lower (likely between 0.0 and 0.6 lower), from 12 days.',
    ],
  ] as const)('%j', (view, n, unit, sentence) => {
    expect(m.patterns.effect(view, n, unit)).toBe(sentence);
  });
});

describe('PEG changes', () => {
  it.each([
    [null, null, 'First week'],
    [-1.33, 'better', '−1.33 (better: a meaningful change)'],
    [1, 'worse', '+1.00 (worse: a meaningful change)'],
    [0.33, null, '+0.33'],
    [0, null, '0.00'],
  ] as const)('%s %s → %s', (change, mark, text) => {
    expect(m.peg.change(change, mark)).toBe(text);
  });
});

describe('words', () => {
  it('never say "cause"', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(m);
    texts.push(m.patternTitle.time_of_day('morning', 'evening'));
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(text).not.toMatch(/\bcaus/i);
  });
});

describe('what your journal shows', () => {
  const j = m.journal;
  it.each([
    [j.relief.shown('Heat', 6.2, 9, 5.1, 7.3), 'Heat: 6.2 out of 10 on average, rated 9 times (likely between 5.1 and 7.3).'],
    [j.relief.counting('Cold', 4, 5), 'Cold: rated 4 times so far; an average shows from 5.'],
    [j.relief.counting('Rest', 1, 5), 'Rest: rated 1 time so far; an average shows from 5.'],
    [j.relief.later(2, 9), '2 of 9 rated again later.'],
    [j.nerve.lead(9, 20, 45), 'On 9 of the 20 days when you said what the pain felt like (45\u00a0%), you chose a nerve-type word.'],
    [j.nerve.needs(1, 14), 'You said what the pain felt like on 1 day. The share of days with nerve-type words shows from 14 such days.'],
    [j.triggers.noted(4, 6, 3, 20), 'Noted before 4 of 6 rises, and around 3 of 20 other days.'],
    [j.triggers.needsDays(9, 14), 'This starts after 14 days of check-ins: 5 more to go.'],
    [j.triggers.difference(45, 12, 70), '45 percentage points more often before a rise (likely 12 to 70 more).'],
    [j.triggers.difference(-71, -88, -21), '71 percentage points less often before a rise (likely 21 to 88 less).'],
    [j.triggers.difference(10, -20, 40), '10 percentage points more often before a rise (likely from 20 less to 40 more).'],
    [j.regions.waiting([j.regions.waitingItem('Knees', 3), j.regions.waitingItem('Head (headache)', 1)], 7), "An area's trend starts at 7 days with its own number. So far: Knees, 3 days; Head (headache), 1 day."],
  ])('%s', (said, expected) => {
    expect(said).toBe(expected);
  });
});

describe('the first words of the page (issue 15)', () => {
  it.each([
    [m.headline.pain({ code: 'weeks_compared', thisWeek: 4, lastWeek: 5, change: 'a_little_lower', days: 7 }), 'Your pain this week averaged 4, a little lower than last week’s 5. A change this small can be everyday ups and downs.'],
    [m.headline.pain({ code: 'weeks_compared', thisWeek: 4.4, lastWeek: 4.2, change: 'about_same', days: 6 }), 'Your pain this week averaged 4.4, about the same as last week’s 4.2.'],
    [m.headline.pain({ code: 'weeks_compared', thisWeek: 3, lastWeek: 6, change: 'clearly_lower', days: 7 }), 'Your pain this week averaged 3, clearly lower than last week’s 6. A change this size is one people usually notice.'],
    [m.headline.pain({ code: 'this_week_only', thisWeek: 5, days: 4, lastWeekDays: 1 }), 'Your pain this week averaged 5. Last week had too few check-ins to compare with.'],
    [m.headline.pain({ code: 'too_few_checkins', days: 1, more: 3 }), 'Too few check-ins yet to say what changed this week: 3 more days will do.'],
    [m.headline.pain({ code: 'too_few_checkins', days: 0, more: 4 }), 'No check-ins this week yet, so it is too soon to say what changed. Check-ins on 4 days will do.'],
    [m.headline.link({ code: 'session_effect', direction: 'lower' }), 'Your sessions go with lower pain right after. Take it as a hint to talk over, not proof.'],
    [m.headline.link({ code: 'sleep_pain', direction: 'higher' }), 'After a poor night, your pain tends to be higher. Take it as a hint to talk over, not proof.'],
    [m.findings.verdict('session_effect_pillar', 'unclear', 'lower'), 'No clear link yet.'],
    [m.findings.verdict('next_day_activity', 'claimed', 'higher'), 'More pain the next day.'],
  ])('%s', (said, expected) => {
    expect(said).toBe(expected);
  });

  it('speaks no statistics: no interval, no p, no PEG score', () => {
    const words = [
      m.headline.pain({ code: 'weeks_compared', thisWeek: 4, lastWeek: 5, change: 'clearly_higher', days: 7 }),
      m.headline.link({ code: 'time_of_day', parts: ['morning', 'evening'], direction: 'lower' }),
      m.patterns.standing.claimed,
      m.patterns.effect({ direction: 'lower', size: 1, low: -1.4, high: -0.6 }, 30, 'sessions'),
    ].join(' ');
    expect(words).not.toMatch(/interval|p-value|significan|fairly sure|\bPEG\b|cause/i);
  });
});
