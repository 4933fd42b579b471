// A day above or within quota, from pacing's quotas at the start of that day, as pacing counts a
// boom: the day's minutes against the session quota, and each aerobic activity done against its
// own quota; null when nothing planned speaks to what was done.
import { describe, expect, it } from 'vitest';
import { hasPlanOn, isOverQuota } from './planned.js';

const walks = (minutes: number, extra: Record<string, number> = {}) => ({ minutes, aerobic: { 'aerobic:walking': minutes, ...extra } });

describe('above or within quota', () => {
  it.each([
    ['a walk at quota', walks(10), undefined, { 'aerobic:walking': 10 }, false],
    ['a walk of 16 against 10', walks(16), undefined, { 'aerobic:walking': 10 }, true],
    ['a walk of exactly 150 %', walks(15), undefined, { 'aerobic:walking': 10 }, false],
    ['a walk with no walking quota yet', walks(30), undefined, { 'aerobic:cycling': 10 }, null],
    ['no quotas that day', walks(30), undefined, undefined, null],
    ['a long ride beside a walk at quota', walks(10, { 'aerobic:cycling': 20 }), undefined, { 'aerobic:walking': 10, 'aerobic:cycling': 10 }, true],
    ['a day above its session quota', { minutes: 31, aerobic: { 'aerobic:walking': 10 } }, undefined, { session: 20, 'aerobic:walking': 10 }, true],
    ['a long walk inside the session quota', walks(30), undefined, { session: 30, 'aerobic:walking': 10 }, true],
    ['a day within both', walks(10), undefined, { session: 30, 'aerobic:walking': 10 }, false],
    ['stretching only, within the session quota', { minutes: 12, aerobic: null }, undefined, { session: 30 }, false],
    ['a planned amount given outright', { minutes: 25, aerobic: {} }, 20, undefined, false],
    ['stretching only, with a walking quota', { minutes: 12, aerobic: {} }, undefined, { 'aerobic:walking': 10 }, null],
  ] as const)('%s', (_, done, planned, quotas, expected) => {
    expect(isOverQuota(done, planned, quotas)).toBe(expected);
  });

  it('knows a day has a plan once any quota or planned amount applies', () => {
    expect(hasPlanOn(undefined, undefined)).toBe(false);
    expect(hasPlanOn(undefined, {})).toBe(false);
    expect(hasPlanOn(undefined, { 'aerobic:walking': 5 })).toBe(true);
    expect(hasPlanOn(20, undefined)).toBe(true);
  });
});
