// Telling a simulation week by week: days as people count them (day 1 is the first Monday),
// real minutes to the tenth (extra activity included), quotas named, referrals passed through.
import { describe, expect, it } from 'vitest';
import { indexExercises } from '../library/catalog.js';
import { PERSONAS, WEEK } from '../planner/testing.js';
import { simulatePlan } from './simulate.js';
import { LIBRARY } from './simulation.testing.js';
import { behaviourFromDays, summarizeSimulation } from './summary.js';

describe('summarizing a simulation', () => {
  it('counts days from 1 for people and from 0 for the harness', () => {
    const behaviour = behaviourFromDays({
      adherence: 1, painBefore: 3, painAfterChange: 0, flareOnDays: [1, 15], overdoOnDays: [8], breakDays: [3, 9],
    });
    expect(behaviour).toEqual({
      adherence: 1, painBefore: 3, painAfterChange: 0, flareOnDays: [0, 14], overdoOnDays: [7], breakDays: [2, 8],
    });
  });

  it('tells each week with named quotas and real minutes that include the extra on an overdo day', () => {
    const simulation = simulatePlan({
      profile: PERSONAS.maya, exercises: LIBRARY, weekStart: WEEK, weeks: 2, seed: 1,
      behaviour: { adherence: 1, painBefore: 3, painAfterChange: 0, overdoOnDays: [7] },
    });
    const summary = summarizeSimulation(simulation, indexExercises(LIBRARY));
    if (summary.status !== 'ok' || simulation.status !== 'ok') throw new Error('expected weeks');
    const [first, second] = summary.weeks;
    expect(first).toMatchObject({ week: 1, weekStart: WEEK });
    expect(first?.quotas).toContainEqual(expect.objectContaining({ activity: 'aerobic:walking', label: 'Walking', unit: 'minutes' }));
    const lived = simulation.weeks[1]?.days[0];
    const ms = (lived?.sessions.reduce((sum, s) => sum + s.elapsedMs, 0) ?? 0) + (lived?.extraMs ?? 0);
    expect(second?.days[0]).toMatchObject({ day: 1, realMinutes: Math.round(ms / 6_000) / 10 });
    expect(second?.days[0]?.realMinutes).toBeGreaterThan(second?.days[0]?.plannedMinutes ?? Infinity);
  });

  it('passes a referral through', () => {
    const summary = summarizeSimulation({ status: 'refer', reasons: [] }, indexExercises(LIBRARY));
    expect(summary).toEqual({ status: 'refer', reasons: [] });
  });
});
