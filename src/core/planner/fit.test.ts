// Covers the plan fitted to the body (issue 9, items 9, 12, 15 and 17), on the real library:
// wheelchair users and bed transfers, the limbs they use and arm-based aerobic work; seated
// stepping not called walking; strength across the week boundary.
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import { activityLabel } from '../pacing/lookup.js';
import type { Profile } from '../profile.js';
import { buildWeeklyPlan, findLastStrengthDate, findRuleViolations } from './index.js';
import type { PlannerInput, WeekPlan } from './plan.js';
import { NEW_PACING, PERSONAS, WEEK, allItems, strengthDays } from './testing.js';

const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));
const dan = PERSONAS.dan as Profile;
const maya = PERSONAS.maya as Profile;

function planFor(profile: Profile, extra: Partial<PlannerInput> = {}): WeekPlan {
  const input = { profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, ...extra };
  const plan = buildWeeklyPlan(input);
  if (plan.status !== 'ok') throw new Error('expected a plan');
  expect(findRuleViolations(plan, input)).toEqual([]);
  return plan;
}

const exercisesOf = (plan: WeekPlan, pillar?: Parameters<typeof allItems>[1]) =>
  allItems(plan, pillar).map((item) => byId.get(item.exerciseId)).filter((e) => e !== undefined);

describe('a wheelchair user who cannot move to a bed and uses only their arms (Dan)', () => {
  const plan = planFor({ ...dan, minutesPerDay: 30 });

  it('was offered lying exercises that need a transfer to a bed: now none', () => {
    expect(exercisesOf(plan).filter((e) => !e.positions.includes('seated')).map((e) => e.id)).toEqual([]);
  });

  it('was offered leg exercises though he does not use his legs: now none', () => {
    expect(exercisesOf(plan).filter((e) => e.limbs?.includes('legs')).map((e) => e.id)).toEqual([]);
  });

  it('was not given the arm-based aerobic work the library has: now seated arm work', () => {
    const aerobic = exercisesOf(plan, 'aerobic');
    expect(aerobic.length).toBeGreaterThan(0);
    expect(aerobic.every((e) => e.positions.includes('seated') && e.limbs?.includes('arms'))).toBe(true);
  });
});

describe('wheelchair users with other answers', () => {
  it('a profile stored before the new questions gets no lying and no leg work', () => {
    const { bedTransfers: _b, limbsUsed: _l, ...stored } = dan;
    const plan = planFor(stored);
    expect(exercisesOf(plan).filter((e) => e.limbs?.includes('legs') || !e.positions.includes('seated'))).toEqual([]);
  });

  it('someone who uses their legs too may march seated', () => {
    const plan = planFor({ ...dan, limbsUsed: ['arms', 'legs'] });
    expect(exercisesOf(plan).some((e) => e.limbs?.includes('legs'))).toBe(true);
  });
});

describe('chair marching is not called "Walking" for wheelchair users', () => {
  it('was reported as walking: now its quota is seated aerobics and no reason names walking', () => {
    const plan = planFor({ ...dan, likes: ['walking'], limbsUsed: ['arms', 'legs'] });
    expect(plan.reasons.map((r) => r.message).join(' ')).not.toMatch(/walking/iu);
    const march = byId.get('chair-march');
    expect(march?.activity).toBeNull();
    expect(activityLabel(byId, 'aerobic:other')).toBe('Seated aerobics');
  });
});

describe('strength across the week boundary', () => {
  // Flares on Monday to Saturday push the only strength day of the first week to Sunday.
  const everyDay: Profile = { ...maya, daysPerWeek: 7, minutesPerDay: 40 };
  const first = planFor(everyDay, { flareDays: [1, 2, 3, 4, 5, 6] });
  const nextWeek = addDays(WEEK, 7);

  it('flares push strength to Sunday in the first week', () => {
    expect(strengthDays(first)).toEqual([7]);
    expect(findLastStrengthDate(first.days)).toBe(addDays(WEEK, 6));
  });

  it('was on Sunday and again on the next Monday: now the next week starts on Tuesday', () => {
    const second = planFor(everyDay, { weekStart: nextWeek, lastStrengthDate: findLastStrengthDate(first.days) });
    expect(strengthDays(second)).toEqual([2, 4, 6]);
  });

  it('a Monday after a week whose last strength day was Friday keeps strength', () => {
    const second = planFor(everyDay, { weekStart: nextWeek, lastStrengthDate: addDays(WEEK, 4) });
    expect(strengthDays(second)[0]).toBe(1);
  });

  it('the rule checker catches strength on Monday after a strength Sunday', () => {
    const second = planFor(everyDay, { weekStart: nextWeek });
    const ctx = { profile: everyDay, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, lastStrengthDate: addDays(WEEK, 6) };
    expect(findRuleViolations(second, ctx).map((v) => v.rule)).toContain('strength_not_two_days_in_row');
  });
});

describe('CRPS', () => {
  const crpsFoot: Profile = { ...maya, conditions: ['crps'], painAreas: ['ankle_foot'], minutesPerDay: 40 };
  const plan = planFor(crpsFoot);

  it('a CRPS foot was given passive toe and calf stretches and heel raises: now none', () => {
    const ids = allItems(plan).map((i) => i.exerciseId);
    for (const id of ['wall-calf-stretch', 'low-calf-stretch', 'sole-of-foot-stretch', 'seated-heel-raise', 'standing-heel-raise']) {
      expect(ids).not.toContain(id);
    }
    const stretchesOfFoot = exercisesOf(plan, 'stretching').filter((e) => e.regions.includes('ankle_foot'));
    expect(stretchesOfFoot.every((e) => e.gentleActive === true)).toBe(true);
    expect(exercisesOf(plan, 'strengthening').filter((e) => e.limbs?.includes('legs'))).toEqual([]);
  });

  it('gives gentle active movement of the foot instead', () => {
    expect(allItems(plan).map((i) => i.exerciseId)).toContain('gentle-ankle-circles');
  });

  it('says it needs a therapist\'s guidance (crps_guidance), naming the limb and the stop signs', () => {
    const reason = plan.reasons.find((r) => r.code === 'crps_guidance');
    expect(reason?.message).toMatch(/ankles and feet/u);
    expect(reason?.message).toMatch(/physical therapist/u);
    expect(reason?.message).toMatch(/colour/u);
  });

  it('a CRPS hand gets no wrist stretch and no grip work', () => {
    const hand = planFor({ ...crpsFoot, painAreas: ['wrist_hand'] });
    const ids = allItems(hand).map((i) => i.exerciseId);
    expect(ids.filter((id) => ['palm-up-forearm-stretch', 'palms-together-wrist-stretch', 'grip-squeeze'].includes(id))).toEqual([]);
  });
});

describe('before clearance', () => {
  const dizzy: Profile = { ...maya, age: 78, safety: { ...maya.safety, dizzy_fainting: true, cleared_by_clinician: false } };

  it.each<[string, Profile]>([
    ['a 78-year-old awaiting clearance for dizziness', dizzy],
    ['a 40-year-old awaiting clearance for dizziness', { ...dizzy, age: 40 }],
    ['a 76-year-old awaiting clearance for a heart condition', { ...dizzy, age: 76, safety: { ...maya.safety, heart_condition: true, cleared_by_clinician: false } }],
  ])('%s got standing-only stretches: now seated or lying ones', (_label, profile) => {
    const plan = planFor(profile);
    const stretches = exercisesOf(plan, 'stretching');
    expect(stretches.length).toBeGreaterThan(0);
    expect(stretches.filter((e) => !e.positions.some((p) => p === 'seated' || p === 'lying')).map((e) => e.id)).toEqual([]);
    expect(plan.reasons.map((r) => r.code)).toContain('seated_before_clearance');
  });

  it('a session stopped for dizziness holds the plan to seated or lying stretches too', () => {
    const hold = { reason: 'dizzy' as const, at: '2026-03-01T09:00:00.000Z', localDate: '2026-03-01', emergency: false };
    const plan = planFor({ ...maya, age: 50 }, { safetyHold: hold, lastStopSignOn: hold.localDate });
    const stretches = exercisesOf(plan, 'stretching');
    expect(stretches.length).toBeGreaterThan(0);
    expect(stretches.every((e) => e.positions.some((p) => p === 'seated' || p === 'lying'))).toBe(true);
  });
});

describe('a wheelchair user with a pool who likes water exercise', () => {
  it('silently got none: now the plan says why not', () => {
    const plan = planFor({ ...dan, equipment: ['pool'], likes: ['water_exercise'] });
    expect(exercisesOf(plan, 'aerobic').some((e) => e.positions.includes('aquatic'))).toBe(false);
    expect(plan.reasons.map((r) => r.code)).toContain('water_from_wheelchair');
  });
});

describe('a pool day is a pool visit', () => {
  const walter = PERSONAS.walter as Profile;
  const inWater = (id: string) => byId.get(id)?.positions.every((p) => p === 'aquatic') === true;

  it.each<[string, Profile]>([
    ['Walter (morning and midday)', walter],
    ['Walter with mornings only', { ...walter, preferredTimes: ['morning'] }],
    ['Walter, 7 days and 20 minutes', { ...walter, daysPerWeek: 7, minutesPerDay: 20 }],
  ])('%s: water exercise was 5 minutes inside a session of bed exercises; now a session of its own', (_label, profile) => {
    const plan = planFor(profile);
    const visits = plan.days.flatMap((d) => d.sessions).filter((s) => s.items.some((i) => inWater(i.exerciseId)));
    expect(visits.length).toBeGreaterThan(0);
    for (const visit of visits) {
      expect(visit.items.every((i) => inWater(i.exerciseId))).toBe(true);
      expect(visit.items.some((i) => i.pillar === 'stretching')).toBe(true);
      expect(visit.items.some((i) => i.pillar === 'aerobic')).toBe(true);
    }
    expect(plan.reasons.map((r) => r.code)).toContain('pool_visit');
  });

  it('the rule checker catches water exercise inside a land session', () => {
    const plan = structuredClone(planFor(walter));
    const landSession = plan.days.flatMap((d) => d.sessions).find((s) => !s.items.some((i) => inWater(i.exerciseId)));
    landSession?.items.push({ exerciseId: 'water-walk-waist', pillar: 'aerobic', minutes: 0, estimatedMinutes: 0 });
    const ctx = { profile: walter, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING };
    expect(findRuleViolations(plan, ctx).map((v) => v.rule)).toContain('pool_visit_is_its_own_session');
  });
});
