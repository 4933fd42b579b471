// Covers: pain after minus before, paired per session, over all sessions or one pillar; the
// baseline for the 30 % rule; the widening when changes run in streaks.
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
});
