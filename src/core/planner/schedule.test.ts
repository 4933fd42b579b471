// Covers: active days for 1-7 days a week; strength days (at most 3, never in a row, never
// Sunday with Monday); flare days from pain today, pacing's flare mode and marked days, within
// the week only; preferred times and where each pillar goes; Mondays.
import { describe, expect, it } from 'vitest';
import type { Pillar } from '../library/exercise.js';
import type { DayNumber, Slot } from './plan.js';
import { chooseActiveDays, chooseSlot, chooseStrengthDays, findFlareDays, isMonday, orderPreferredSlots } from './schedule.js';

describe('chooseActiveDays', () => {
  it.each([
    [1, [1]],
    [3, [1, 3, 5]],
    [4, [1, 3, 5, 7]],
    [7, [1, 2, 3, 4, 5, 6, 7]],
    [0, [1]],
    [9, [1, 2, 3, 4, 5, 6, 7]],
    [2.7, [1, 4]],
  ])('%s days a week → %j', (days, expected) => {
    expect(chooseActiveDays(days)).toEqual(expected);
  });
});

describe('chooseStrengthDays', () => {
  it.each<[DayNumber[], DayNumber[]]>([
    [[1, 2, 3, 4, 5, 6, 7], [1, 3, 5]],
    [[2, 3, 4, 5, 6, 7], [2, 4, 6]],
    [[1, 2], [1]],
    [[1, 7], [1]],
    [[3, 7], [3, 7]],
    [[1, 3, 5, 7], [1, 3, 5]],
    [[1, 2, 4, 5], [1, 4]],
    [[], []],
  ])('from %j → %j', (candidates, expected) => {
    expect(chooseStrengthDays(candidates)).toEqual(expected);
  });
});

describe('findFlareDays', () => {
  const base = { painToday: 2, pacing: { mode: 'normal' as const, quotas: [] }, weekStart: '2025-03-03' };
  const flare = { mode: 'flare' as const, quotas: [] };

  it.each<[string, Partial<Parameters<typeof findFlareDays>[0]>, DayNumber[]]>([
    ['calm', {}, []],
    ['pain 8 today (Thursday)', { painToday: 8, today: '2025-03-06' }, [4]],
    ['pain 8, no today: the Monday', { painToday: 8 }, [1]],
    ['pain 9 on a day of another week', { painToday: 9, today: '2025-02-28' }, []],
    ['flare mode from Saturday: Saturday and Sunday', { pacing: flare, today: '2025-03-08' }, [6, 7]],
    ['flare mode from last Saturday: Monday only', { pacing: flare, today: '2025-03-01' }, [1]],
    ['marked days, with nonsense ignored', { flareDays: [2, 9, 0, 2.5, 5] }, [2, 5]],
  ])('%s → %j', (_label, input, expected) => {
    expect([...findFlareDays({ ...base, ...input }).all].sort()).toEqual(expected);
  });

  it('keeps the causes apart for the reasons', () => {
    const days = findFlareDays({ ...base, painToday: 8, pacing: flare, today: '2025-03-04', flareDays: [7] });
    expect(days).toMatchObject({ painToday: [2], pacing: [2, 3, 4], marked: [7] });
  });
});

describe('preferred times', () => {
  it.each<[Slot[], Slot[]]>([
    [[], ['morning']],
    [['evening', 'morning'], ['morning', 'evening']],
  ])('%j in the order of the day → %j', (preferred, expected) => {
    expect(orderPreferredSlots(preferred)).toEqual(expected);
  });

  it.each<[Pillar, Slot[], Slot]>([
    ['stretching', ['morning', 'midday', 'evening'], 'morning'],
    ['aerobic', ['morning', 'midday', 'evening'], 'midday'],
    ['strengthening', ['morning', 'evening'], 'evening'],
    ['mind_body', ['morning', 'midday', 'evening'], 'evening'],
    ['mind_body', ['morning'], 'morning'],
    ['stretching', ['evening'], 'evening'],
  ])('%s among %j → %s', (pillar, slots, expected) => {
    expect(chooseSlot(pillar, slots)).toBe(expected);
  });
});

describe('isMonday', () => {
  it.each([
    ['2025-03-03', true],
    ['2025-03-09', false],
    ['2024-12-30', true],
    ['2028-02-28', true],
  ])('%s → %s', (day, expected) => {
    expect(isMonday(day)).toBe(expected);
  });
});

describe('flare days from pacing', () => {
  const weekStart = '2026-11-23';
  it.each([
    ['2026-11-24', '2026-11-25', [2, 3]],
    ['2026-11-24', '2026-11-24', [2]],
    ['2026-11-28', '2026-11-30', [6, 7]],
  ])('today %s with a flare until %s gives days %j', (today, flareUntil, days) => {
    const found = findFlareDays({ painToday: 2, pacing: { mode: 'flare', quotas: [], flareUntil }, weekStart, today });
    expect(found.pacing).toEqual(days);
  });

  it('counts three days from today when pacing does not say when the flare ends', () => {
    const found = findFlareDays({ painToday: 2, pacing: { mode: 'flare', quotas: [] }, weekStart, today: '2026-11-24' });
    expect(found.pacing).toEqual([2, 3, 4]);
  });
});
