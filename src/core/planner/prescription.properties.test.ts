// Every week built on a random prescription keeps the planner's rules (issue 11): seeded
// profiles, pacing states and prescriptions, the real library.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import { arbitraryPrescription } from '../prescription/prescription.testing.js';
import { assessSafety, isReferral } from '../safety.js';
import { buildWeeklyPlan, findRuleViolations } from './index.js';
import { ALL_NO, arbitraryPacing, arbitraryProfile, WEEK } from './testing.js';

/**
 * A known edge, left to the clinician: an include takes its minutes first, so on a short week
 * (say, a 20-minute water session on the only two days) a pillar, or mind-body on a second day,
 * may no longer fit. The week says the include is applied, and the clinician sees the rest.
 */
const CROWDED = (rule: string) => rule.startsWith('four_pillars_') || rule === 'mind_body_two_days';

describe('prescribed weeks', () => {
  it('keep every rule of the planner, with the clinician\'s let-offs and two rules of their own', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryPacing, arbitraryPrescription, fc.nat(), (profile, pacing, prescription, seed) => {
        const input = { profile, exercises: BUILTIN_EXERCISES, pacing, weekStart: WEEK, seed, prescription };
        const plan = buildWeeklyPlan(input);
        const crowded = plan.prescription?.some((c) => c.adjustment.kind === 'include' && c.outcome === 'applied') === true;
        expect(findRuleViolations(plan, input).filter((v) => !(crowded && CROWDED(v.rule)))).toEqual([]);
      }),
      { seed: 1201, numRuns: 1000 },
    );
  }, 120_000);

  it('never differ from the planner\'s own week without a prescription', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryPacing, fc.nat(), (drawn, pacing, seed) => {
        const profile = isReferral(assessSafety(drawn.safety)) ? { ...drawn, safety: ALL_NO } : drawn;
        const input = { profile, exercises: BUILTIN_EXERCISES, pacing, weekStart: WEEK, seed };
        expect(buildWeeklyPlan({ ...input, prescription: [] })).toEqual(buildWeeklyPlan(input));
      }),
      { seed: 1202, numRuns: 300 },
    );
  }, 120_000);
});
