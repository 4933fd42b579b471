// Covers: the shape of the insights (status, patterns in display order, trends over the range,
// time of day, consistency, PEG, the note); the range filter; determinism.
import { describe, expect, it } from 'vitest';
import { buildInsights } from './build-insights.js';
import { checkin, dayOf, journalOf } from './insights.fixtures.js';
import { generateJournal, PLANTED } from './testing/journal-generator.js';
import { PATTERN_CODES } from './types.js';

describe('buildInsights', () => {
  const input = generateJournal({ seed: 11, effects: PLANTED });
  const insights = buildInsights(input);

  it('answers ok with every part filled in', () => {
    expect(insights.status).toBe('ok');
    expect(insights.needs).toBeUndefined();
    expect(insights.checkinDays).toBeGreaterThanOrEqual(50);
    expect(insights.trends.series.pain).toHaveLength(60);
    expect(insights.timeOfDay.parts.map((p) => p.part)).toEqual([
      'morning',
      'midday',
      'evening',
      'night',
    ]);
    expect(insights.consistency.map((w) => w.planned)).toEqual(Array.from({ length: 9 }, () => 4));
    expect(insights.peg.weeks.length).toBeGreaterThan(6);
    expect(insights.note).toContain('hints to talk over with your clinician');
  });

  it('lists patterns in display order: sessions, by pillar, the next day, sleep, time of day', () => {
    const order = insights.patterns.map((p) => PATTERN_CODES.indexOf(p.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(insights.patterns.map((p) => p.code)).toContain('next_day_over_quota');
  });

  it('gives each compared pattern its size, interval, n and claim, rounded for reading', () => {
    for (const p of insights.patterns.filter((q) => q.effect !== null)) {
      expect(p.ci![0]).toBeLessThanOrEqual(p.effect!);
      expect(p.ci![1]).toBeGreaterThanOrEqual(p.effect!);
      expect(
        Number.isInteger(p.effect! * 10 + 1e-9) ||
          Math.abs(p.effect! * 10 - Math.round(p.effect! * 10)) < 1e-9,
      ).toBe(true);
      expect(p.n).toBeGreaterThan(0);
      expect(typeof p.claimed).toBe('boolean');
    }
  });

  it('is deterministic', () => {
    expect(buildInsights(input)).toEqual(insights);
  });

  it('reads only the days from-to', () => {
    const inside = journalOf(20, {
      checkins: Array.from({ length: 20 }, (_, n) => checkin(dayOf(n), 5)),
    });
    const outside = [checkin(dayOf(-1), 9), checkin(dayOf(20), 9)];
    const a = buildInsights(inside);
    const b = buildInsights({ ...inside, checkins: [...inside.checkins, ...outside] });
    expect(b).toEqual(a);
  });

  it('still shows trends, time of day, consistency and the PEG while patterns wait', () => {
    const early = buildInsights({ ...input, to: dayOf(9) });
    expect(early.status).toBe('not_enough_data');
    expect(early.trends.series.pain).toHaveLength(10);
    expect(early.consistency.length).toBe(2);
  });
});
