// Covers: one table per plan rule of PRODUCT.md, over the people of PRODUCT.md (Maya, Walter,
// Priya, Dan, and Rosa with osteoporosis) and over the edges of time (5-90 minutes, 1-7 days,
// every mix of preferred times); the safety levels of CLINICAL.md §1, one row per question.
// Built on the real exercise library.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { Exercise, Pillar } from '../library/exercise.js';
import type { Profile, TimeOfDay } from '../profile.js';
import { SAFETY_QUESTIONS } from '../safety.js';
import { allowedPositions } from './eligibility.js';
import { buildWeeklyPlan, findRuleViolations } from './index.js';
import type { PlanDay, PlanItem, WeekPlan } from './plan.js';
import { NEW_PACING, PERSONAS, PERSONA_ROWS, WEEK } from './testing.js';

const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));

function planFor(profile: Profile): WeekPlan {
  const plan = buildWeeklyPlan({ profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, seed: 1 });
  if (plan.status !== 'ok') throw new Error(`expected a plan, got ${JSON.stringify(plan.reasons)}`);
  return plan;
}

function itemsOf(plan: WeekPlan): PlanItem[] {
  return plan.days.flatMap((day) => day.sessions.flatMap((s) => s.items));
}

function exerciseOf(item: PlanItem): Exercise {
  const exercise = byId.get(item.exerciseId);
  if (!exercise) throw new Error(`unknown exercise ${item.exerciseId}`);
  return exercise;
}

const dayMinutes = (day: PlanDay) => day.sessions.reduce((sum, s) => sum + s.minutes, 0);
const activeDays = (plan: WeekPlan) => plan.days.filter((day) => day.sessions.length > 0);
const hasPillar = (day: PlanDay, pillar: Pillar) => day.sessions.some((s) => s.items.some((i) => i.pillar === pillar));
const maya = PERSONAS.maya as Profile;

describe('every persona gets a plan that keeps every rule', () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    const plan = planFor(profile);
    expect(plan.days.map((day) => day.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(findRuleViolations(plan, { profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING })).toEqual([]);
  });
});

describe("rule: a day's minutes stay within minutesPerDay", () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    for (const day of planFor(profile).days) expect(dayMinutes(day)).toBeLessThanOrEqual(profile.minutesPerDay);
  });

  it.each([5, 6, 7, 9, 12, 15, 30, 45, 60, 90])('%i minutes a day, every day', (minutesPerDay) => {
    const plan = planFor({ ...maya, minutesPerDay, daysPerWeek: 7, preferredTimes: ['morning', 'midday', 'evening'] });
    for (const day of plan.days) expect(dayMinutes(day)).toBeLessThanOrEqual(minutesPerDay);
    expect(activeDays(plan)).toHaveLength(7);
  });
});

describe('rule: active days stay within daysPerWeek', () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    expect(activeDays(planFor(profile))).toHaveLength(profile.daysPerWeek);
  });

  it.each([
    [1, [1]],
    [2, [1, 4]],
    [3, [1, 3, 5]],
    [4, [1, 3, 5, 7]],
    [5, [1, 2, 3, 5, 6]],
    [6, [1, 2, 3, 4, 5, 6]],
    [7, [1, 2, 3, 4, 5, 6, 7]],
  ])('%i days a week → days %j, spread out', (daysPerWeek, expected) => {
    expect(activeDays(planFor({ ...maya, daysPerWeek })).map((day) => day.day)).toEqual(expected);
  });
});

describe('rule: only positions the person can take', () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    const allowed = allowedPositions(profile);
    for (const item of itemsOf(planFor(profile))) {
      expect(exerciseOf(item).positions.some((p) => allowed.has(p)), item.exerciseId).toBe(true);
    }
  });

  it.each([
    ['wheelchair: seated or lying only', { ...maya, mobility: 'wheelchair', floorTransfers: true, equipment: ['pool', 'mat'] }, ['seated', 'lying']],
    ['no floor transfers: no floor', { ...maya, floorTransfers: false }, ['seated', 'lying', 'standing']],
    ['no pool: nothing in water', { ...maya, likes: ['swimming', 'water_exercise'] }, ['seated', 'lying', 'standing', 'floor']],
    ['a pool: water allowed', { ...maya, equipment: ['pool'], likes: ['swimming'] }, ['seated', 'lying', 'standing', 'floor', 'aquatic']],
  ] as [string, Profile, string[]][])('%s', (_label, profile, positions) => {
    for (const item of itemsOf(planFor(profile))) {
      expect(exerciseOf(item).positions.some((p) => positions.includes(p)), item.exerciseId).toBe(true);
    }
  });

  it('Dan, in a wheelchair, gets every pillar from seated or lying exercises', () => {
    const plan = planFor(PERSONAS.dan as Profile);
    expect(new Set(itemsOf(plan).map((i) => i.pillar))).toEqual(new Set(['stretching', 'aerobic', 'strengthening', 'mind_body']));
  });
});

describe('rule: only equipment the person has (body weight always)', () => {
  it.each([...PERSONA_ROWS, ['nothing at all', { ...maya, equipment: [] } as Profile]])('%s', (_name, profile) => {
    for (const item of itemsOf(planFor(profile))) {
      expect(exerciseOf(item).equipment.every((e) => profile.equipment.includes(e)), item.exerciseId).toBe(true);
    }
  });
});

describe('rule: nothing unsuitable for a condition the person has', () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    for (const item of itemsOf(planFor(profile))) {
      expect(exerciseOf(item).avoidWith.filter((c) => profile.conditions.includes(c)), item.exerciseId).toEqual([]);
    }
  });

  it('Rosa has osteoporosis: no exercise the library marks unsuitable for it, and she is told', () => {
    const plan = planFor(PERSONAS.rosa as Profile);
    expect(itemsOf(plan).some((item) => exerciseOf(item).avoidWith.includes('osteoporosis'))).toBe(false);
    expect(plan.reasons.find((r) => r.code === 'conditions_respected')?.message).toContain('osteoporosis');
  });
});

describe('rule: all four pillars each week once it holds 60 minutes or more', () => {
  it.each(PERSONA_ROWS)('%s', (_name, profile) => {
    const plan = planFor(profile);
    for (const pillar of ['stretching', 'aerobic', 'strengthening', 'mind_body'] as const) {
      expect(plan.days.some((day) => hasPillar(day, pillar)), pillar).toBe(true);
    }
    expect(plan.reasons.map((r) => r.code)).toContain('four_pillars');
  });

  it.each([
    [9, 7],
    [10, 6],
    [12, 5],
    [15, 4],
    [20, 3],
    [30, 2],
    [60, 1],
  ])('%i minutes × %i days: four pillars, mind-body on two days or more', (minutesPerDay, daysPerWeek) => {
    for (const profile of PERSONA_ROWS.map(([, p]) => ({ ...p, minutesPerDay, daysPerWeek }))) {
      const plan = planFor(profile);
      for (const pillar of ['stretching', 'aerobic', 'strengthening', 'mind_body'] as const) {
        expect(plan.days.some((day) => hasPillar(day, pillar)), pillar).toBe(true);
      }
      const mindBodyDays = plan.days.filter((day) => hasPillar(day, 'mind_body')).length;
      expect(mindBodyDays).toBeGreaterThanOrEqual(Math.min(2, daysPerWeek));
    }
  });

  it.each([
    [5, 7],
    [8, 7],
    [10, 5],
    [5, 1],
  ])('%i minutes × %i days holds less than 60: fewer pillars is fine, and said kindly', (minutesPerDay, daysPerWeek) => {
    const plan = planFor({ ...maya, minutesPerDay, daysPerWeek });
    const all = (['stretching', 'aerobic', 'strengthening', 'mind_body'] as const).every((p) => plan.days.some((d) => hasPillar(d, p)));
    expect(plan.reasons.map((r) => r.code)).toContain(all ? 'four_pillars' : 'short_week');
  });
});

describe("rule: a morning stretching session on active days when 'morning' is preferred", () => {
  it.each<[string, TimeOfDay[]]>([
    ['morning', ['morning']],
    ['morning and evening', ['morning', 'evening']],
    ['all three', ['morning', 'midday', 'evening']],
    ['none given (morning by default)', []],
  ])('%s', (_label, preferredTimes) => {
    for (const [, persona] of PERSONA_ROWS) {
      const plan = planFor({ ...persona, preferredTimes });
      for (const day of activeDays(plan)) {
        const morning = day.sessions.find((s) => s.slot === 'morning');
        expect(morning?.items[0]?.pillar, `day ${day.day}`).toBe('stretching');
      }
    }
  });

  it.each<[string, TimeOfDay[]]>([
    ['evening only', ['evening']],
    ['midday and evening', ['midday', 'evening']],
  ])('%s: no morning session at all', (_label, preferredTimes) => {
    const plan = planFor({ ...maya, preferredTimes });
    expect(plan.days.flatMap((d) => d.sessions).some((s) => s.slot === 'morning')).toBe(false);
  });
});

describe('rule: strength at most 3 days a week, never two days in a row', () => {
  it.each([
    [1, [1]],
    [2, [1, 4]],
    [3, [1, 3, 5]],
    [4, [1, 3, 5]],
    [5, [1, 3, 5]],
    [6, [1, 3, 5]],
    [7, [1, 3, 5]],
  ])('%i days a week → strength on %j', (daysPerWeek, expected) => {
    const plan = planFor({ ...maya, daysPerWeek, minutesPerDay: 30 });
    expect(plan.days.filter((day) => hasPillar(day, 'strengthening')).map((day) => day.day)).toEqual(expected);
  });

  it.each(PERSONA_ROWS)('%s: never on consecutive days, nor on Sunday and Monday both', (_name, profile) => {
    const days = planFor(profile).days.filter((day) => hasPillar(day, 'strengthening')).map((day) => day.day);
    expect(days.length).toBeLessThanOrEqual(3);
    days.slice(1).forEach((day, i) => expect(day - (days[i] ?? 0)).toBeGreaterThanOrEqual(2));
    expect(days.includes(7) && days.includes(1)).toBe(false);
  });
});

describe('safety levels (CLINICAL.md §1)', () => {
  const emergency = SAFETY_QUESTIONS.filter((q) => q.level === 'emergency').map((q) => q.id);
  const urgent = SAFETY_QUESTIONS.filter((q) => q.level === 'urgent').map((q) => q.id);
  const clearance = SAFETY_QUESTIONS.filter((q) => q.level === 'clearance').map((q) => q.id);
  const refer = (id: string, extra = {}) =>
    buildWeeklyPlan({ profile: { ...maya, safety: { ...maya.safety, [id]: true, ...extra } }, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK });

  it.each(emergency)('%s → refer: seek emergency care now, and no plan', (id) => {
    const plan = refer(id, { cleared_by_clinician: true });
    expect(plan).toEqual({ status: 'refer', reasons: [expect.objectContaining({ code: 'refer_emergency' })] });
    expect(plan.reasons[0]?.message).toMatch(/emergency/);
  });

  it.each(urgent)('%s → refer: see a doctor soon, before starting, and no plan', (id) => {
    const plan = refer(id, { cleared_by_clinician: true });
    expect(plan).toEqual({ status: 'refer', reasons: [expect.objectContaining({ code: 'refer_urgent' })] });
    expect(plan.reasons[0]?.message).toMatch(/see a doctor soon, before you start/);
  });

  it('an emergency answer outweighs an urgent one', () => {
    expect(refer('saddle_numbness', { recent_trauma: true }).reasons[0]?.code).toBe('refer_emergency');
  });

  it.each(clearance)('%s → breathing and level-1 stretching only, until a clinician clears', (id) => {
    const plan = refer(id);
    if (plan.status !== 'ok') throw new Error('expected a plan');
    expect(plan.reasons[0]?.code).toBe('clearance_needed');
    expect(plan.reasons[0]?.message).toContain("Only gentle breathing and stretching for now: one of your answers needs a clinician's go-ahead first.");
    for (const item of itemsOf(plan)) {
      const exercise = exerciseOf(item);
      const allowed = (exercise.pillar === 'stretching' && exercise.level === 1) || exercise.activity === 'breathing';
      expect(allowed, item.exerciseId).toBe(true);
    }
    expect(itemsOf(plan).some((i) => i.pillar === 'mind_body')).toBe(true);
  });

  it.each(clearance)('%s with cleared_by_clinician → the full plan', (id) => {
    const plan = refer(id, { cleared_by_clinician: true });
    if (plan.status !== 'ok') throw new Error('expected a plan');
    expect(plan.reasons.map((r) => r.code)).not.toContain('clearance_needed');
    expect(new Set(itemsOf(plan).map((i) => i.pillar)).size).toBe(4);
  });
});
