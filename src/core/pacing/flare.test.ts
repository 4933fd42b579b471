// Flares (CLINICAL.md §3 "Flare"): the three signs and what is not a sign, how long flare mode
// lasts, the rebuild one step per active day back to the quota before the flare, a flare during a
// rebuild, and quotas at the floor. Walking starts from a baseline of 25 minutes (quota 20) on
// days 0-2, then a calm check-in (pain 3) and a 10-minute walk every day unless a case says
// otherwise (never over the quota, so no boom-bust notices mix in).
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
import { flareSinceOf, toPacingView } from './view.js';

interface Day {
  pain?: number | null;
  flare?: boolean;
  walk?: number | null;
  after?: number;
}

function days(last: number, spec: Record<number, Day> = {}, baseline = 25): PacingEvent[] {
  const events: PacingEvent[] = [];
  for (let n = 0; n <= last; n++) {
    const d = spec[n] ?? {};
    if (d.pain !== null) events.push(checkin(n, d.pain ?? 3, { flare: d.flare ?? false }));
    const minutes = n < 3 ? baseline : d.walk === undefined ? 10 : d.walk;
    if (minutes !== null) events.push(session(n, [walk(minutes)], { after: d.after ?? 3 }));
  }
  return events;
}

const walkingChanges = (events: PacingEvent[], today: number) =>
  allChanges(replay(events, today)).filter(
    (c) => c.activity === WALKING && c.code !== 'start_small' && c.code !== 'baseline_set',
  );

describe('what starts a flare on day 5', () => {
  it.each([
    ['a check-in marked flare', { 5: { flare: true } }, 'Flare-up: walking 20 → 10 min.'],
    [
      'pain at usual + 3',
      { 5: { pain: 6 } },
      'Pain is well above your usual, so we treat today as a flare-up: walking 20 → 10 min.',
    ],
    [
      'pain not settled the day after a session',
      { 4: { after: 4 }, 5: { pain: 5 } },
      'Pain had not settled by the day after your session, so we treat it as a flare-up',
    ],
  ])('%s', (_name, spec, opening) => {
    const [halved] = walkingChanges(days(5, spec), 6);
    expect(halved).toMatchObject({ code: 'flare_halved', at: day(5), from: 20, to: 10 });
    expect(halved?.message.startsWith(opening)).toBe(true);
    expect(
      halved?.message.endsWith(
        "Today's amounts are halved for a few days. This is a normal part of pacing.",
      ),
    ).toBe(true);
  });

  it.each([
    ['pain at usual + 2 with no session the day before', { 4: { walk: null }, 5: { pain: 5 } }],
    [
      'a rise of 4 during a session that settles by the next day (expected soreness)',
      { 4: { after: 7 }, 5: { pain: 4 } },
    ],
    ['pain 9 with no usual yet (fewer than 3 check-ins before)', { 0: { pain: 9 } }],
  ])('not %s', (_name, spec) => {
    expect(walkingChanges(days(5, spec), 6).filter((c) => c.code === 'flare_halved')).toEqual([]);
  });
});

describe('flare mode lasts 3 days, then the rebuild', () => {
  it.each([
    [5, 'flare'],
    [6, 'flare'],
    [7, 'flare'],
    [8, 'rebuild'],
  ])('on day %s the mode is %s', (today, mode) => {
    expect(toPacingView(replay(days(today, { 5: { flare: true } }), today)).mode).toBe(mode);
  });

  it('a new sign during flare mode starts the 3 days again, without halving twice', () => {
    const events = days(10, { 5: { flare: true }, 7: { flare: true } });
    expect(toPacingView(replay(events, 9)).mode).toBe('flare');
    expect(toPacingView(replay(events, 10)).mode).toBe('rebuild');
    expect(walkingChanges(events, 10).filter((c) => c.code === 'flare_halved')).toHaveLength(1);
  });
});

describe('the rebuild', () => {
  it('steps a quarter of the gap after each active day, back to the quota before the flare', () => {
    const changes = walkingChanges(days(12, { 5: { flare: true }, 9: { walk: null } }), 13);
    expect(changes.map((c) => [c.code, c.at, c.to])).toEqual([
      ['flare_halved', day(5), 10],
      ['rebuild_step', day(8), 13],
      ['rebuild_step', day(10), 16],
      ['rebuild_step', day(11), 19],
      ['rebuild_done', day(12), 20],
    ]);
    expect(changes[1]?.message).toBe(
      'Walking 10 → 13 min: building back up after the flare-up, one step each active day.',
    );
    expect(changes.at(-1)?.message).toBe(
      'Walking 19 → 20 min: back to where you were before the flare-up. Weekly steps carry on from here.',
    );
  });

  it('ends in normal mode, with the next review 7 full days later', () => {
    const state = replay(days(13, { 5: { flare: true } }), 13);
    expect(toPacingView(state).mode).toBe('normal');
    expect(quotaOf(state, WALKING)).toMatchObject({ value: 20, rebuild: null, reviewOn: day(19) });
  });

  it('a flare during the rebuild halves again and still rebuilds to the quota before the episode', () => {
    const changes = walkingChanges(days(16, { 5: { flare: true }, 9: { flare: true } }), 17);
    expect(changes.map((c) => [c.code, c.to])).toEqual([
      ['flare_halved', 10],
      ['rebuild_step', 13],
      ['flare_halved', 6],
      ['rebuild_step', 10],
      ['rebuild_step', 14],
      ['rebuild_step', 18],
      ['rebuild_done', 20],
    ]);
  });

  it('a quota at the floor is not lowered, and nothing is logged for it', () => {
    const changes = walkingChanges(days(6, { 5: { flare: true } }, 2), 7);
    expect(changes.filter((c) => c.code === 'flare_halved')).toEqual([]);
  });
});

describe('flareSinceOf', () => {
  it.each([
    [4, null],
    [5, day(5)],
    [7, day(5)],
    [8, null],
  ])('on day %s: %s', (today, since) => {
    expect(flareSinceOf(replay(days(today, { 5: { flare: true } }), today))).toBe(since);
  });

  it('tells the planner the days of flare mode', () => {
    const view = toPacingView(replay(days(7, { 5: { flare: true }, 6: { flare: true } }), 7));
    expect(view).toMatchObject({ mode: 'flare', flareSince: day(5), flareUntil: day(8) });
    expect(toPacingView(replay(days(9), 9))).not.toHaveProperty('flareSince');
  });

  it('knows a flare even before there is any quota to lower', () => {
    expect(flareSinceOf(replay([checkin(0, 8, { flare: true })], 0))).toBe(day(0));
  });
});
