// The journal's timeline. Dimensions: each kind placed on its own day; days newest first and
// entries newest first within a day; how a session ended (done, partial, stopped); every filter;
// the span one read may cover; and, over random journals, that nothing is lost or repeated and
// the order always holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  filterTimeline,
  isTimelineSpan,
  sessionOutcomeOf,
  TIMELINE_FILTERS,
  type TimelineAnswer,
  type TimelineCheckin,
  type TimelineFilter,
  type TimelineSession,
} from './timeline.js';

const checkin = (id: string, localDate: string, at: string, extra: Partial<TimelineCheckin> = {}): TimelineCheckin => ({
  id, localDate, at, flare: false, notes: null, ...extra,
});
const session = (id: string, localDate: string, startedAt: string, extra: Partial<TimelineSession> = {}): TimelineSession => ({
  id, localDate, startedAt, partial: false, stopReason: null, notes: null, ...extra,
});
const answer = (id: string, localDate: string, at: string): TimelineAnswer => ({ id, localDate, at });

const journal = {
  checkins: [
    checkin('c1', '2026-12-01', '2026-12-01T08:00:00.000Z'),
    checkin('c2', '2026-12-03', '2026-12-03T19:00:00.000Z', { flare: true, notes: 'Bad night' }),
  ],
  sessions: [
    session('s1', '2026-12-01', '2026-12-01T10:00:00.000Z'),
    session('s2', '2026-12-02', '2026-12-02T09:00:00.000Z', { partial: true, stopReason: 'dizzy' }),
    session('s3', '2026-12-03', '2026-12-03T09:00:00.000Z', { partial: true, notes: '  ' }),
  ],
  badDays: [{ localDate: '2026-12-03', markedAt: '2026-12-03T07:00:00.000Z' }],
  answers: [answer('q1', '2026-12-02', '2026-12-02T12:00:00.000Z')],
};

describe('buildTimeline', () => {
  it('groups every kind by day, newest day first and newest entry first', () => {
    const days = buildTimeline(journal);
    expect(days.map((d) => d.day)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01']);
    expect(days.map((d) => d.entries.map((e) => e.key))).toEqual([
      ['checkin:c2', 'session:s3', 'bad_day:2026-12-03'],
      ['questionnaire:q1', 'session:s2'],
      ['session:s1', 'checkin:c1'],
    ]);
  });

  it('marks flare-ups and notes, and a blank note is none', () => {
    const [latest] = buildTimeline(journal);
    expect(latest?.entries[0]).toMatchObject({ kind: 'checkin', flare: true, hasNote: true });
    expect(latest?.entries[1]).toMatchObject({ kind: 'session', outcome: 'partial', hasNote: false });
  });

  it('is empty for an empty journal', () => {
    expect(buildTimeline({ checkins: [], sessions: [], badDays: [], answers: [] })).toEqual([]);
  });
});

describe('sessionOutcomeOf', () => {
  it.each([
    [false, null, 'done'],
    [true, null, 'partial'],
    [true, 'pain_too_high', 'stopped'],
  ] as const)('partial %s with reason %s is %s', (partial, stopReason, outcome) => {
    expect(sessionOutcomeOf({ partial, stopReason })).toBe(outcome);
  });
});

describe('filterTimeline', () => {
  it.each([
    ['all', 7],
    ['checkin', 2],
    ['session', 3],
    ['flare', 1],
    ['note', 1],
    ['bad_day', 1],
    ['questionnaire', 1],
  ] as [TimelineFilter, number][])('%s keeps %i entries and drops empty days', (filter, count) => {
    const days = filterTimeline(buildTimeline(journal), filter);
    expect(days.flatMap((d) => d.entries)).toHaveLength(count);
    expect(days.every((d) => d.entries.length > 0)).toBe(true);
  });
});

describe('isTimelineSpan', () => {
  it.each([
    ['2026-12-01', '2026-12-01', true],
    ['2026-09-01', '2026-12-01', true],
    ['2026-08-31', '2026-12-01', false],
    ['2026-12-02', '2026-12-01', false],
  ])('%s to %s is %s', (from, to, ok) => {
    expect(isTimelineSpan(from, to)).toBe(ok);
  });
});

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
const instantOn = (d: string) => fc.integer({ min: 0, max: 23 }).map((h) => `${d}T${String(h).padStart(2, '0')}:00:00.000Z`);
const dated = day.chain((d) => instantOn(d).map((at) => ({ d, at })));

describe('timeline properties', () => {
  it('keeps every entry exactly once, in order, under every filter', () => {
    fc.assert(
      fc.property(
        fc.array(dated, { maxLength: 20 }),
        fc.array(fc.tuple(dated, fc.boolean(), fc.boolean()), { maxLength: 20 }),
        fc.uniqueArray(dated, { maxLength: 10, selector: (x) => x.d }),
        (cs, ss, bs) => {
          const input = {
            checkins: cs.map((x, i) => checkin(`c${i}`, x.d, x.at)),
            sessions: ss.map(([x, partial, stopped], i) => session(`s${i}`, x.d, x.at, { partial, stopReason: partial && stopped ? 'dizzy' : null })),
            badDays: bs.map((x) => ({ localDate: x.d, markedAt: x.at })),
            answers: [],
          };
          const days = buildTimeline(input);
          const keys = days.flatMap((d) => d.entries.map((e) => e.key));
          expect(new Set(keys).size).toBe(cs.length + ss.length + bs.length);
          expect(keys).toHaveLength(cs.length + ss.length + bs.length);
          days.forEach((d, i) => {
            if (i > 0) expect(d.day < days[i - 1]!.day).toBe(true);
            d.entries.forEach((e, j) => {
              expect(e.day).toBe(d.day);
              if (j > 0) expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.parse(d.entries[j - 1]!.at));
            });
          });
          const counted = TIMELINE_FILTERS.filter((f) => f !== 'all' && f !== 'flare' && f !== 'note')
            .map((f) => filterTimeline(days, f).flatMap((d) => d.entries).length)
            .reduce((a, b) => a + b, 0);
          expect(counted).toBe(keys.length);
        },
      ),
    );
  });
});
