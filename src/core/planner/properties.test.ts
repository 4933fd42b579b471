// Covers, over random valid profiles, pacing views, weeks, days of the week and flare days
// (fast-check, fixed seed): every plan rule holds; the same input gives the same plan; a
// referral never carries days; every exercise is in the library; a flare day never holds more
// than the same day without the flare; quotas are never exceeded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { PacingView } from '../pacing/activity.js';
import { activityKeyOf } from '../pacing/activity.js';
import { assessSafety, isReferral } from '../safety.js';
import { buildWeeklyPlan, findRuleViolations } from './index.js';
import type { PlannerInput, WeekPlan } from './plan.js';
import { NEW_PACING, WEEK, arbitraryPacing, arbitraryProfile } from './testing.js';

const RUNS = { seed: 42, numRuns: 300 } as const;
const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));

const arbitraryInput: fc.Arbitrary<PlannerInput> = fc.record(
  {
    profile: arbitraryProfile,
    pacing: arbitraryPacing,
    weekOffset: fc.integer({ min: -52, max: 52 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    todayOffset: fc.integer({ min: -3, max: 9 }),
    flareDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
  },
  { requiredKeys: ['profile', 'pacing', 'weekOffset', 'seed'] },
).map(({ weekOffset, todayOffset, ...rest }) => {
  const weekStart = addDays(WEEK, weekOffset * 7);
  return { ...rest, exercises: BUILTIN_EXERCISES, weekStart, ...(todayOffset === undefined ? {} : { today: addDays(weekStart, todayOffset) }) };
});

const dayMinutes = (plan: WeekPlan, day: number) =>
  plan.days[day - 1]?.sessions.reduce((sum, session) => sum + session.minutes, 0) ?? 0;

describe('plans over random valid profiles', () => {
  it('keep every plan rule', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildWeeklyPlan(input);
        expect(findRuleViolations(plan, input)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keep every plan rule for a new person too (no quotas, normal mode)', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const input = { profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK };
        expect(findRuleViolations(buildWeeklyPlan(input), input)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('are deterministic: the same input gives the same plan', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        expect(buildWeeklyPlan(structuredClone(input))).toEqual(buildWeeklyPlan(input));
      }),
      RUNS,
    );
  });

  it('never carry days when the safety screen refers, and always do otherwise', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildWeeklyPlan(input);
        const refer = isReferral(assessSafety(input.profile.safety));
        expect(plan.status).toBe(refer ? 'refer' : 'ok');
        if (plan.status === 'refer') expect(Object.keys(plan)).toEqual(['status', 'reasons']);
        else expect(plan.days).toHaveLength(7);
        expect(plan.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('use only exercises from the library, with the pillar the library gives them', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildWeeklyPlan(input);
        if (plan.status === 'refer') return;
        for (const item of plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items))) {
          expect(byId.get(item.exerciseId)?.pillar).toBe(item.pillar);
        }
      }),
      RUNS,
    );
  });

  it('give flare days no more minutes than the same days without a flare', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildWeeklyPlan(input);
        if (plan.status === 'refer') return;
        const calm: PacingView = { ...input.pacing, mode: input.pacing.mode === 'flare' ? 'normal' : input.pacing.mode };
        const usual = buildWeeklyPlan({ ...input, profile: { ...input.profile, painToday: 0 }, pacing: calm, flareDays: [] });
        if (usual.status === 'refer') throw new Error('a calm week is never a referral when the flare week is not');
        for (const day of plan.days.filter((d) => d.kind === 'flare')) {
          expect(dayMinutes(plan, day.day)).toBeLessThanOrEqual(dayMinutes(usual, day.day));
        }
      }),
      RUNS,
    );
  });

  it('never go above a quota: aerobic minutes and strength sets × reps', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = buildWeeklyPlan(input);
        if (plan.status === 'refer') return;
        for (const item of plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items))) {
          const exercise = byId.get(item.exerciseId);
          const key = exercise ? activityKeyOf(exercise, byId) : null;
          const quota = input.pacing.quotas.find((q) => q.activity === key);
          if (item.pillar === 'aerobic') expect(item.minutes).toBeLessThanOrEqual(quota?.value ?? 5);
          if (item.pillar === 'strengthening') {
            // At the quota, or a little less on a day too short for all of it (never below 1 × 8
            // or the quota's own reps): a rising quota never pushes another exercise out.
            const sets = quota?.sets ?? 1;
            const reps = quota?.value ?? 8;
            expect((item.sets ?? 1) * (item.reps ?? 0)).toBeLessThanOrEqual(sets * reps);
            expect(item.sets ?? 1).toBeLessThanOrEqual(sets);
            expect(item.reps ?? 0).toBeGreaterThanOrEqual(Math.min(reps, 8));
          }
        }
      }),
      RUNS,
    );
  });
});
