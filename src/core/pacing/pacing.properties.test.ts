// Properties of pacing over random event streams (fast-check, fixed seed): the same events give the
// same state in any order and however they are split into calls (with a JSON round trip between
// calls, as the database does); sending events again changes nothing; no quota rises more than
// 10 % (or one unit) in any 7 days except when rebuilding to its level before a flare; no dose
// rises on a flare day or in flare mode; every change has a code, a day and a kind sentence.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar.js';
import {
  type Snapshot,
  dayIndex,
  eventStream,
  lastDayOf,
  livedDayByDay,
  livedFollowingThePlan,
  planFollower,
  shuffled,
  update,
  volumeOf,
} from './pacing.arbitraries.js';
import { BLAMING_WORDS, allChanges, day } from './pacing.fixtures.js';
import { initialPacing } from './pacing.js';
import { progressedValue } from './rules.js';
import { REASON_CODES, type PacingChange, type PacingEvent } from './types.js';

const RUNS = { seed: 42, numRuns: 200 };
const oneShot = (events: readonly PacingEvent[], today: LocalDate) =>
  update(initialPacing(), events, today);

const seen = new Map<string, number>();
const tally = (changes: readonly PacingChange[]) => {
  for (const c of changes) seen.set(c.code, (seen.get(c.code) ?? 0) + 1);
};

describe('pacing properties', () => {
  it('is deterministic and ignores the order events come in', () => {
    fc.assert(
      fc.property(eventStream, fc.integer(), (events, seed) => {
        const today = lastDayOf(events);
        const state = oneShot(events, today);
        expect(oneShot(events, today)).toEqual(state);
        expect(oneShot(shuffled(events, seed), today)).toEqual(state);
      }),
      RUNS,
    );
  });

  it('gives the same state in chunks (stored as JSON between calls) as in one call, and resending changes nothing', () => {
    fc.assert(
      fc.property(eventStream, fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        const today = lastDayOf(events);
        const bounds = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        let state = initialPacing();
        let start = 0;
        for (const end of [...bounds, events.length]) {
          const chunk = events.slice(start, end);
          if (chunk.length === 0) continue;
          state = JSON.parse(JSON.stringify(update(state, chunk, lastDayOf(chunk))));
          start = end;
        }
        state = update(state, [], today);
        expect(state).toEqual(oneShot(events, today));
        expect(update(state, events, today)).toEqual(state);
      }),
      RUNS,
    );
  });

  it('raises a quota at most 10 % (or one unit) a week, except to rebuild to its level before a flare', () => {
    fc.assert(
      fc.property(eventStream, (events) => {
        const changes = allChanges(oneShot(events, lastDayOf(events)));
        tally(changes);
        expectRisesWithinTheRule(changes);
      }),
      RUNS,
    );
  });

  it('never raises a dose on a flare day or in flare mode, nor over 10 % in any 7 days outside rebuilds', () => {
    fc.assert(
      fc.property(eventStream, (events) => {
        const { snapshots, state } = livedDayByDay(events);
        expectNoRiseInAFlare(snapshots, events);
        expectWeeklyRisesWithinTheRule(snapshots, allChanges(state));
      }),
      RUNS,
    );
  });

  it('keeps both rules for a person who follows the plan, with random good and bad days', () => {
    fc.assert(
      fc.property(planFollower, ({ usual, days }) => {
        const { snapshots, state, events } = livedFollowingThePlan(usual, days);
        tally(allChanges(state));
        expectRisesWithinTheRule(allChanges(state));
        expectWeeklyRisesWithinTheRule(snapshots, allChanges(state));
        expectNoRiseInAFlare(snapshots, events);
      }),
      RUNS,
    );
  });

  it('gives every change a known code, a calendar day and a kind sentence', () => {
    fc.assert(
      fc.property(eventStream, (events) => {
        for (const change of allChanges(oneShot(events, lastDayOf(events)))) {
          expect(REASON_CODES).toContain(change.code);
          expect(change.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(change.message).toMatch(/^[A-Z].*\.$/);
          expect(change.message).not.toMatch(BLAMING_WORDS);
        }
      }),
      RUNS,
    );
  });

  afterAll(() => {
    // The streams must reach the rules the properties are about, or the properties say nothing.
    const codes = [
      'progress_calm_week',
      'variant_harder',
      'flare_halved',
      'rebuild_step',
      'rebuild_done',
      'boom_bust_noticed',
      'too_hard_eased',
    ];
    for (const code of codes) {
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
    }
  });
});

/** On a day with a check-in marked flare, and every day in flare mode, no dose is above the day before. */
function expectNoRiseInAFlare(
  snapshots: readonly Snapshot[],
  events: readonly PacingEvent[],
): void {
  for (let n = 1; n < snapshots.length; n++) {
    const isFlareDay = events.some(
      (e) => e.kind === 'checkin' && e.flare && e.localDate === day(n),
    );
    if (snapshots[n]?.mode !== 'flare' && !isFlareDay) continue;
    for (const [activity, dose] of snapshots[n]?.doses ?? []) {
      const yesterday = snapshots[n - 1]?.doses.get(activity);
      if (yesterday) expect(volumeOf(dose)).toBeLessThanOrEqual(volumeOf(yesterday));
    }
  }
}

const GROWTH = new Set(['progress_calm_week', 'variant_harder', 'set_added']);
const EXEMPT = new Set(['baseline_set', 'rebuild_step', 'rebuild_done']);

function expectRisesWithinTheRule(changes: readonly PacingChange[]): void {
  const lastGrowth = new Map<string, LocalDate>();
  const episodeTop = new Map<string, number>();
  for (const c of changes) {
    if (c.code === 'flare_halved') {
      expect(c.to).toBeLessThan(c.from ?? 0);
      episodeTop.set(c.activity, Math.max(episodeTop.get(c.activity) ?? 0, c.from ?? 0));
    }
    if (c.code === 'rebuild_step' || c.code === 'rebuild_done')
      expect(c.to).toBeLessThanOrEqual(episodeTop.get(c.activity) ?? -1);
    if (c.code === 'rebuild_done' || c.code === 'too_hard_eased') episodeTop.delete(c.activity);
    if (c.from !== null && c.to > c.from) expect([...GROWTH, ...EXEMPT]).toContain(c.code);
    if (c.code === 'progress_calm_week')
      expect(c.to).toBeLessThanOrEqual(progressedValue(c.from ?? 0));
    if (GROWTH.has(c.code)) {
      const previous = lastGrowth.get(c.activity);
      if (previous) expect(c.at >= day(7 + dayIndex(previous))).toBe(true);
      lastGrowth.set(c.activity, c.at);
    }
  }
}

/**
 * Over any 7 days without a baseline or rebuild change: the dose grows at most × 1.10 or one unit
 * (per set), and a set is added only with the reps reset so the volume grows no more than that.
 */
function expectWeeklyRisesWithinTheRule(
  snapshots: readonly Snapshot[],
  changes: readonly PacingChange[],
): void {
  for (let from = 0; from < snapshots.length; from++) {
    for (let to = from + 1; to <= Math.min(from + 7, snapshots.length - 1); to++) {
      for (const [activity, after] of snapshots[to]?.doses ?? []) {
        const before = snapshots[from]?.doses.get(activity);
        const isExempt = changes.some(
          (c) =>
            c.activity === activity &&
            EXEMPT.has(c.code) &&
            c.at >= day(from - 1) &&
            c.at <= day(to),
        );
        if (!before || isExempt) continue;
        if (after.sets === before.sets)
          expect(after.value).toBeLessThanOrEqual(progressedValue(before.value));
        else expect(volumeOf(after)).toBeLessThanOrEqual(progressedValue(volumeOf(before)));
      }
    }
  }
}
