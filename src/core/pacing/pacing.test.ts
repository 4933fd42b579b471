// updatePacing as a whole: events sent twice, out of order within a day, late by a day, late for a
// settled day, ahead of today; and a state stored as JSON carries on exactly as the live one.
import { describe, expect, it } from 'vitest';
import {
  TEST_INDEX,
  WALKING,
  calmWalks,
  checkin,
  day,
  quotaOf,
  replay,
  session,
  walk,
} from './pacing.fixtures.js';
import { initialPacing, needsReplay, updatePacing } from './pacing.js';
import type { PacingEvent, PacingState } from './types.js';

const update = (state: PacingState, events: readonly PacingEvent[], today: number) =>
  updatePacing(state, events, { exercises: TEST_INDEX, today: day(today) });

const week = calmWalks(0, 9, 10);

describe('updatePacing', () => {
  it('starts empty and normal', () => {
    expect(update(initialPacing(), [], 0).current).toEqual({
      mode: 'normal',
      flareSince: null,
      flareUntil: null,
      quotas: [],
      changes: [],
    });
  });

  it('takes a session sent twice once, in one call or across calls', () => {
    const once = replay(week, 10);
    expect(replay([...week, ...week], 10)).toEqual(once);
    expect(update(once, week, 10)).toEqual(once);
    const resentToday = update(update(initialPacing(), week, 9), [session(9, [walk(10)])], 10);
    expect(resentToday).toEqual(once);
  });

  it('takes events in any order', () => {
    expect(replay([...week].reverse(), 10)).toEqual(replay(week, 10));
  });

  it('gives a day the same result whether the session was logged before or after the check-in', () => {
    const before = replay(
      [...calmWalks(0, 4, 10), checkin(5, 3, { hour: 12 }), session(5, [walk(12)], { hour: 7 })],
      6,
    );
    const after = replay(
      [...calmWalks(0, 4, 10), checkin(5, 3, { hour: 7 }), session(5, [walk(12)], { hour: 12 })],
      6,
    );
    expect(before.current).toEqual(after.current);
  });

  it("takes yesterday's check-in when it syncs a day late", () => {
    const withoutLate = week.filter((e) => !(e.kind === 'checkin' && e.localDate === day(8)));
    const late = week.filter((e) => e.kind === 'checkin' && e.localDate === day(8));
    const synced = update(update(initialPacing(), withoutLate, 9), late, 9);
    expect(synced).toEqual(replay(week, 9));
  });

  it('does not take an event for a settled day, and says a replay is needed', () => {
    const state = replay(week, 10);
    expect(state.settledThrough).toBe(day(8));
    const late = [checkin(2, 9, { flare: true, hour: 20 })];
    expect(needsReplay(state, late)).toBe(true);
    expect(needsReplay(state, [checkin(9, 3, { hour: 20 })])).toBe(false);
    expect(update(state, late, 10)).toEqual(state);
  });

  it('keeps events dated after today until their day comes', () => {
    const early = update(initialPacing(), [session(3, [walk(10)])], 1);
    expect(quotaOf(early, WALKING)).toBeUndefined();
    expect(early.open).toHaveLength(1);
    expect(quotaOf(update(early, [], 3), WALKING)?.value).toBe(5);
  });

  it('carries on from a state stored as JSON exactly as from the live one', () => {
    const live = replay(calmWalks(0, 20, 10), 21);
    const stored: PacingState = JSON.parse(JSON.stringify(live));
    expect(stored).toStrictEqual(live);
    const more = calmWalks(21, 30, 9);
    expect(update(stored, more, 31)).toStrictEqual(update(live, more, 31));
  });

  it("keeps only the fields it reads: a check-in's notes never enter the pacing state", () => {
    const row = { ...checkin(0, 3), notes: 'Slept badly, argued with my sister.', areas: ['neck'] };
    const stored = JSON.stringify(update(initialPacing(), [row], 0));
    expect(stored).not.toContain('sister');
    expect(stored).not.toContain('neck');
  });

  it('leaves the state it was given as it was', () => {
    const state = replay(calmWalks(0, 12, 10), 13);
    const copy = structuredClone(state);
    update(state, calmWalks(13, 20, 9), 21);
    expect(state).toEqual(copy);
  });

  it("dates every change on the person's calendar day", () => {
    const state = replay(calmWalks(0, 20, 10), 21);
    for (const change of [...state.changes, ...state.current.changes])
      expect(change.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
