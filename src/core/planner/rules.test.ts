// Covers: the rule checker itself. A good plan passes; each row breaks one rule by hand and
// the checker names it, so a property test that finds no violation means something.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { Exercise } from '../library/exercise.js';
import type { Profile } from '../profile.js';
import { buildWeeklyPlan } from './index.js';
import type { Plan, PlanItem, WeekPlan } from './plan.js';
import { findRuleViolations } from './rules.js';
import { ALL_NO, NEW_PACING, PERSONAS, WEEK } from './testing.js';

const maya = PERSONAS.maya as Profile;
const walter = PERSONAS.walter as Profile;
const dan = PERSONAS.dan as Profile;
const crpsFoot: Profile = { ...maya, conditions: ['crps'], painAreas: ['ankle_foot'] };

function planFor(profile: Profile): WeekPlan {
  const plan = buildWeeklyPlan({ profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK });
  if (plan.status !== 'ok') throw new Error('expected a plan');
  return plan;
}

function check(plan: Plan, profile: Profile): string[] {
  return findRuleViolations(plan, { profile, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING }).map((v) => v.rule);
}

function firstOf(pillar: string): string {
  const exercise = BUILTIN_EXERCISES.find((e) => e.pillar === pillar && e.level === 1);
  if (!exercise) throw new Error(`no ${pillar} exercise`);
  return exercise.id;
}

function findId(describe: string, isWanted: (e: Exercise) => boolean): string {
  const exercise = BUILTIN_EXERCISES.find(isWanted);
  if (!exercise) throw new Error(`the library has no ${describe}`);
  return exercise.id;
}

const floorOnly = findId('floor-only exercise', (e) => e.positions.every((p) => p === 'floor'));
const needsBike = findId('exercise needing a stationary bike', (e) => e.equipment.includes('stationary_bike'));
const notForOsteoporosis = findId('exercise unsuitable for osteoporosis', (e) => e.avoidWith.includes('osteoporosis'));

const item = (exerciseId: string, pillar: PlanItem['pillar'], estimatedMinutes = 2): PlanItem => ({ exerciseId, pillar, estimatedMinutes });

// Puts an item first in the first session of a day and keeps the session's minutes honest.
function addItem(plan: WeekPlan, day: number, extra: PlanItem): WeekPlan {
  const copy = structuredClone(plan);
  const session = copy.days[day - 1]?.sessions[0];
  if (!session) throw new Error(`day ${day} has no session`);
  session.items.unshift(extra);
  session.minutes = Math.round(session.items.reduce((sum, i) => sum + i.estimatedMinutes, 0));
  return copy;
}

describe('findRuleViolations', () => {
  it('finds nothing wrong with a plan the planner built', () => {
    expect(check(planFor(maya), maya)).toEqual([]);
  });

  it.each<[string, (plan: WeekPlan) => WeekPlan, Profile, string]>([
    ['a day over minutesPerDay', (p) => addItem(p, 1, item(firstOf('stretching'), 'stretching', 30)), maya, 'day_within_minutes_per_day'],
    ['an extra active day', (p) => ({ ...p, days: p.days.map((d) => (d.day === 4 ? { ...d, sessions: p.days[0]?.sessions ?? [] } : d)) }), maya, 'active_days_within_days_per_week'],
    ['an exercise not in the library', (p) => addItem(p, 1, item('made-up-exercise', 'stretching')), maya, 'exercise_in_library'],
    ['the wrong pillar for an exercise', (p) => addItem(p, 1, item(firstOf('stretching'), 'aerobic')), maya, 'exercise_in_library'],
    ['a floor exercise without floor transfers', (p) => addItem(p, 1, item(floorOnly, pillarOf(floorOnly))), walter, 'position_the_person_can_take'],
    ['equipment the person lacks', (p) => addItem(p, 1, item(needsBike, pillarOf(needsBike))), maya, 'equipment_the_person_has'],
    ['an exercise unsuitable for a condition', (p) => addItem(p, 1, item(notForOsteoporosis, pillarOf(notForOsteoporosis))), { ...maya, conditions: ['osteoporosis'] }, 'suits_every_condition'],
    ['leg work for a wheelchair user who uses only their arms', (p) => addItem(p, 1, item('seated-heel-raise', 'strengthening')), dan, 'limbs_the_person_uses'],
    ['a lying exercise for a wheelchair user who cannot move to a bed', (p) => addItem(p, 1, item('lying-chin-nod', 'strengthening')), dan, 'position_the_person_can_take'],
    ['a calf stretch for a foot with CRPS', (p) => addItem(p, 1, item('wall-calf-stretch', 'stretching')), crpsFoot, 'crps_limb_not_stretched_or_loaded'],
    ['heel raises for a foot with CRPS', (p) => addItem(p, 1, item('seated-heel-raise', 'strengthening')), crpsFoot, 'crps_limb_not_stretched_or_loaded'],
    ['no strength in a 60-minute week', (p) => strip(p, 'strengthening'), maya, 'four_pillars_strengthening'],
    ['mind-body on one day only', (p) => keepMindBodyOn(p, 1), maya, 'mind_body_two_days'],
    ['no morning stretch', (p) => ({ ...p, days: p.days.map((d) => ({ ...d, sessions: d.sessions.map((s) => ({ ...s, slot: 'morning' as const, items: s.items.filter((i) => i.pillar !== 'stretching') })) })) }), maya, 'morning_stretch'],
    ['strength two days in a row', (p) => addItem(p, 2, item(firstOf('strengthening'), 'strengthening')), maya, 'strength_not_two_days_in_row'],
    ['a session minutes that do not add up', (p) => ({ ...p, days: p.days.map((d) => ({ ...d, sessions: d.sessions.map((s) => ({ ...s, minutes: s.minutes + 1 })) })) }), maya, 'session_minutes_add_up'],
    ['a session at a time the person did not choose', (p) => ({ ...p, days: p.days.map((d) => ({ ...d, sessions: d.sessions.map((s) => ({ ...s, slot: 'evening' as const })) })) }), maya, 'session_at_preferred_time'],
  ])('catches %s', (_label, breakPlan, profile, rule) => {
    expect(check(breakPlan(planFor(profile)), profile)).toContain(rule);
  });

  it('catches strength on Sunday and on Monday, across the week boundary', () => {
    const profile = { ...maya, daysPerWeek: 7 };
    const plan = addItem(planFor(profile), 7, item(firstOf('strengthening'), 'strengthening'));
    expect(check(plan, profile)).toContain('strength_not_two_days_in_row');
  });

  it('catches strength on four days', () => {
    const profile = { ...maya, daysPerWeek: 7, minutesPerDay: 60 };
    const plan = addItem(planFor(profile), 7, item(firstOf('strengthening'), 'strengthening'));
    expect(check(plan, profile)).toContain('strength_at_most_three_days');
  });

  it('catches a plan for someone who must be referred, and a referral for someone who need not be', () => {
    const referred = { ...maya, safety: { ...ALL_NO, chest_pain_rest: true } };
    expect(check(planFor(maya), referred)).toEqual(['refer_gives_no_plan']);
    expect(check({ status: 'refer', reasons: [] }, maya)).toEqual(['refer_only_for_emergency_or_urgent']);
  });

  it('catches aerobic work before clearance, and holds too short for an older adult', () => {
    const cleared = { ...maya, safety: { ...ALL_NO, heart_condition: true } };
    expect(check(planFor(maya), cleared)).toContain('clearance_breathing_and_level_one_stretching');
    expect(check(planFor(maya), { ...maya, age: 70 })).toContain('stretch_hold_for_age');
  });

  it('catches strength on a flare day', () => {
    const plan = structuredClone(planFor(maya));
    const monday = plan.days[0];
    if (monday) monday.kind = 'flare';
    expect(check(plan, maya)).toEqual(expect.arrayContaining(['no_strength_on_flare_day', 'flare_day_is_gentle']));
  });
});

function pillarOf(id: string): PlanItem['pillar'] {
  return BUILTIN_EXERCISES.find((e) => e.id === id)?.pillar ?? 'stretching';
}

function strip(plan: WeekPlan, pillar: string): WeekPlan {
  return {
    ...plan,
    days: plan.days.map((d) => ({
      ...d,
      sessions: d.sessions.map((s) => {
        const items = s.items.filter((i) => i.pillar !== pillar);
        return { ...s, items, minutes: Math.round(items.reduce((sum, i) => sum + i.estimatedMinutes, 0)) };
      }),
    })),
  };
}

function keepMindBodyOn(plan: WeekPlan, keep: number): WeekPlan {
  const stripped = strip(plan, 'mind_body');
  return { ...stripped, days: stripped.days.map((d) => (d.day === keep ? (plan.days[keep - 1] ?? d) : d)) };
}
