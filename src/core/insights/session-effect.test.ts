// Covers: pain after minus before, paired per session, over all sessions or one pillar; the
// baseline for the 30 % rule; the widening when changes run in streaks; sessions stopped before
// pain after was answered.
import { describe, expect, it } from 'vitest';
import { dayOf, session } from './insights.fixtures.js';
import { compareSessions } from './session-effect.js';

describe('what sessions do', () => {
  const sessions = [
    session(dayOf(0), 6, 5, ['stretching']),
    session(dayOf(1), 5, 3, ['aerobic', 'stretching']),
    session(dayOf(2), 6, 5, ['aerobic']),
    session(dayOf(3), 4, 4, ['stretching']),
    session(dayOf(4), 7, 5, ['stretching', 'mind_body']),
    session(dayOf(5), 5, 4, ['stretching']),
  ];

  it('is the mean of after − before, against the mean pain before', () => {
    const c = compareSessions(sessions);
    expect(c.n).toBe(6);
    expect(c.estimate?.estimate).toBeCloseTo(-7 / 6, 12);
    expect(c.baseline).toBeCloseTo(33 / 6, 12);
    expect(c.estimate?.high).toBeLessThan(0);
  });

  it('looks at one pillar with the sessions that include it', () => {
    expect(compareSessions(sessions, 'stretching')).toMatchObject({
      code: 'session_effect_pillar',
      pillar: 'stretching',
      n: 5,
    });
    expect(compareSessions(sessions, 'aerobic')).toMatchObject({
      n: 2,
      estimate: null,
      need: { kind: 'sessions', have: 2 },
    });
  });

  it('widens the interval when changes come in streaks', () => {
    const alternating = Array.from({ length: 20 }, (_, i) =>
      session(dayOf(i), 5, i % 2 === 0 ? 4 : 5),
    );
    const streaks = Array.from({ length: 20 }, (_, i) => session(dayOf(i), 5, i < 10 ? 4 : 5));
    const a = compareSessions(alternating).estimate!;
    const s = compareSessions(streaks).estimate!;
    expect(a.estimate).toBe(s.estimate);
    expect(s.se).toBeGreaterThan(a.se * 2);
  });

  it('stopping without answering pain-after records no change: such sessions are left out', () => {
    // Five sessions that eased pain by 2, and five stopped early, pain after unanswered. Read as
    // "no change", the stopped ones would halve the effect; they must not count at all.
    const eased = Array.from({ length: 5 }, (_, i) => session(dayOf(2 * i), 6, 4, ['aerobic']));
    const stopped = Array.from({ length: 5 }, (_, i) => session(dayOf(2 * i + 1), 6, null, ['aerobic']));
    const all = compareSessions([...eased, ...stopped].sort((a, b) => (a.localDate < b.localDate ? -1 : 1)));
    expect(all.n).toBe(5);
    expect(all.estimate?.estimate).toBe(-2);
    expect(compareSessions(stopped)).toMatchObject({ n: 0, estimate: null });
    expect(compareSessions([...eased, ...stopped], 'aerobic').n).toBe(5);
  });
});
