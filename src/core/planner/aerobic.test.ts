// Covers: which aerobic activity goes on which day — liked land activities take turns, pool
// activities on at most 3 days spread out, walking when nothing liked can be done — and the
// short walk of a flare day.
import { describe, expect, it } from 'vitest';
import { assignAerobicDays, chooseFlareWalk, type AerobicOption } from './aerobic.js';
import type { DayNumber } from './plan.js';
import { makeExercise } from './testing.js';

function option(key: string, liked: boolean, needsPool = false, quotaMinutes = 5): AerobicOption {
  const exercise = makeExercise({ id: key, pillar: 'aerobic', positions: needsPool ? ['aquatic'] : ['standing'] });
  return { key: `aerobic:${key}`, activity: null, liked, needsPool, exercise, gentle: exercise, quotaMinutes };
}

const walking = option('walking', false);
const cycling = option('cycling', true);
const swimming = option('swimming', true, true);
const week = (n: number) => [1, 2, 3, 4, 5, 6, 7].slice(0, n) as DayNumber[];
const keys = (days: DayNumber[], options: AerobicOption[]) =>
  days.map((day) => assignAerobicDays(days, options).get(day)?.key.slice('aerobic:'.length) ?? '-').join(' ');

describe('assignAerobicDays', () => {
  it.each([
    ['nothing liked: walking every day', [walking], 3, 'walking walking walking'],
    ['a liked activity before walking', [walking, cycling], 3, 'cycling cycling cycling'],
    ['two liked activities take turns', [option('walking', true), cycling], 4, 'walking cycling walking cycling'],
    ['pool every other day, at most 3, with a liked land activity', [cycling, swimming], 7, 'cycling swimming cycling swimming cycling swimming cycling'],
    ['pool only liked: 3 days, walking on the rest', [walking, swimming], 7, 'walking swimming walking swimming walking swimming walking'],
    ['pool only liked, 2 days a week: both in the pool', [walking, swimming], 2, 'swimming swimming'],
    ['a pool nobody likes is not used', [walking, option('water', false, true)], 3, 'walking walking walking'],
    ['only a pool, not liked: it is the default, on at most 3 days', [option('water', false, true)], 5, 'water - water - water'],
  ] as [string, AerobicOption[], number, string][])('%s', (_label, options, days, expected) => {
    expect(keys(week(days), options)).toBe(expected);
  });
});

describe('chooseFlareWalk', () => {
  it.each([
    ['normal', 10, 5],
    ['normal', 3, 2],
    ['normal', 1, 1],
    ['flare', 4, 4],
  ] as const)('%s mode, quota %i → %i minutes', (mode, quota, minutes) => {
    const walk = option('walking', false, false, quota);
    expect(chooseFlareWalk([swimming, walk], { mode, quotas: [] })).toEqual({ exercise: walk.gentle, minutes });
  });

  it('no walk when the only aerobic activity is in a pool', () => {
    expect(chooseFlareWalk([swimming], { mode: 'normal', quotas: [] })).toBeNull();
  });
});
