// The page's first sentences. Dimensions: too few days this week (and how many more will do);
// this week alone when last week was thin; every kind of change between weeks (the same below
// half a point, "a little", "clearly" at 2 points or 30 %); several check-ins a day averaged
// first; the link only when claimed; and, over random journals, that the sentence never
// compares weeks below the minimum and that its direction always matches the averages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHeadline, buildPainHeadline, HEADLINE_MIN_DAYS, pickLinkHeadline, weekChangeOf } from './headline.js';
import { checkin, dailyCheckins, dayOf } from './insights.fixtures.js';
import type { Pattern } from './types.js';

const TO = dayOf(13);
const weeks = (last: (number | null)[], now: (number | null)[]) => dailyCheckins([...last, ...now]);

describe('buildPainHeadline', () => {
  it.each([
    ['no check-ins at all', [], { code: 'too_few_checkins', days: 0, more: 4 }],
    ['3 days this week', weeks([null, null, null, null, null, null, null], [null, null, null, null, 4, 4, 4]), { code: 'too_few_checkins', days: 3, more: 1 }],
    ['4 days this week, 3 last week', weeks([5, 5, 5, null, null, null, null], [4, 4, 4, 4, null, null, null]), { code: 'this_week_only', thisWeek: 4, days: 4, lastWeekDays: 3 }],
    ['4 then 5: a little lower', weeks([5, 5, 5, 5, 5, 5, 5], [4, 4, 4, 4, 4, 4, 4]), { code: 'weeks_compared', thisWeek: 4, lastWeek: 5, change: 'a_little_lower', days: 7 }],
    ['6 then 3: clearly lower', weeks([6, 6, 6, 6, null, null, null], [3, 3, 3, 3, 3, 3, 3]), { code: 'weeks_compared', thisWeek: 3, lastWeek: 6, change: 'clearly_lower', days: 7 }],
    ['4.2 then 4: about the same', weeks([4, 4, 4, 4, 4, 4, 4], [4, 5, 4, 4, 4, 4, 4]), { code: 'weeks_compared', thisWeek: 4.1, lastWeek: 4, change: 'about_same', days: 7 }],
    ['2 then 3: clearly higher (30 % of 2)', weeks([2, 2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3, 3]), { code: 'weeks_compared', thisWeek: 3, lastWeek: 2, change: 'clearly_higher', days: 7 }],
  ] as const)('%s', (_what, checkins, expected) => {
    expect(buildPainHeadline(checkins, TO)).toEqual(expected);
  });

  it('averages a day’s check-ins before the week', () => {
    const days = [7, 8, 9, 10, 11, 12, 13].map(dayOf);
    const checkins = [...days.map((d) => checkin(d, 2)), checkin(days[0]!, 8)];
    expect(buildPainHeadline(checkins, TO)).toMatchObject({ thisWeek: 2.4, days: 7 });
  });
});

describe('weekChangeOf', () => {
  it.each([
    [5, 5.4, 'about_same'],
    [5, 4.5, 'a_little_higher'],
    [3, 5, 'clearly_lower'],
    [7, 6, 'a_little_higher'],
    [7, 5, 'clearly_higher'],
  ] as const)('%d against %d is %s', (now, before, change) => {
    expect(weekChangeOf(now, before)).toBe(change);
  });
});

const pattern = (extra: Partial<Pattern>): Pattern => ({
  code: 'session_effect', effect: -1, ci: [-1.4, -0.6], n: 30, p: 0.001, claimed: false, meaningful: false, message: '', ...extra,
});

describe('pickLinkHeadline', () => {
  it('names nothing when nothing was claimed', () => {
    expect(pickLinkHeadline([pattern({}), pattern({ code: 'sleep_pain', effect: 1.2 })])).toBeNull();
  });

  it('names the first claimed link with its direction', () => {
    const patterns = [pattern({}), pattern({ code: 'sleep_pain', effect: 1.2, claimed: true }), pattern({ claimed: true, pillar: 'aerobic' })];
    expect(pickLinkHeadline(patterns)).toEqual({ code: 'sleep_pain', direction: 'higher' });
  });

  it('keeps the pillar and the parts of the day', () => {
    expect(pickLinkHeadline([pattern({ code: 'session_effect_pillar', pillar: 'stretching', claimed: true })])).toEqual({ code: 'session_effect_pillar', pillar: 'stretching', direction: 'lower' });
    expect(pickLinkHeadline([pattern({ code: 'time_of_day', parts: ['morning', 'evening'], claimed: true })])).toMatchObject({ parts: ['morning', 'evening'] });
  });
});

describe('headline properties', () => {
  const pains = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 14, maxLength: 14 });
  it('never compares a thin week, and its direction matches the averages', () => {
    fc.assert(
      fc.property(pains, (days) => {
        const headline = buildHeadline(dailyCheckins(days), TO, []);
        const now = days.slice(7).filter((p) => p !== null);
        const before = days.slice(0, 7).filter((p) => p !== null);
        expect(headline.link).toBeNull();
        if (headline.pain.code !== 'weeks_compared') {
          expect(now.length < HEADLINE_MIN_DAYS || before.length < HEADLINE_MIN_DAYS).toBe(true);
          return;
        }
        expect(now.length).toBeGreaterThanOrEqual(HEADLINE_MIN_DAYS);
        expect(before.length).toBeGreaterThanOrEqual(HEADLINE_MIN_DAYS);
        const diff = now.reduce((a, b) => a + b, 0) / now.length - before.reduce((a, b) => a + b, 0) / before.length;
        const change = headline.pain.change;
        if (change.endsWith('lower')) expect(diff).toBeLessThan(0);
        if (change.endsWith('higher')) expect(diff).toBeGreaterThan(0);
        if (change === 'about_same') expect(Math.abs(diff)).toBeLessThan(0.5);
      }),
    );
  });
});
