// Covers: doses from pacing (aerobic minutes and the variant that fits them, the strength
// variant, sets and reps, a chain's progress kept across weeks, the session cap, stretch holds
// by age) and flare days (pain today, pacing's flare mode, marked days, the short walk, strength
// moving off a flare day, never more than the normal day). A small synthetic library gives
// exact answers; the real one is used where the people of PRODUCT.md are.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { QuotaView } from '../pacing/activity.js';
import type { Profile } from '../profile.js';
import { buildWeeklyPlan } from './index.js';
import type { WeekPlan } from './plan.js';
import {
  NEW_PACING,
  PERSONAS,
  WEEK,
  allItems,
  build,
  codes,
  itemsOn,
  pacing,
  strengthDays,
  walkingQuota,
  type Overrides,
} from './testing.js';

const maya = PERSONAS.maya as Profile;

describe('doses from pacing (CLINICAL.md §2-3)', () => {
  it('before any quota: 5 minutes of the easiest walk, strength 1 set of 8', () => {
    const plan = build();
    expect(allItems(plan, 'aerobic').every((i) => i.exerciseId === 'walk-1' && i.minutes === 5)).toBe(true);
    expect(new Set(allItems(plan, 'strengthening').map((i) => `${i.exerciseId} ${i.sets}x${i.reps}`))).toEqual(new Set(['a1 1x8', 'b1 1x8']));
  });

  it.each([
    [8, 'walk-1'],
    [10, 'walk-2'],
    [12, 'walk-2'],
    [15, 'walk-3'],
  ])('a walking quota of %i minutes → %s for that long', (minutes, exerciseId) => {
    // A day of 60 minutes that pacing has grown to (a new person starts at 30).
    const day: QuotaView = { activity: 'session', unit: 'minutes', value: 60 };
    const plan = build({ pacing: pacing([walkingQuota(minutes), day]), profile: { minutesPerDay: 60 } });
    expect(new Set(allItems(plan, 'aerobic').map((i) => `${i.exerciseId} ${i.minutes}`))).toEqual(new Set([`${exerciseId} ${minutes}`]));
    expect(codes(plan)).not.toContain('aerobic_shortened');
  });

  it('a quota longer than the day can hold: shorter, never longer, never under 5 minutes, and said', () => {
    const plan = build({ pacing: pacing([walkingQuota(20)]), profile: { minutesPerDay: 15 } });
    for (const item of allItems(plan, 'aerobic')) expect(item.minutes).toBeGreaterThanOrEqual(5);
    for (const item of allItems(plan, 'aerobic')) expect(item.minutes).toBeLessThan(20);
    expect(plan.reasons.find((r) => r.code === 'aerobic_shortened')?.message).toBe(
      'Walking is a little shorter than your current dose on some days, to fit the time you have.',
    );
  });

  it.each<[string, Partial<Profile>, string]>([
    ['the named variant when the person can do it', {}, 'a2'],
    ['the nearest easier variant when they cannot stand', { mobility: 'wheelchair' }, 'a1'],
  ])('strength: %s, at the quota’s sets and reps', (_label, profile, expected) => {
    const quota: QuotaView = { activity: 'strength:a1', unit: 'reps', value: 12, sets: 2, exerciseId: 'a2' };
    const plan = build({ pacing: pacing([quota]), profile });
    expect(allItems(plan, 'strengthening').filter((i) => i.exerciseId === expected).map((i) => [i.sets, i.reps])).toContainEqual([2, 12]);
    expect(allItems(plan, 'strengthening').map((i) => i.exerciseId)).not.toContain(expected === 'a2' ? 'a1' : 'a2');
  });

  it('strength: a variant needing weights the person lacks falls back to the easier one', () => {
    const quota: QuotaView = { activity: 'strength:a1', unit: 'reps', value: 10, sets: 1, exerciseId: 'a3' };
    expect(allItems(build({ pacing: pacing([quota]) }), 'strengthening').map((i) => i.exerciseId)).toContain('a2');
    const withWeights = build({ pacing: pacing([quota]), profile: { equipment: ['light_weights'] } });
    expect(allItems(withWeights, 'strengthening').map((i) => i.exerciseId)).toContain('a3');
  });

  it('a chain pacing already keeps comes first, so its progress carries on from week to week', () => {
    const quota: QuotaView = { activity: 'strength:b1', unit: 'reps', value: 9, sets: 1, exerciseId: 'b1' };
    for (const weekStart of ['2025-03-03', '2025-03-10', '2025-03-17']) {
      const plan = build({ pacing: pacing([quota]), weekStart, profile: { minutesPerDay: 8 } });
      expect(itemsOn(plan, 1, 'strengthening')[0]?.exerciseId).toBe('b1');
    }
  });

  it('a session quota from pacing caps each day', () => {
    const plan = build({ pacing: pacing([{ activity: 'session', unit: 'minutes', value: 10 }]) });
    for (const day of plan.days) expect(day.sessions.reduce((sum, s) => sum + s.minutes, 0)).toBeLessThanOrEqual(10);
  });

  it.each([
    [44, 20, 30],
    [64, 20, 30],
    [65, 30, 60],
    [71, 30, 60],
    [110, 30, 60],
    [undefined, 20, 30],
  ])('age %s: stretches held %i-%i s, 2-4 times', (age, min, max) => {
    const plan = buildWeeklyPlan({ profile: { ...maya, age }, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK });
    if (plan.status !== 'ok') throw new Error('expected a plan');
    const stretches = allItems(plan, 'stretching');
    expect(stretches.length).toBeGreaterThan(0);
    for (const item of stretches) {
      expect(item.holdSeconds).toBeGreaterThanOrEqual(min);
      expect(item.holdSeconds).toBeLessThanOrEqual(max);
      expect(item.reps).toBeGreaterThanOrEqual(2);
      expect(item.reps).toBeLessThanOrEqual(4);
    }
  });
});

describe('flare days: breathing, level-1 stretching and a short easy walk', () => {
  const gentle = new Set(['s-back', 's-neck', 's-knee', 'breath-1', 'walk-1', 'march-1']);
  const kinds = (plan: WeekPlan) => plan.days.map((d) => d.kind[0]).join('');

  it.each<[string, Overrides, string]>([
    ['pain today 8, today Wednesday', { profile: { painToday: 8 }, today: '2025-03-05' }, 'aafaaaa'],
    ['pain today 10, no today given (the Monday)', { profile: { painToday: 10 } }, 'faaaaaa'],
    ['pain today 7', { profile: { painToday: 7 }, today: '2025-03-05' }, 'aaaaaaa'],
    ['pain today 9 but today is in another week', { profile: { painToday: 9 }, today: '2025-03-10' }, 'aaaaaaa'],
    ["pacing's flare mode, today Tuesday: 3 days", { pacing: pacing([], 'flare'), today: '2025-03-04' }, 'afffaaa'],
    ["pacing's flare mode since last Sunday", { pacing: pacing([], 'flare'), today: '2025-03-02' }, 'ffaaaaa'],
    ['days marked by hand', { flareDays: [6, 7] }, 'aaaaaff'],
    ['a marked rest day stays a rest day', { flareDays: [2], profile: { daysPerWeek: 3 } }, 'arararr'],
  ])('%s → %s', (_label, overrides, expected) => {
    const plan = build(overrides);
    expect(kinds(plan)).toBe(expected);
    for (const day of plan.days.filter((d) => d.kind === 'flare')) {
      expect(itemsOn(plan, day.day).every((i) => gentle.has(i.exerciseId)), `day ${day.day}`).toBe(true);
      expect(day.sessions).toHaveLength(1);
    }
  });

  it('the walk is half the quota; in flare mode the quota is already halved by pacing', () => {
    const walkOn = (plan: WeekPlan, day: number) => itemsOn(plan, day, 'aerobic')[0];
    expect(walkOn(build({ pacing: pacing([walkingQuota(10)]), flareDays: [3] }), 3)).toMatchObject({ exerciseId: 'walk-1', minutes: 5 });
    expect(walkOn(build({ pacing: pacing([walkingQuota(6)], 'flare') }), 1)).toMatchObject({ exerciseId: 'walk-1', minutes: 6 });
    expect(walkOn(build({ pacing: pacing([walkingQuota(3)]), flareDays: [3] }), 3)?.minutes).toBe(2);
  });

  it('strength moves off a flare day, still never two days in a row', () => {
    expect(strengthDays(build({ flareDays: [1] }))).toEqual([2, 4, 6]);
    expect(strengthDays(build({ flareDays: [3] }))).toEqual([1, 4, 6]);
  });

  it('is never more than the normal day, and says why kindly', () => {
    const calm = buildWeeklyPlan({ profile: maya, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK });
    const flare = buildWeeklyPlan({ profile: { ...maya, painToday: 9 }, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, today: '2025-03-05' });
    if (calm.status !== 'ok' || flare.status !== 'ok') throw new Error('expected plans');
    const minutes = (plan: WeekPlan) => plan.days[2]?.sessions.reduce((sum, s) => sum + s.minutes, 0) ?? 0;
    expect(minutes(flare)).toBeLessThanOrEqual(minutes(calm));
    expect(flare.reasons[0]?.message).toBe(
      'Wednesday is a gentle day because your pain is high: breathing, easy stretches and a short walk. Doing a little is still pacing.',
    );
  });
});
