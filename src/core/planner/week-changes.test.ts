// The person's own changes to a week (issue 15). Dimensions: which exercises are offered in place
// of one (pillar, region, level, eligibility, not already in the week); a swap on every day; a
// move of a session (past, taken time, bad day, plan rules); what wins over a change (a clinician's
// exclude, the safety screen's hold, a bad day); and variety across the week's days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import { exclude } from '../prescription/prescription.testing.js';
import { buildWeeklyPlan } from './index.js';
import type { PlannerInput, WeekPlan } from './plan.js';
import { findRuleViolations } from './rules.js';
import { fitsInPlaceOf, itemsOf, judgeSwaps } from './swap.js';
import { arbitraryProfile, NEW_PACING, PERSONAS, WEEK } from './testing.js';
import { applyMove, applyWeekChanges, findMoveProblem, offerSwaps, type ChangeContext, type Move } from './week-changes.js';

const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));

function weekOf(input: PlannerInput): { plan: WeekPlan; ctx: ChangeContext } {
  const plan = buildWeeklyPlan(input);
  if (plan.status !== 'ok') throw new Error('expected a plan');
  return { plan, ctx: { judge: judgeSwaps(input), rules: input } };
}

const mayaInput: PlannerInput = { profile: PERSONAS.maya, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, seed: 9 };
const totalMinutes = (plan: WeekPlan) => plan.days.reduce((sum, d) => sum + d.sessions.reduce((s, x) => s + x.minutes, 0), 0);
const firstStretch = (plan: WeekPlan) => itemsOf(plan).find((item) => item.pillar === 'stretching' && !item.prescribed)?.exerciseId ?? '';

describe('swapping an exercise', () => {
  const { plan, ctx } = weekOf(mayaInput);
  const from = firstStretch(plan);

  it('offers only exercises of the same pillar and region, no harder, allowed, and not in the week', () => {
    const offered = offerSwaps(plan, from, ctx);
    expect(offered.length).toBeGreaterThan(0);
    const inWeek = new Set(itemsOf(plan).map((i) => i.exerciseId));
    for (const alt of offered) {
      const exercise = byId.get(alt.exerciseId);
      const original = byId.get(from);
      if (!exercise || !original) throw new Error('unknown exercise');
      expect(fitsInPlaceOf(exercise, original, ctx.judge)).toBe(true);
      expect(inWeek.has(alt.exerciseId)).toBe(false);
      expect(alt.sharedRegions.length).toBeGreaterThan(0);
    }
  });

  it('replaces the exercise on every day it was on, and the week keeps every rule', () => {
    const to = offerSwaps(plan, from, ctx)[0]?.exerciseId ?? '';
    const { plan: swapped, outcomes } = applyWeekChanges(plan, { swaps: [{ from, to }], moves: [] }, ctx);
    expect(outcomes[0]?.status).toBe('applied');
    const daysBefore = plan.days.filter((d) => d.sessions.some((s) => s.items.some((i) => i.exerciseId === from))).map((d) => d.day);
    const daysAfter = swapped.days.filter((d) => d.sessions.some((s) => s.items.some((i) => i.exerciseId === to))).map((d) => d.day);
    expect(daysAfter).toEqual(daysBefore);
    expect(itemsOf(swapped).some((i) => i.exerciseId === from)).toBe(false);
    expect(findRuleViolations(swapped, mayaInput)).toEqual([]);
  });

  it('waits while a clinician excludes the exercise swapped in, and says so', () => {
    const to = offerSwaps(plan, from, ctx)[0]?.exerciseId ?? '';
    const input = { ...mayaInput, prescription: [exclude('x', to)] };
    const held = weekOf(input);
    const { plan: shown, outcomes } = applyWeekChanges(held.plan, { swaps: [{ from, to }], moves: [] }, held.ctx);
    expect(outcomes[0]?.status).toBe('held_clinician');
    expect(itemsOf(shown).some((i) => i.exerciseId === to)).toBe(false);
  });

  it('waits while the safety screen holds the week on clearance, when the exercise swapped in is not allowed then', () => {
    const strength = itemsOf(plan).find((i) => i.pillar === 'strengthening')?.exerciseId ?? '';
    const to = offerSwaps(plan, strength, ctx)[0]?.exerciseId ?? '';
    const input = { ...mayaInput, safetyHold: { at: '2025-03-02T10:00:00.000Z', localDate: '2025-03-02', reason: 'chest_pain' as const, emergency: true } };
    const held = weekOf(input);
    const { outcomes } = applyWeekChanges(held.plan, { swaps: [{ from: strength, to }], moves: [] }, held.ctx);
    expect(to).not.toBe('');
    expect(outcomes[0]?.status).not.toBe('applied');
  });

  it('offers nothing for an exercise that is not in the week', () => {
    expect(offerSwaps(plan, 'not-an-exercise', ctx)).toEqual([]);
  });

  it('never offers an unsuitable exercise, and every offered swap keeps the rules (any person)', () => {
    fc.assert(
      fc.property(arbitraryProfile, fc.integer({ min: 0, max: 99 }), (profile, seed) => {
        const input: PlannerInput = { profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, seed };
        const built = buildWeeklyPlan(input);
        if (built.status !== 'ok') return;
        const week = { plan: built, ctx: { judge: judgeSwaps(input), rules: input } };
        const before = findRuleViolations(built, input).length;
        const from = itemsOf(built)[seed % Math.max(1, itemsOf(built).length)]?.exerciseId;
        if (!from) return;
        for (const alt of offerSwaps(built, from, week.ctx).slice(0, 2)) {
          expect(week.ctx.judge.judge(byId.get(alt.exerciseId) ?? BUILTIN_EXERCISES[0]!)).toBe('allowed');
          const { plan: swapped } = applyWeekChanges(built, { swaps: [{ from, to: alt.exerciseId }], moves: [] }, week.ctx);
          expect(findRuleViolations(swapped, input).length).toBeLessThanOrEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('moving a session', () => {
  const { plan, ctx } = weekOf(mayaInput);
  const [firstDay, secondDay] = plan.days.filter((d) => d.sessions.length > 0);
  // The last rest day: away from the strength days, so strength keeps its day of rest between.
  const restDay = plan.days.findLast((d) => d.sessions.length === 0);
  if (!firstDay || !secondDay || !restDay) throw new Error('expected active and rest days');
  const fromSlot = firstDay.sessions[0]?.slot ?? 'morning';

  it('moves a session to a rest day with its items and minutes, leaving the week’s totals as they were', () => {
    const move: Move = { fromDay: firstDay.day, fromSlot, toDay: restDay.day, toSlot: 'evening' };
    expect(findMoveProblem(plan, move, ctx)).toBeNull();
    const moved = applyMove(plan, move);
    expect(moved.weeklyMinutes).toEqual(plan.weeklyMinutes);
    expect(totalMinutes(moved)).toBe(totalMinutes(plan));
    expect(moved.days[restDay.day - 1]?.sessions[0]?.items).toEqual(firstDay.sessions[0]?.items);
    expect(moved.days[restDay.day - 1]?.kind).toBe('active');
  });

  it.each([
    ['the same place', { toDay: firstDay.day, toSlot: fromSlot }, undefined, 'same_place'],
    ['a time already taken', { toDay: secondDay.day, toSlot: secondDay.sessions[0]?.slot ?? 'morning' }, undefined, 'slot_taken'],
    ['a day gone by', { toDay: firstDay.day, toSlot: 'evening' }, secondDay.date, 'in_the_past'],
    ['a day that already holds its minutes', { toDay: secondDay.day, toSlot: 'evening' }, undefined, 'breaks_rule'],
  ] as const)('refuses %s', (_what, to, today, problem) => {
    expect(findMoveProblem(plan, { fromDay: firstDay.day, fromSlot, ...to }, ctx, today)).toBe(problem);
  });

  it('refuses a session that is not there', () => {
    expect(findMoveProblem(plan, { fromDay: restDay.day, fromSlot: 'morning', toDay: firstDay.day, toSlot: 'evening' }, ctx)).toBe('no_session');
  });

  it('waits on a bad day: the flare day keeps its gentle session', () => {
    const move: Move = { fromDay: firstDay.day, fromSlot, toDay: restDay.day, toSlot: 'evening' };
    const flare = weekOf({ ...mayaInput, flareDays: [firstDay.day] });
    const { outcomes } = applyWeekChanges(flare.plan, { swaps: [], moves: [move] }, flare.ctx);
    expect(outcomes[0]?.status).toBe('held_bad_day');
  });
});
