// The safety loop after intake (CLINICAL.md §1). Dimensions: which stop reasons hold the plan
// and which show the emergency notice; stops before or after the last screen; the reasons the
// screen is due again (stop sign, something new, a new pain area, 3 months) and when they lapse.
import { describe, expect, it } from 'vitest';
import type { PainArea } from './profile.js';
import {
  applySafetyHold,
  findReviewReasons,
  findSafetyHold,
  lastStopSignOn,
  screenedAtOf,
  type ReviewCheckin,
  type StopSign,
} from './safety-review.js';

const SCREENED = '2026-11-01T09:00:00.000Z';
const stop = (reason: string, at = '2026-11-20T08:00:00.000Z'): StopSign => ({ reason, at, localDate: at.slice(0, 10) });

describe('findSafetyHold', () => {
  it.each([
    ['chest_pain', true, true],
    ['breathless', true, false],
    ['dizzy', true, false],
    ['palpitations', true, false],
    ['one_sided_weakness', true, true],
    ['pain_too_high', false, false],
    ['something_else', false, false],
  ] as const)('a stop for %s after the screen: hold %s, emergency notice %s', (reason, holds, emergency) => {
    const hold = findSafetyHold([stop(reason)], SCREENED);
    expect(hold !== null).toBe(holds);
    if (hold) expect(hold).toEqual({ reason, at: '2026-11-20T08:00:00.000Z', localDate: '2026-11-20', emergency });
  });

  it('lifts once the screen is answered again after the stop', () => {
    expect(findSafetyHold([stop('chest_pain')], '2026-11-20T09:00:00.000Z')).toBeNull();
  });

  it('names the latest stop and keeps the emergency notice from an earlier one', () => {
    const hold = findSafetyHold([stop('dizzy', '2026-11-21T08:00:00.000Z'), stop('one_sided_weakness')], SCREENED);
    expect(hold).toMatchObject({ reason: 'dizzy', emergency: true });
  });

  it('turns a full plan into the clearance plan, and leaves a referral a referral', () => {
    const hold = findSafetyHold([stop('palpitations')], SCREENED);
    expect(applySafetyHold({ status: 'clear', flagged: [] }, hold).status).toBe('clearance_needed');
    expect(applySafetyHold({ status: 'refer_urgent', flagged: ['fever_unwell'] }, hold).status).toBe('refer_urgent');
    expect(applySafetyHold({ status: 'clear', flagged: [] }, null).status).toBe('clear');
  });

  it('knows the day of the last red-flag stop, whenever it was', () => {
    expect(lastStopSignOn([stop('chest_pain', '2026-10-02T08:00:00.000Z'), stop('something_else')])).toBe('2026-10-02');
    expect(lastStopSignOn([stop('pain_too_high')])).toBeNull();
  });
});

describe('findReviewReasons', () => {
  const checkin = (at: string, areas: PainArea[] = ['knee'], somethingNew = false): ReviewCheckin => ({ at, areas, somethingNew });
  const review = (checkins: ReviewCheckin[], now = '2026-11-24T10:00:00.000Z', painAreas: PainArea[] = ['knee']) =>
    findReviewReasons({ screenedAt: SCREENED, now, painAreas, checkins, hold: null });

  it.each<[string, ReviewCheckin[], string, PainArea[], string[]]>([
    ['nothing new', [checkin('2026-11-10T08:00:00.000Z')], '2026-11-24T10:00:00.000Z', ['knee'], []],
    ['something new in a check-in', [checkin('2026-11-10T08:00:00.000Z', ['knee'], true)], '2026-11-24T10:00:00.000Z', ['knee'], ['something_new']],
    ['something new before the last screen', [checkin('2026-10-10T08:00:00.000Z', ['knee'], true)], '2026-11-24T10:00:00.000Z', ['knee'], []],
    ['pain in a new area', [checkin('2026-11-10T08:00:00.000Z', ['knee', 'hip'])], '2026-11-24T10:00:00.000Z', ['knee'], ['new_pain_area']],
    ['pain in an area reported before the last screen', [checkin('2026-10-10T08:00:00.000Z', ['hip']), checkin('2026-11-10T08:00:00.000Z', ['hip'])], '2026-11-24T10:00:00.000Z', ['knee'], []],
    ['pain anywhere for someone with widespread pain', [checkin('2026-11-10T08:00:00.000Z', ['neck'])], '2026-11-24T10:00:00.000Z', ['widespread'], []],
    ['a day short of 3 months', [], '2027-01-31T09:00:00.000Z', ['knee'], []],
    ['3 months after the screen', [], '2027-02-01T09:00:00.000Z', ['knee'], ['three_months']],
  ])('%s → %j', (_name, checkins, now, painAreas, reasons) => {
    expect(review(checkins, now, painAreas)).toEqual(reasons);
  });

  it('is due after a stop sign, first of all', () => {
    const hold = findSafetyHold([stop('chest_pain')], SCREENED);
    const checkins = [checkin('2026-11-21T08:00:00.000Z', ['knee'], true)];
    expect(findReviewReasons({ screenedAt: SCREENED, now: '2026-11-24T10:00:00.000Z', painAreas: ['knee'], checkins, hold }))
      .toEqual(['stop_sign', 'something_new']);
  });

  it('counts from the stored screen time, or from the profile for older profiles', () => {
    expect(screenedAtOf({ screenedAt: SCREENED }, '2026-12-01T00:00:00.000Z')).toBe(SCREENED);
    expect(screenedAtOf({}, '2026-12-01T00:00:00.000Z')).toBe('2026-12-01T00:00:00.000Z');
  });
});
