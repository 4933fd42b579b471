// Covers: parts of the day from the local hour; the description (mean and n per part, the lowest
// among parts with 5 check-ins); the comparison of the lowest and highest parts, Bonferroni-
// corrected for picking them, claimed for a large steady difference and not for noise.
import { describe, expect, it } from 'vitest';
import { buildInsights } from './build-insights.js';
import { checkin, dailyCheckins, dayOf, journalOf, wobble } from './insights.fixtures.js';
import { createRandom } from '../planner/random.js';
import { normal } from './testing/journal-generator.js';
import { compareTimeOfDay, partOfDay, summarizeTimeOfDay } from './time-of-day.js';

describe('parts of the day', () => {
  it.each([
    [5, 'morning'],
    [10, 'morning'],
    [11, 'midday'],
    [16, 'midday'],
    [17, 'evening'],
    [21, 'evening'],
    [22, 'night'],
    [0, 'night'],
    [4, 'night'],
  ])('%d h is %s', (hour, part) => {
    expect(partOfDay(hour)).toBe(part);
  });
});

const mornings = dailyCheckins(Array.from({ length: 28 }, (_, n) => wobble(n, 3)));
const evenings = (level: number) =>
  Array.from({ length: 28 }, (_, n) => checkin(dayOf(n), wobble(n + 3, level), { localHour: 20 }));

describe('pain by time of day', () => {
  it('describes each part with its mean and count, and the lowest with 5 or more', () => {
    const few = [checkin(dayOf(1), 0, { localHour: 13 })];
    expect(summarizeTimeOfDay([...mornings, ...evenings(6), ...few])).toEqual({
      parts: [
        { part: 'morning', meanPain: 3, n: 28 },
        { part: 'midday', meanPain: 0, n: 1 },
        { part: 'evening', meanPain: 6, n: 28 },
        { part: 'night', meanPain: null, n: 0 },
      ],
      lowest: 'morning',
    });
  });

  it('claims a steady 3-point difference, naming both parts', () => {
    const p = buildInsights(
      journalOf(28, { checkins: [...mornings, ...evenings(6)] }),
    ).patterns.find((q) => q.code === 'time_of_day')!;
    expect(p).toMatchObject({
      parts: ['morning', 'evening'],
      effect: -3,
      groups: { a: 28, b: 28 },
      claimed: true,
      meaningful: true,
    });
    expect(p.message).toMatch(
      /^Your pain in the morning was on average 3.0 points lower than in the evening/,
    );
    expect(p.message).toContain('Your pain tends to be lowest in the morning.');
  });

  it('widens the interval for choosing the lowest and highest of several parts', () => {
    const middays = Array.from({ length: 28 }, (_, n) =>
      checkin(dayOf(n), wobble(n + 1, 4.5), { localHour: 12 }),
    );
    const two = compareTimeOfDay([...mornings, ...evenings(6)]).estimate!;
    const three = compareTimeOfDay([...mornings, ...middays, ...evenings(6)]).estimate!;
    expect(three.high - three.low).toBeGreaterThan(two.high - two.low);
  });

  it('rarely claims a difference when the habit changes mid-way and pain carries over', () => {
    // Mornings for four weeks, then evenings for four; no effect of the hour; pain AR(1), ρ 0.6.
    let claimed = 0;
    for (let seed = 0; seed < 300; seed++) {
      const random = createRandom(seed);
      let carry = 0;
      const checkins = Array.from({ length: 56 }, (_, n) => {
        carry = 0.6 * carry + 0.8 * normal(random);
        return checkin(dayOf(n), 5 + carry, { localHour: n < 28 ? 8 : 19 });
      });
      const e = compareTimeOfDay(checkins).estimate!;
      if (e.low > 0 || e.high < 0) claimed++;
    }
    expect(claimed / 300).toBeLessThanOrEqual(0.05);
  });
});
