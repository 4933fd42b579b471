// Caseload figures. Dimensions: days with data (check-ins, sessions, the 30-day edge, 16 days),
// mean pain (the minimum days, daily means, the 2-point / 30 % edges both ways), flares in 14
// days, sessions done against planned (this week, four weeks, weeks without a stored plan), stop
// signs (red flags only, reviewed or not, the 14-day window) and the PEG change since the start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import {
  buildCaseloadFigures,
  countDaysWithData,
  isMeaningfulChange,
  markChange,
  painFigures,
  type CaseloadInput,
  type CaseloadCheckin,
} from './figures.js';

const TODAY = '2026-11-26'; // a Thursday
const EMPTY: CaseloadInput = { today: TODAY, checkins: [], sessions: [], stops: [], weeks: [], firstPeg: null, latestPeg: null, lastCheckinOn: null, lastReviewAt: null };
const checkin = (daysAgo: number, pain = 4, flare = false): CaseloadCheckin => ({ localDate: addDays(TODAY, -daysAgo), pain, flare });
const session = (daysAgo: number, stopReason: string | null = null, hour = '08') => ({
  localDate: addDays(TODAY, -daysAgo), startedAt: `${addDays(TODAY, -daysAgo)}T${hour}:00:00.000Z`, stopReason,
});
/** Check-ins with `recent` pain over the last 7 days and `older` pain on days 8-28. */
const painDays = (recent: number, older: number): CaseloadCheckin[] =>
  Array.from({ length: 28 }, (_, n) => checkin(n, n < 7 ? recent : older));

describe('days with data in the last 30', () => {
  it.each([
    ['nothing', [], [], 0],
    ['a check-in and a session on one day count once', [0], [0], 1],
    ['day 29 back counts, day 30 does not', [29, 30], [], 1],
    ['sessions alone count', [], [1, 2, 3], 3],
  ])('%s', (_, checkinDays, sessionDays, expected) => {
    const input = { ...EMPTY, checkins: checkinDays.map((d) => checkin(d)), sessions: sessionDays.map((d) => session(d)) };
    expect(countDaysWithData(input)).toBe(expected);
  });

  it.each([[15, false], [16, true], [30, true]])('marks %i days as monitored: %s', (days, marked) => {
    const figures = buildCaseloadFigures({ ...EMPTY, checkins: Array.from({ length: days }, (_, n) => checkin(n)) });
    expect(figures.isMonitored).toBe(marked);
  });
});

describe('the meaningful-change mark', () => {
  it.each([
    // recent, baseline, mark — 2 points or 30 % of the baseline, edges included
    [6, 4, 'worse'], // 2 points exactly
    [5.1, 4, 'none'], // 1.1 points: under 2 and under 30 % (1.2)
    [5.2, 4, 'worse'], // 30 % of 4 exactly
    [6.5, 5, 'worse'], // 1.5 = 30 % of 5 exactly
    [6.4, 5, 'none'],
    [3.5, 5, 'better'], // 30 % down exactly
    [3.6, 5, 'none'],
    [8, 10, 'better'], // 2 points down exactly (30 % would be 3)
    [8.1, 10, 'none'],
    [5, 5, 'none'],
    [1, 0, 'worse'], // any rise from no pain is 30 % or more
  ] as const)('%d against %d is %s', (recent, baseline, mark) => {
    expect(markChange(recent, baseline)).toBe(mark);
  });

  it('matches 2 points and 30 % exactly at the edges, either way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.boolean(), (baseTenths, deltaTenths, up) => {
        const baseline = baseTenths / 10;
        const delta = deltaTenths / 10;
        const recent = up ? baseline + delta : baseline - delta;
        const expected = delta >= 2 || delta * 10 >= 3 * baseline;
        expect(isMeaningfulChange(recent, baseline)).toBe(expected);
      }),
    );
  });
});

describe('mean pain, 7 days against 28', () => {
  it('needs check-ins on 4 of the last 7 days and 14 of the last 28', () => {
    expect(painFigures(painDays(6, 4).slice(0, 3), TODAY)).toMatchObject({ recentMean: null, mark: null, recentDays: 3 });
    const sparse = [0, 1, 2, 3, 10, 12].map((d) => checkin(d, 5));
    expect(painFigures(sparse, TODAY)).toMatchObject({ recentMean: 5, baselineMean: null, mark: null });
    const enough = Array.from({ length: 14 }, (_, n) => checkin(n * 2 <= 6 ? n : n + 7, 5));
    expect(painFigures(enough, TODAY).baselineMean).toBe(5);
  });

  it('takes each day’s mean first, so a day with three check-ins counts once', () => {
    const days = [...painDays(4, 4), checkin(0, 10), checkin(0, 10)];
    expect(painFigures(days, TODAY).recentMean).toBeCloseTo((8 + 4 * 6) / 7);
  });

  it('marks a rise from 4 to 7 as worse and keeps the 28 days including the last 7', () => {
    const figures = painFigures(painDays(7, 4), TODAY);
    expect(figures.baselineMean).toBeCloseTo((7 * 7 + 4 * 21) / 28);
    expect(figures.mark).toBe('worse');
  });
});

describe('sessions done against planned', () => {
  const monday = '2026-11-23';
  const weekOf = (weekStart: string, sessionsPerDay = 1) => ({
    weekStart,
    sessionDates: Array.from({ length: 7 }, (_, d) => Array.from({ length: sessionsPerDay }, () => addDays(weekStart, d))).flat(),
  });

  it('counts this week up to today and the whole week apart', () => {
    const figures = buildCaseloadFigures({ ...EMPTY, sessions: [session(0), session(1)], weeks: [weekOf(monday)] });
    expect(figures.thisWeek).toEqual({ done: 2, planned: 4, plannedWeek: 7 });
  });

  it('leaves weeks without a stored plan out of both sides over four weeks', () => {
    const weeks = [weekOf(addDays(monday, -21)), weekOf(monday)];
    const sessions = [session(0), session(8), session(22)];
    const figures = buildCaseloadFigures({ ...EMPTY, sessions, weeks });
    expect(figures.fourWeeks).toEqual({ done: 2, planned: 11 });
  });

  it('says nothing planned when no week was stored', () => {
    const figures = buildCaseloadFigures({ ...EMPTY, sessions: [session(0)] });
    expect(figures.thisWeek).toEqual({ done: 1, planned: null, plannedWeek: null });
    expect(figures.fourWeeks).toEqual({ done: 0, planned: null });
  });
});

describe('stop signs, flares and PEG', () => {
  it('keeps red-flag stops only, newest first, marking those a review came after', () => {
    const stops = [session(20, 'chest_pain'), session(10, 'dizzy'), session(3, 'tired'), session(2, 'one_sided_weakness')];
    const figures = buildCaseloadFigures({ ...EMPTY, stops, lastReviewAt: `${addDays(TODAY, -5)}T12:00:00.000Z` });
    expect(figures.stopSigns.map((s) => [s.reason, s.reviewed])).toEqual([['one_sided_weakness', false], ['dizzy', true]]);
  });

  it('keeps an unreviewed stop sign from long ago', () => {
    const figures = buildCaseloadFigures({ ...EMPTY, stops: [session(60, 'breathless')] });
    expect(figures.stopSigns).toHaveLength(1);
  });

  it('counts days with a flare in the last 14, once a day', () => {
    const checkins = [checkin(0, 8, true), checkin(0, 9, true), checkin(13, 8, true), checkin(14, 8, true)];
    expect(buildCaseloadFigures({ ...EMPTY, checkins }).flareDays).toBe(2);
  });

  it('scores PEG as the mean of its items and gives the change since the first', () => {
    const peg = (at: string, pain: number, enjoyment: number, activity: number) => ({ localDate: at.slice(0, 10), at, pain, enjoyment, activity });
    const figures = buildCaseloadFigures({ ...EMPTY, firstPeg: peg('2026-09-01T08:00:00.000Z', 7, 8, 6), latestPeg: peg('2026-11-20T08:00:00.000Z', 4, 5, 6) });
    expect(figures.peg.first?.score).toBe(7);
    expect(figures.peg.latest?.score).toBe(5);
    expect(figures.peg.change).toBe(-2);
    const once = buildCaseloadFigures({ ...EMPTY, firstPeg: peg('2026-09-01T08:00:00.000Z', 7, 8, 6), latestPeg: peg('2026-09-01T08:00:00.000Z', 7, 8, 6) });
    expect(once.peg.change).toBeNull();
  });
});
