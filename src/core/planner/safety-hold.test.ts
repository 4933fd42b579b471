// A red flag after intake reaches the plan (issue 9, item 7; CLINICAL.md §1): a stop sign in a
// session puts the week on the clearance plan with words that say why, a clinician's earlier
// go-ahead does not lift it, and an urgent answer opens only with a dated go-ahead (item 8).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { Profile } from '../profile.js';
import type { SafetyHold } from '../safety-review.js';
import { buildWeeklyPlan, findRuleViolations } from './index.js';
import type { PlannerInput, WeekPlan } from './plan.js';
import { NEW_PACING, PERSONAS, WEEK, arbitraryPacing, arbitraryProfile } from './testing.js';

const walter = PERSONAS.walter as Profile;
const HOLD: SafetyHold = { reason: 'chest_pain', at: '2025-03-02T09:00:00.000Z', localDate: '2025-03-02', emergency: true };
const inputFor = (profile: Profile, extra: Partial<PlannerInput> = {}): PlannerInput =>
  ({ profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, seed: 1, ...extra });
const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));

function weekOf(input: PlannerInput): WeekPlan {
  const plan = buildWeeklyPlan(input);
  if (plan.status !== 'ok') throw new Error(`expected a week, got ${JSON.stringify(plan.reasons)}`);
  return plan;
}

function isGentle(exerciseId: string): boolean {
  const e = byId.get(exerciseId);
  return (e?.pillar === 'stretching' && e.level === 1) || e?.activity === 'breathing';
}

describe('a stop sign since the safety screen', () => {
  it('a chest-pain stop left the plan unchanged → the clearance plan, saying why', () => {
    const input = inputFor(walter, { safetyHold: HOLD });
    const plan = weekOf(input);
    expect(plan.reasons[0]).toEqual({ code: 'clearance_needed', message: expect.stringMatching(/stopped a session/) });
    expect(plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).every((i) => isGentle(i.exerciseId))).toBe(true);
    expect(findRuleViolations(plan, input)).toEqual([]);
  });

  it('a clinician’s earlier go-ahead does not lift it', () => {
    const cleared = { ...walter, safety: { ...walter.safety, heart_condition: true, cleared_by_clinician: true, clearedOn: '2025-01-10' } };
    const plan = weekOf(inputFor(cleared, { safetyHold: HOLD, lastStopSignOn: HOLD.localDate }));
    expect(plan.reasons[0]?.code).toBe('clearance_needed');
  });

  it('once answered again, a go-ahead older than the stop still leaves the clearance plan', () => {
    const cleared = { ...walter, safety: { ...walter.safety, heart_condition: true, cleared_by_clinician: true, clearedOn: '2025-01-10' } };
    const plan = weekOf(inputFor(cleared, { safetyHold: null, lastStopSignOn: HOLD.localDate }));
    expect(plan.reasons[0]?.message).toMatch(/one of your answers needs a clinician's go-ahead/);
  });

  it('once answered again with nothing to report → the full week', () => {
    const plan = weekOf(inputFor(walter, { safetyHold: null, lastStopSignOn: HOLD.localDate }));
    expect(plan.reasons.map((r) => r.code)).not.toContain('clearance_needed');
  });

  it('a referral stays a referral', () => {
    const referred = { ...walter, safety: { ...walter.safety, recent_trauma: true } };
    expect(buildWeeklyPlan(inputFor(referred, { safetyHold: HOLD })).status).toBe('refer');
  });
});

describe('over random valid profiles and pacing, a stop-sign hold', () => {
  it('gives breathing and level-1 stretching only, keeps every plan rule, and leaves a referral a referral', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryPacing, (profile, pacing) => {
        const input = inputFor(profile, { pacing, safetyHold: HOLD, lastStopSignOn: HOLD.localDate });
        const plan = buildWeeklyPlan(input);
        expect(findRuleViolations(plan, input)).toEqual([]);
        if (plan.status === 'refer') return;
        expect(plan.reasons.map((r) => r.code)).toContain('clearance_needed');
        expect(plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items)).every((i) => isGentle(i.exerciseId))).toBe(true);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});

describe('an urgent answer no longer locks a person out for good', () => {
  const survivor = { ...walter, safety: { ...walter.safety, cancer_or_weight_loss: true } };

  it('refers, saying how to continue after seeing a doctor, with no promise', () => {
    const plan = buildWeeklyPlan(inputFor(survivor));
    expect(plan).toEqual({ status: 'refer', reasons: [{ code: 'refer_urgent', message: expect.stringMatching(/answer the safety questions again/) }] });
    expect(plan.reasons[0]?.message).not.toMatch(/ready for you afterwards/);
  });

  it('opens the full week with a dated go-ahead', () => {
    const cleared = { ...survivor, safety: { ...survivor.safety, cleared_by_clinician: true, clearedOn: '2025-02-20' } };
    const input = inputFor(cleared);
    const plan = weekOf(input);
    expect(new Set(plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.pillar)))).size).toBe(4);
    expect(findRuleViolations(plan, input)).toEqual([]);
  });
});
