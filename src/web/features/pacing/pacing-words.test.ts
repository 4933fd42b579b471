// Covers: each quota unit in words (minutes, reps with and without sets, sets; one and many),
// and ordering changes newest first while keeping same-day order.
import { describe, expect, it } from 'vitest';
import { pacingMessages } from './messages.js';
import { describeQuota, newestFirst, type ChangeView, type QuotaView } from './pacing-words.js';

const words = pacingMessages.en.quota;

describe('describeQuota', () => {
  it.each<[QuotaView, string]>([
    [
      { activity: 'aerobic:walking', label: 'Walking', unit: 'minutes', value: 9 },
      'Walking: 9 minutes a day',
    ],
    [
      { activity: 'aerobic:walking', label: 'Walking', unit: 'minutes', value: 1 },
      'Walking: 1 minute a day',
    ],
    [
      { activity: 'session', label: 'Session time', unit: 'minutes', value: 7.5 },
      'Session time: 7.5 minutes a day',
    ],
    [
      {
        activity: 'strength:sit-to-stand',
        label: 'Sit-to-stand',
        unit: 'reps',
        value: 10,
        sets: 2,
      },
      'Sit-to-stand: 2 sets of 10',
    ],
    [
      { activity: 'strength:sit-to-stand', label: 'Sit-to-stand', unit: 'reps', value: 8, sets: 1 },
      'Sit-to-stand: 1 set of 8',
    ],
    [
      { activity: 'strength:x', label: 'Wall push-up', unit: 'reps', value: 12 },
      'Wall push-up: 12 repetitions',
    ],
    [{ activity: 'strength:x', label: 'Bridge', unit: 'sets', value: 2 }, 'Bridge: 2 sets'],
  ])('%j', (quota, expected) => {
    expect(describeQuota(quota, words)).toBe(expected);
  });
});

describe('newestFirst', () => {
  const change = (at: string, message: string): ChangeView => ({
    at,
    activity: 'aerobic:walking',
    label: 'Walking',
    unit: 'minutes',
    from: 9,
    to: 10,
    code: 'progress_calm_week',
    message,
  });

  it('puts later days first and keeps the order within a day', () => {
    const list = [change('2026-11-02', 'a'), change('2026-11-09', 'b'), change('2026-11-09', 'c')];
    expect(newestFirst(list).map((c) => c.message)).toEqual(['b', 'c', 'a']);
  });
});
