// "Needs attention first". Dimensions: each reason alone and at its edge (2 flare days, 7 quiet
// days, under half of planned), tiers in order, ties by the oldest review, and the invariant that
// a row with an unreviewed stop sign never sorts after one without.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { compareRows, findAttentionReasons, sortByAttention, tierOf, type AttentionReason } from './attention.js';
import type { CaseloadFigures } from './figures.js';
import { assessPatient } from './index.js';

const TODAY = '2026-11-26';
const CALM: CaseloadFigures = {
  lastCheckinOn: TODAY,
  daysWithData: 20,
  isMonitored: true,
  thisWeek: { done: 2, planned: 3, plannedWeek: 5 },
  fourWeeks: { done: 10, planned: 16 },
  pain: { recentMean: 4, baselineMean: 4, recentDays: 7, baselineDays: 28, change: 0, mark: 'none' },
  flareDays: 0,
  stopSigns: [],
  peg: { first: null, latest: null, change: null },
  lastReviewAt: null,
};
const stop = (reviewed: boolean) => ({ reason: 'chest_pain', localDate: TODAY, at: `${TODAY}T08:00:00.000Z`, reviewed });
const codes = (figures: Partial<CaseloadFigures>) => findAttentionReasons({ ...CALM, ...figures }, TODAY).map((r) => r.code);

describe('attention reasons', () => {
  it.each([
    ['calm', {}, []],
    ['an unreviewed stop sign', { stopSigns: [stop(false)] }, ['stop_sign']],
    ['a reviewed stop sign', { stopSigns: [stop(true)] }, []],
    ['worse pain', { pain: { ...CALM.pain, recentMean: 7, change: 3, mark: 'worse' } }, ['pain_worse']],
    ['better pain', { pain: { ...CALM.pain, recentMean: 1, change: -3, mark: 'better' } }, []],
    ['flares on 1 day', { flareDays: 1 }, []],
    ['flares on 2 days', { flareDays: 2 }, ['flares']],
    ['last check-in 6 days ago', { lastCheckinOn: addDays(TODAY, -6) }, []],
    ['last check-in 7 days ago', { lastCheckinOn: addDays(TODAY, -7) }, ['no_checkin']],
    ['never checked in', { lastCheckinOn: null }, ['no_checkin']],
    ['half of planned', { fourWeeks: { done: 8, planned: 16 } }, []],
    ['under half of planned', { fourWeeks: { done: 7, planned: 16 } }, ['low_adherence']],
    ['nothing planned', { fourWeeks: { done: 0, planned: null } }, []],
  ] as [string, Partial<CaseloadFigures>, string[]][])('%s', (_, figures, expected) => {
    expect(codes(figures)).toEqual(expected);
  });

  it.each([
    [[], 4],
    [[{ code: 'low_adherence', done: 1, planned: 9 }], 3],
    [[{ code: 'no_checkin', since: null }, { code: 'low_adherence', done: 1, planned: 9 }], 2],
    [[{ code: 'flares', days: 3 }], 1],
    [[{ code: 'pain_worse', change: 2 }, { code: 'stop_sign', count: 1, lastOn: TODAY }], 0],
  ] as [AttentionReason[], number][])('tier of %j is %i', (reasons, tier) => {
    expect(tierOf(reasons)).toBe(tier);
  });
});

describe('the order', () => {
  const row = (id: string, tier: number, lastReviewAt: string | null) => ({ id, name: id, tier, lastReviewAt });

  it('breaks ties by the oldest review, never reviewed first', () => {
    const rows = [row('a', 1, '2026-11-20T10:00:00.000Z'), row('b', 1, null), row('c', 1, '2026-11-01T10:00:00.000Z'), row('d', 0, '2026-11-25T10:00:00.000Z')];
    expect(sortByAttention(rows).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  const arbitraryInput = fc.record({
    hasStop: fc.boolean(),
    reviewed: fc.boolean(),
    pains: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 0, maxLength: 28 }),
    flares: fc.integer({ min: 0, max: 5 }),
    quietDays: fc.integer({ min: 0, max: 20 }),
    reviewDaysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  });

  it('never sorts a row with an unreviewed stop sign after one without', () => {
    fc.assert(
      fc.property(fc.array(arbitraryInput, { minLength: 1, maxLength: 12 }), (inputs) => {
        const rows = inputs.map((input, n) => {
          const reviewAt = input.reviewDaysAgo === null ? null : `${addDays(TODAY, -input.reviewDaysAgo)}T12:00:00.000Z`;
          const stops = input.hasStop ? [{ localDate: addDays(TODAY, -1), startedAt: `${addDays(TODAY, -1)}T08:00:00.000Z`, stopReason: 'chest_pain' }] : [];
          const checkins = input.pains.map((pain, d) => ({ localDate: addDays(TODAY, -(d + input.quietDays)), pain, flare: d < input.flares }));
          const assessed = assessPatient({ today: TODAY, checkins, sessions: [], stops, weeks: [], firstPeg: null, latestPeg: null, lastCheckinOn: checkins[0]?.localDate ?? null, lastReviewAt: reviewAt });
          return { id: String(n), name: `P${n}`, tier: assessed.tier, lastReviewAt: reviewAt, urgent: assessed.attention.some((r) => r.code === 'stop_sign') };
        });
        const sorted = sortByAttention(rows);
        const firstCalm = sorted.findIndex((r) => !r.urgent);
        if (firstCalm >= 0) expect(sorted.slice(firstCalm).some((r) => r.urgent)).toBe(false);
      }),
    );
  });

  it('is a total order: sorting twice, or from any start, gives the same rows', () => {
    const rowArb = fc.record({ id: fc.uuid(), name: fc.constantFrom('Maya', 'Walter', 'Priya'), tier: fc.integer({ min: 0, max: 4 }), lastReviewAt: fc.option(fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-20T10:00:00.000Z'), { nil: null }) });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 10 }), (rows) => {
        const once = sortByAttention(rows);
        expect(sortByAttention([...rows].reverse())).toEqual(once);
        for (let i = 1; i < once.length; i++) expect(compareRows(once[i - 1]!, once[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
