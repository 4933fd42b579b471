/**
 * The visit report's data. Dimensions: no data at all, a year of daily data (every list cut to
 * its limit with "and N more"), what stays out (outside the period, unclaimed insights, stops
 * that are not red flags), the outcome marks by the sources' thresholds, the period rules, the
 * paper by locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVisitReport, clipText, paperForLocale, REPORT_LIMITS, shortlist } from './build-report.js';
import { markChange, pegChange, psfsChange } from './outcomes.js';
import { choosePeriod } from './period.js';
import { emptyInput, yearInput } from './report.fixtures.js';

describe('buildVisitReport', () => {
  it('says "nothing yet" for every part of an empty period', () => {
    const report = buildVisitReport(emptyInput());
    expect(report.pain).toEqual({ points: [], weekly: [], flareDays: [], checkinDays: 0 });
    expect(report.adherence).toEqual({ sessionsDone: 0, partial: 0, minutesDone: 0, planned: null });
    expect(report.outcomes).toEqual({ peg: null, psfs: null });
    for (const list of [report.pacing, report.stopSigns, report.insights, report.raised]) expect(list).toEqual({ items: [], more: 0 });
  });

  it('cuts every list of a year of daily data to its limit and counts the rest', () => {
    const report = buildVisitReport(yearInput());
    expect(report.pain.points).toHaveLength(366);
    expect(report.pain.flareDays).toHaveLength(13);
    expect(report.pain.weekly).toHaveLength(53);
    expect(report.pain.weekly[0]).toEqual({ day: '2025-04-28', pain: 3.5 });
    expect(report.pacing.items).toHaveLength(REPORT_LIMITS.pacing);
    expect(report.pacing.more).toBe(53 - REPORT_LIMITS.pacing);
    expect(report.stopSigns).toMatchObject({ more: 1 });
    expect(report.raised.items).toHaveLength(REPORT_LIMITS.raised);
    expect(report.adherence).toMatchObject({ sessionsDone: 366, minutesDone: 366 * 12, planned: { days: 366, sessions: 366, sessionsDone: 366, minutes: 366 * 15, minutesDone: 366 * 12 } });
  });

  it('starts the PSFS from its last score before the period (it is asked rarely), and leaves out later ones', () => {
    const input = emptyInput();
    const report = buildVisitReport({ ...input, psfs: [
      { localDate: '2000-01-01', score: 3 },
      { localDate: '2000-02-01', score: 4 },
      { localDate: input.to, score: 6.5 },
      { localDate: '2100-01-01', score: 9 },
    ] });
    expect(report.outcomes.psfs).toMatchObject({ firstOn: '2000-02-01', first: 4, last: 6.5, change: 2.5, mark: 'meaningful', direction: 'better' });
    const onlyIntake = buildVisitReport({ ...input, psfs: [{ localDate: '2000-02-01', score: 4 }] });
    expect(onlyIntake.outcomes.psfs).toMatchObject({ first: 4, change: null });
  });

  it('keeps the newest pacing changes, and only those in the period', () => {
    const report = buildVisitReport(emptyInput({
      pacingChanges: [
        { at: '2026-04-01', code: 'progress_calm_week', message: 'before' },
        { at: '2026-04-10', code: 'progress_calm_week', message: 'older' },
        { at: '2026-04-20', code: 'flare_halved', message: 'newer' },
      ],
    }));
    expect(report.pacing.items.map((c) => c.message)).toEqual(['newer', 'older']);
  });

  it('counts sessions against the plan only on the days that had a stored week', () => {
    const sessions = ['2026-04-10', '2026-04-11', '2026-04-20'].map((localDate) => ({ localDate, minutes: 10, partial: false, stopReason: null }));
    const plannedDays = [{ localDate: '2026-04-20', sessions: 2, minutes: 30 }, { localDate: '2026-04-21', sessions: 0, minutes: 0 }];
    expect(buildVisitReport(emptyInput({ sessions, plannedDays })).adherence).toEqual({
      sessionsDone: 3, partial: 0, minutesDone: 30, planned: { days: 2, sessions: 2, sessionsDone: 1, minutes: 30, minutesDone: 10 },
    });
  });

  it('lists only red-flag stops as stop signs', () => {
    const sessions = [
      { localDate: '2026-04-10', minutes: 5, partial: true, stopReason: 'pain_too_high' },
      { localDate: '2026-04-11', minutes: 5, partial: true, stopReason: 'chest_pain' },
    ];
    expect(buildVisitReport(emptyInput({ sessions })).stopSigns.items).toEqual([{ day: '2026-04-11', reason: 'chest_pain' }]);
  });

  it('states only the insights that passed their minimum', () => {
    const base = { ci: [-1.5, -0.5] as [number, number], effect: -1, n: 20, meaningful: false };
    const report = buildVisitReport(emptyInput({
      patterns: [
        { ...base, code: 'sleep_pain', claimed: false, message: 'not enough' },
        { ...base, code: 'session_effect', claimed: true, message: 'Pain is lower after sessions.' },
      ],
    }));
    expect(report.insights.items.map((p) => p.code)).toEqual(['session_effect']);
  });

  it('says what helped most first, at most four kinds, and nothing when none was rated 5 times', () => {
    expect(buildVisitReport(emptyInput()).relief).toEqual([]);
    const relief = (['heat', 'cold', 'rest', 'breathing', 'other'] as const).map((kind, i) => ({ kind, mean: 3 + i, ci: [2 + i, 4 + i] as [number, number], n: 5 + i }));
    const report = buildVisitReport({ ...emptyInput(), relief });
    expect(report.relief.map((r) => r.kind)).toEqual(['other', 'breathing', 'rest', 'cold']);
  });

  it('raises notes to the clinician and check-ins marked "something new", with or without their note', () => {
    const report = buildVisitReport(emptyInput({
      notes: [{ localDate: '2026-04-12', body: 'Can we talk about the pool?' }],
      checkins: [
        { localDate: '2026-04-15', pain: 3, flare: false, somethingNew: true, note: null },
        { localDate: '2026-04-16', pain: 3, flare: false, somethingNew: false, note: 'not raised' },
      ],
    }));
    expect(report.raised.items).toEqual([
      { day: '2026-04-15', kind: 'something_new', text: null },
      { day: '2026-04-12', kind: 'note', text: 'Can we talk about the pool?' },
    ]);
  });

  it('averages a day of several check-ins and marks it a flare if any was', () => {
    const checkins = [
      { localDate: '2026-04-10', pain: 3, flare: false, somethingNew: false, note: null },
      { localDate: '2026-04-10', pain: 6, flare: true, somethingNew: false, note: null },
    ];
    expect(buildVisitReport(emptyInput({ checkins })).pain).toEqual({ points: [{ day: '2026-04-10', pain: 4.5 }], weekly: [], flareDays: ['2026-04-10'], checkinDays: 1 });
  });
});

describe('outcome marks', () => {
  it.each([
    ['peg', 0.99, 'not_meaningful'],
    ['peg', -1, 'possibly_meaningful'],
    ['peg', 1.74, 'possibly_meaningful'],
    ['peg', -1.75, 'meaningful'],
    ['psfs', 1.29, 'not_meaningful'],
    ['psfs', 1.3, 'possibly_meaningful'],
    ['psfs', 2, 'meaningful'],
  ] as const)('%s change %d is %s', (outcome, change, mark) => {
    expect(markChange(outcome, change)).toBe(mark);
  });

  it('compares the first and last PEG of the period; lower is better', () => {
    const change = pegChange([
      { localDate: '2026-04-20', pain: 4, enjoyment: 4, activity: 4 },
      { localDate: '2026-04-06', pain: 6, enjoyment: 6, activity: 6 },
    ]);
    expect(change).toEqual({ firstOn: '2026-04-06', first: 6, lastOn: '2026-04-20', last: 4, change: -2, direction: 'better', mark: 'meaningful' });
  });

  it('gives the PSFS test vector of the sources: 5.0 to 7.0 is +2, better and meaningful', () => {
    const change = psfsChange([{ localDate: '2026-04-06', score: 5 }, { localDate: '2026-04-27', score: 7 }]);
    expect(change).toMatchObject({ change: 2, direction: 'better', mark: 'meaningful' });
  });

  it('has no change with one score', () => {
    expect(pegChange([{ localDate: '2026-04-06', pain: 6, enjoyment: 4, activity: 5 }])).toMatchObject({ first: 5, change: null, mark: null });
  });
});

describe('choosePeriod', () => {
  it.each([
    ['the query as asked', { from: '2026-01-01', to: '2026-02-01' }, null, { ok: true, from: '2026-01-01', to: '2026-02-01' }],
    ['since the last review', {}, '2026-04-20', { ok: true, from: '2026-04-20', to: '2026-05-04' }],
    ['the last 4 weeks with no review', {}, null, { ok: true, from: '2026-04-07', to: '2026-05-04' }],
    ['the last 4 weeks after a review today', {}, '2026-05-04', { ok: true, from: '2026-04-07', to: '2026-05-04' }],
    ['a year at most since an old review', {}, '2024-01-01', { ok: true, from: '2025-05-04', to: '2026-05-04' }],
    ['no period that ends before it starts', { from: '2026-05-02', to: '2026-05-01' }, null, { ok: false, problem: 'ends_before_start' }],
    ['no period over a year', { from: '2025-01-01', to: '2026-05-01' }, null, { ok: false, problem: 'too_long' }],
  ])('%s', (_, query, lastReviewOn, expected) => {
    expect(choosePeriod({ ...query, today: '2026-05-04', lastReviewOn })).toEqual(expected);
  });
});

describe('limits', () => {
  it('a shortlist never holds more than its limit and loses nothing from its count', () => {
    fc.assert(fc.property(fc.array(fc.integer()), fc.nat(10), (items, limit) => {
      const list = shortlist(items, limit);
      return list.items.length <= limit && list.items.length + list.more === items.length;
    }));
  });

  it('a clipped text is never longer than asked', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 200 }), (text, max) => clipText(text, max).length <= max));
  });

  it.each([
    ['en-US', 'letter'], ['en-CA', 'letter'], ['fr-CA', 'letter'], ['en-GB', 'a4'], ['de-DE', 'a4'], ['en', 'a4'], [null, 'a4'],
  ] as const)('paper for %s is %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });
});
