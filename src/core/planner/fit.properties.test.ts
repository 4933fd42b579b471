// Covers, over many generated profiles (fast-check, fixed seed), the plan fitted to the body:
// two weeks in a row keep 48 hours between strength days across the boundary, however flares
// move them; wheelchair users (any bed and limb answers), people with CRPS and people with a
// pool keep every plan rule, and their plans say what they need to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import { findUsableLimbs, type Profile } from '../profile.js';
import { buildWeeklyPlan, findLastStrengthDate, findRuleViolations } from './index.js';
import type { PlannerInput, WeekPlan } from './plan.js';
import { WEEK, arbitraryPacing, arbitraryProfile, strengthDays } from './testing.js';

const RUNS = { seed: 7, numRuns: 500 } as const;
const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));
const flareDays = fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 6 });

function planOf(input: PlannerInput): WeekPlan | null {
  const plan = buildWeeklyPlan(input);
  expect(findRuleViolations(plan, input)).toEqual([]);
  return plan.status === 'ok' ? plan : null;
}

const inputFor = (profile: Profile, extra: Partial<PlannerInput> = {}): PlannerInput => ({
  profile, exercises: BUILTIN_EXERCISES, pacing: { mode: 'normal', quotas: [] }, weekStart: WEEK, ...extra,
});

describe('two weeks in a row', () => {
  it('never put strength on Sunday and the next Monday, whatever the flares', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryPacing, flareDays, flareDays, (profile, pacing, first, second) => {
        const week1 = planOf(inputFor(profile, { pacing, flareDays: first }));
        if (!week1) return;
        const lastStrengthDate = findLastStrengthDate(week1.days);
        const week2 = planOf(inputFor(profile, { pacing, flareDays: second, weekStart: addDays(WEEK, 7), ...(lastStrengthDate ? { lastStrengthDate } : {}) }));
        if (!week2) return;
        expect(strengthDays(week1).includes(7) && strengthDays(week2).includes(1)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('bodies of every kind', () => {
  it('wheelchair users: seated (lying only after a yes), only the limbs they use, every rule kept', () => {
    const wheelchair = arbitraryProfile.map((p): Profile => ({ ...p, mobility: 'wheelchair' }));
    fc.assert(
      fc.property(wheelchair, (profile) => {
        const plan = planOf(inputFor(profile));
        if (!plan) return;
        const limbs = findUsableLimbs(profile);
        for (const item of plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items))) {
          const exercise = byId.get(item.exerciseId);
          const positions = exercise?.positions ?? [];
          expect(positions.includes('seated') || (profile.bedTransfers === true && positions.includes('lying'))).toBe(true);
          expect((exercise?.limbs ?? []).every((limb) => limbs.has(limb))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('people with CRPS keep every rule and are told it needs a therapist', () => {
    const crps = arbitraryProfile.map((p): Profile => ({ ...p, conditions: [...new Set([...p.conditions, 'crps' as const])] }));
    fc.assert(
      fc.property(crps, (profile) => {
        const plan = planOf(inputFor(profile));
        if (plan) expect(plan.reasons.map((r) => r.code)).toContain('crps_guidance');
      }),
      RUNS,
    );
  });

  it('people with a pool keep every rule: a pool visit is its own session within the day', () => {
    const pool = arbitraryProfile.map((p): Profile => ({
      ...p, equipment: [...new Set([...p.equipment, 'pool' as const])], likes: [...new Set([...p.likes, 'water_exercise' as const])],
    }));
    fc.assert(fc.property(pool, arbitraryPacing, flareDays, (profile, pacing, flares) => void planOf(inputFor(profile, { pacing, flareDays: flares }))), RUNS);
  });
});
