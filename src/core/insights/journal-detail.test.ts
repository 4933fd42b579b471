// Covers the journal's section (issue 14) rule by rule, each minimum silent below and shown at:
// pain per region (7 days; two check-ins a day averaged; the trailing 7-day mean), nerve-type days
// (14 days with a descriptor; Wilson interval; nerve and other descriptors), rises (2 points, at
// most 3 days apart, detail that day or the day before), triggers (needs 14 check-in days, counts
// below 5 rises or 5 other days, a strong trigger claimed and an even one not), what helped
// (5 ratings; the later rating first; unrated entries left out); and, as properties, that the
// order of the check-ins never changes the result and a journal without detail gives none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAIL, type CheckinDetail } from '../journal/detail.js';
import { buildInsights } from './build-insights.js';
import { buildJournal } from './daily.js';
import { checkin, dailyCheckins, dayOf, journalOf, wobble } from './insights.fixtures.js';
import { detailByDay } from './journal-days.js';
import { classifyRises } from './journal-triggers.js';
import { EMPTY_JOURNAL_INSIGHTS } from './journal-types.js';
import type { InsightsCheckin } from './types.js';

const detail = (part: Partial<CheckinDetail>): CheckinDetail => ({ ...EMPTY_DETAIL, ...part });
const withDetail = (part: Partial<CheckinDetail>) => ({ detail: detail(part) });
const journalFor = (days: number, checkins: InsightsCheckin[]) => buildInsights(journalOf(days, { checkins })).journal;

describe('pain per region', () => {
  const lowerBack = (n: number) => withDetail({ regionPain: [{ region: 'lower_back', pain: 3 + (n % 3) }] });
  it.each([
    [6, 0],
    [7, 20],
  ])('with %d days of a lower-back number: %d points', (days, points) => {
    const checkins = dailyCheckins(Array.from({ length: 20 }, (_, n) => wobble(n)), (n) => (n < days ? lowerBack(n) : {}));
    const [trend] = journalFor(20, checkins).regions;
    expect(trend).toMatchObject({ region: 'lower_back', days, required: 7 });
    expect(trend!.points).toHaveLength(points);
  });

  it('averages two numbers on one day, and starts the 7-day mean at 4 days of the 7', () => {
    const checkins = [
      ...dailyCheckins([5, 5, 5, 5, 5, 5, 5], (n) => withDetail({ regionPain: [{ region: 'head', pain: n }] })),
      checkin(dayOf(0), 5, { localHour: 20, ...withDetail({ regionPain: [{ region: 'head', pain: 3 }] }) }),
    ];
    const [head] = journalFor(7, checkins).regions;
    expect(head!.points.map((p) => p.value)).toEqual([1.5, 1, 2, 3, 4, 5, 6]);
    expect(head!.points.map((p) => p.mean7)).toEqual([null, null, null, 1.9, 2.3, 2.8, 3.2]);
  });
});

describe('nerve-type days', () => {
  const describedFor = (days: number) =>
    dailyCheckins(Array.from({ length: 30 }, () => 5), (n) =>
      n < days ? withDetail({ descriptors: n % 2 === 0 ? ['burning', 'aching'] : ['aching'] }) : withDetail({ triggers: ['sitting'] }),
    );
  it.each([
    [13, null],
    [14, 0.5],
  ])('with %d days described, the share is %s', (days, share) => {
    const nerve = journalFor(30, describedFor(days)).nerve!;
    expect(nerve).toMatchObject({ describedDays: days, nerveDays: Math.ceil(days / 2), required: 14, share });
    expect(nerve.ci === null).toBe(share === null);
    expect(nerve.descriptors).toEqual([
      { descriptor: 'burning', days: Math.ceil(days / 2) },
      { descriptor: 'aching', days },
    ]);
  });

  it('gives the Wilson interval of 7 nerve days in 14', () => {
    expect(journalFor(30, describedFor(14)).nerve!.ci).toEqual([0.268, 0.732]);
  });

  it('counts a day once whatever its check-ins say', () => {
    const checkins = [
      checkin(dayOf(0), 5, withDetail({ descriptors: ['aching'] })),
      checkin(dayOf(0), 6, { localHour: 18, ...withDetail({ descriptors: ['tingling'] }) }),
    ];
    expect(journalFor(1, checkins).nerve).toMatchObject({ describedDays: 1, nerveDays: 1 });
  });
});

describe('rises', () => {
  const known = withDetail({ medication: 'as usual' });
  it.each([
    ['2 points above the day before', [4, 6], [1], []],
    ['a 1.5-point rise of the day means', [[4], [5, 6]], [], [1]],
    ['3 days apart', [4, null, null, 6], [3], []],
    ['4 days apart: not compared', [4, null, null, null, 6], [], []],
    ['a fall', [7, 4], [], [1]],
  ] as [string, (number | number[] | null)[], number[], number[]][])('%s', (_, pains, rises, others) => {
    const checkins = pains.flatMap((p, n) =>
      p === null ? [] : (typeof p === 'number' ? [p] : p).map((pain, k) => checkin(dayOf(n), pain, { localHour: 8 + k, ...known })),
    );
    const journal = buildJournal(journalOf(pains.length, { checkins }));
    expect(classifyRises(journal.days, detailByDay(journal))).toEqual({ rises, others });
  });

  it('leaves out days with no detail that day or the day before', () => {
    const checkins = dailyCheckins([4, 6, 4, 6], (n) => (n === 0 ? known : {}));
    const journal = buildJournal(journalOf(4, { checkins }));
    expect(classifyRises(journal.days, detailByDay(journal))).toEqual({ rises: [1], others: [] });
  });
});

/** A day pattern of pains repeating low-high, with `trigger` noted on the day before each rise. */
function triggerJournal(days: number, rises: number, noteOnOthers = false) {
  const pains = Array.from({ length: days }, (_, n) => (n % 2 === 1 && (n - 1) / 2 < rises ? 7 : 4));
  return dailyCheckins(pains, (n) => {
    const beforeRise = pains[n + 1] === 7;
    const note = beforeRise || (noteOnOthers && n % 4 === 0);
    return withDetail({ triggers: note ? ['sitting'] : ['weather'] });
  });
}

describe('triggers before a rise', () => {
  it.each([
    [13, 6, 'needs_days', 0],
    [14, 4, 'described', 2],
    [14, 5, 'tested', 2],
  ] as const)('%d check-in days and %d rises: %s', (days, rises, status, listed) => {
    const triggers = journalFor(days, triggerJournal(days, rises)).triggers!;
    expect(triggers).toMatchObject({ status, rises, checkinDays: days });
    expect(triggers.triggers).toHaveLength(listed);
    if (status === 'described') expect(triggers.triggers.every((t) => t.ci === null && !t.claimed)).toBe(true);
  });

  it('claims a trigger noted before every rise and no other day, and not one noted around every day', () => {
    const triggers = journalFor(40, triggerJournal(40, 10)).triggers!;
    const sitting = triggers.triggers.find((t) => t.trigger === 'sitting')!;
    expect(sitting).toMatchObject({ beforeRises: 10, aroundOthers: 9, claimed: true });
    expect(sitting.ci![0]).toBeGreaterThan(0);
    const weather = triggers.triggers.find((t) => t.trigger === 'weather')!;
    expect(weather.claimed).toBe(false);
  });

  it('does not claim a trigger noted as often without a rise', () => {
    const triggers = journalFor(40, triggerJournal(40, 5, true)).triggers!;
    expect(triggers.status).toBe('tested');
    expect(triggers.triggers.some((t) => t.claimed)).toBe(false);
  });
});

describe('what helped', () => {
  const rated = (count: number, later: number | null = null) =>
    dailyCheckins(Array.from({ length: count }, () => 5), (n) =>
      withDetail({ relief: [{ kind: 'heat', helped: 4 + (n % 3), helpedLater: later }, { kind: 'rest', helped: null, helpedLater: null }] }),
    );
  it.each([
    [4, null],
    [5, 4.8],
  ])('with %d ratings of heat: mean %s', (count, mean) => {
    const relief = journalFor(10, rated(count)).relief;
    expect(relief).toEqual([
      expect.objectContaining({ kind: 'heat', n: count, required: 5, mean, later: 0, atTheTime: count }),
    ]);
    expect(relief[0]!.ci === null).toBe(mean === null);
  });

  it('takes the later rating when there is one, with a t interval', () => {
    const [heat] = journalFor(10, rated(6, 8)).relief;
    expect(heat).toEqual({ kind: 'heat', n: 6, required: 5, mean: 8, ci: [8, 8], later: 6, atTheTime: 0 });
    const [mixed] = journalFor(10, rated(9)).relief;
    expect(mixed).toMatchObject({ mean: 5, ci: [4.3, 5.7] });
  });
});

describe('invariants', () => {
  const arbitraryDetail: fc.Arbitrary<Partial<CheckinDetail>> = fc.record({
    regionPain: fc.constantFrom<CheckinDetail['regionPain']>([], [{ region: 'neck', pain: 4 }], [{ region: 'knee', pain: 7 }]),
    descriptors: fc.constantFrom<CheckinDetail['descriptors']>([], ['burning'], ['aching']),
    triggers: fc.constantFrom<CheckinDetail['triggers']>([], ['sitting'], ['stress', 'weather']),
    relief: fc.constantFrom<CheckinDetail['relief']>([], [{ kind: 'heat', helped: 6, helpedLater: null }], [{ kind: 'cold', helped: 2, helpedLater: 9 }]),
  });
  const arbitraryCheckin = fc.record({
    day: fc.integer({ min: 0, max: 29 }),
    hour: fc.integer({ min: 0, max: 23 }),
    pain: fc.integer({ min: 0, max: 10 }),
    detail: fc.option(arbitraryDetail),
  });
  type Arbitrary = typeof arbitraryCheckin extends fc.Arbitrary<infer T> ? T : never;
  const toCheckin = (c: Arbitrary) =>
    checkin(dayOf(c.day), c.pain, { localHour: c.hour, detail: c.detail ? detail(c.detail) : null });

  it('gives the same section whatever the order of the check-ins', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCheckin, { maxLength: 80 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([list, shuffled]) => {
        expect(journalFor(30, shuffled.map(toCheckin))).toEqual(journalFor(30, list.map(toCheckin)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives an empty section for a journal without detail', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCheckin, { maxLength: 80 }), (list) => {
        const plain = list.map((c) => checkin(dayOf(c.day), c.pain, { localHour: c.hour }));
        expect(journalFor(30, plain)).toEqual(EMPTY_JOURNAL_INSIGHTS);
      }),
    );
  });
});
