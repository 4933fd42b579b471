// Boom-bust (CLINICAL.md §3): a day over 150 % of quota, then within 2 days a flare or a day under
// 50 %, is told once, with no dose change of its own. Walking has a quota of 8 minutes (baseline 10
// on days 0-2); the person walks 8 minutes with a calm check-in every day unless a case says
// otherwise. Day 8 is Tuesday 11 March 2025.
import { describe, expect, it } from 'vitest';
import {
  WALKING,
  allChanges,
  checkin,
  day,
  quotaOf,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import type { PacingEvent } from './types.js';

interface Day {
  walk?: number | null;
  flare?: boolean;
}

function days(spec: Record<number, Day>, last = 13): PacingEvent[] {
  const events: PacingEvent[] = [];
  for (let n = 0; n <= last; n++) {
    const d = spec[n] ?? {};
    events.push(checkin(n, d.flare ? 7 : 3, { flare: d.flare ?? false }));
    const minutes = n < 3 ? 10 : d.walk === undefined ? 8 : d.walk;
    if (minutes !== null) events.push(session(n, [walk(minutes)]));
  }
  return events;
}

const notices = (events: PacingEvent[]) =>
  allChanges(replay(events, 14)).filter((c) => c.code === 'boom_bust_noticed');

describe('boom-bust', () => {
  it.each([
    [
      'flare two days later',
      { 8: { walk: 24 }, 10: { flare: true } },
      day(10),
      'two days later pain flared',
    ],
    [
      'flare the next day',
      { 8: { walk: 24 }, 9: { flare: true } },
      day(9),
      'the next day pain flared',
    ],
    [
      'a walk under half the quota the next day',
      { 8: { walk: 24 }, 9: { walk: 3 } },
      day(9),
      'the next day you could do much less',
    ],
    [
      'just over 150 %, then a flare',
      { 8: { walk: 13 }, 10: { flare: true } },
      day(10),
      'two days later pain flared',
    ],
  ])('is told: %s', (_name, spec, at, story) => {
    const found = notices(days(spec));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ at, activity: WALKING });
    expect(found[0]?.message).toContain(
      `On Tuesday you did much more than planned (walking: ${spec[8].walk} min instead of 8), and ${story}.`,
    );
    expect(found[0]?.message).toContain(
      'Keeping to the plan on good days can help avoid the crash.',
    );
  });

  it.each([
    ['150 % exactly, then a flare', { 8: { walk: 12 }, 10: { flare: true } }],
    ['a boom, then a flare three days later', { 8: { walk: 24 }, 11: { flare: true } }],
    [
      'a boom, then a rest day: a rest is a plan, not a bust',
      { 8: { walk: 24 }, 9: { walk: null } },
    ],
    ['a boom, then exactly half the quota', { 8: { walk: 24 }, 9: { walk: 4 } }],
    ['a low day without a boom before it', { 9: { walk: 2 } }],
  ])('is not told: %s', (_name, spec) => {
    expect(notices(days(spec))).toEqual([]);
  });

  it('is told once, even when a low day and a flare both follow', () => {
    expect(notices(days({ 8: { walk: 24 }, 9: { walk: 3 }, 10: { flare: true } }))).toHaveLength(1);
  });

  it('changes no dose of its own', () => {
    const events = days({ 8: { walk: 24 }, 9: { walk: 3 } });
    const [notice] = notices(events);
    expect(notice).toMatchObject({ from: 8, to: 8 });
    expect(quotaOf(replay(events, 9), WALKING)?.value).toBe(8);
  });
});
