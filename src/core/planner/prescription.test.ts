// The clinician's prescription inside the planner (issue 11): a table test for each kind of
// adjustment, on the real library, with the planner's own rules held for every prescribed week.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import { dose, exclude, goAhead, include, week } from '../prescription/prescription.testing.js';
import type { Prescription } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import type { SafetyHold } from '../safety-review.js';
import { buildWeeklyPlan, findRuleViolations } from './index.js';
import type { PlannerInput, PlanItem, WeekPlan } from './plan.js';
import { describePlanChange, type PlanBasis } from './plan-basis.js';
import { ALL_NO, NEW_PACING, PERSONAS, WEEK, pacing, walkingQuota } from './testing.js';

const maya: PlannerInput = { profile: PERSONAS.maya, exercises: BUILTIN_EXERCISES, pacing: NEW_PACING, weekStart: WEEK, seed: 1 };
const walter: PlannerInput = { ...maya, profile: PERSONAS.walter };

function plan(input: PlannerInput, prescription: Prescription): WeekPlan {
  const built = buildWeeklyPlan({ ...input, prescription });
  if (built.status !== 'ok') throw new Error('expected a week');
  expect(findRuleViolations(built, { ...input, prescription })).toEqual([]);
  return built;
}

const items = (p: WeekPlan, day?: number): PlanItem[] =>
  p.days.filter((d) => day === undefined || d.day === day).flatMap((d) => d.sessions.flatMap((s) => s.items));
const change = (p: { prescription?: WeekPlan['prescription'] }, id: string) => p.prescription?.find((c) => c.adjustment.id === id);

describe('exclude', () => {
  it.each([
    ['a stretch of every day', 'side-bend-stretch'],
    ['the walk of every day', 'walk-home-laps'],
    ['a strength exercise', 'lying-starfish-press'],
  ])('%s never appears (%s)', (_, exerciseId) => {
    expect(items(plan(maya, [])).some((i) => i.exerciseId === exerciseId)).toBe(true);
    const p = plan(maya, [exclude('x', exerciseId)]);
    expect(items(p).some((i) => i.exerciseId === exerciseId)).toBe(false);
    expect(change(p, 'x')?.outcome).toBe('applied');
  });

  it('of a strength variant leaves the chain: the nearest easier variant takes its place', () => {
    const quota = { activity: 'strength:palm-press' as const, unit: 'reps' as const, value: 10, sets: 1, exerciseId: 'counter-push-up' };
    const input = { ...walter, pacing: pacing([quota]) };
    expect(items(plan(input, [])).some((i) => i.exerciseId === 'counter-push-up')).toBe(true);
    const p = plan(input, [exclude('x', 'counter-push-up')]);
    expect(items(p).some((i) => i.exerciseId === 'counter-push-up')).toBe(false);
    expect(items(p).some((i) => i.exerciseId === 'wall-push-up')).toBe(true);
  });

  it('wins over an include of the same exercise', () => {
    const p = plan(maya, [include('in', 'bridge', [1]), exclude('x', 'bridge')]);
    expect(items(p).some((i) => i.exerciseId === 'bridge')).toBe(false);
    expect(change(p, 'in')?.outcome).toBe('not_suitable');
  });
});

describe('include', () => {
  it('is in a session on each of its days, at its usual starting dose, marked with its id; a pinned rest day becomes active', () => {
    const p = plan(maya, [include('in', 'bridge', [1, 4])]);
    for (const day of [1, 4]) expect(items(p, day).find((i) => i.exerciseId === 'bridge')).toMatchObject({ sets: 1, reps: 8, prescribed: 'in' });
    expect(p.days[3]?.kind).toBe('active');
    expect(p.days.filter((d) => d.kind !== 'rest')).toHaveLength(PERSONAS.maya.daysPerWeek);
    expect(change(p, 'in')).toMatchObject({ outcome: 'applied', days: [{ day: 1, outcome: 'applied' }, { day: 4, outcome: 'applied' }] });
  });

  it('takes the adjustment\'s own dose, within a cap', () => {
    const p = plan(maya, [include('in', 'bridge', [2], { dose: { sets: 2, reps: 12 } }), dose('cap', 'bridge', 'cap', { reps: 10 })]);
    expect(items(p, 2).find((i) => i.exerciseId === 'bridge')).toMatchObject({ sets: 2, reps: 10, prescribed: 'in' });
  });

  it.each([
    ['a flare day keeps only its gentle version', { flareDays: [4] }, 'waits_flare'],
    ['the safety screen holds the plan on clearance', { profile: { ...PERSONAS.maya, safety: { ...ALL_NO, heart_condition: true } } }, 'waits_clearance'],
  ])('waits when %s', (_, overrides, outcome) => {
    const p = plan({ ...maya, ...overrides }, [include('in', 'bridge', [1, 4])]);
    const waiting = change(p, 'in')?.days?.find((d) => d.day === 4);
    expect(waiting?.outcome).toBe(outcome);
    expect(items(p, 4).some((i) => i.exerciseId === 'bridge')).toBe(false);
  });

  it('a level-1 stretch goes in while the plan waits for clearance', () => {
    const input = { ...maya, profile: { ...PERSONAS.maya, safety: { ...ALL_NO, heart_condition: true } } };
    const p = plan(input, [include('in', 'seated-knee-bend-stretch', [3])]);
    expect(items(p, 3).some((i) => i.exerciseId === 'seated-knee-bend-stretch')).toBe(true);
  });

  it('is not suitable when it fails a rule the clinician did not confirm, and goes in once they do', () => {
    const refused = plan(maya, [include('in', 'wall-push-up', [1])]);
    expect(change(refused, 'in')).toMatchObject({ outcome: 'not_suitable', failedRules: ['equipment'] });
    expect(items(refused).some((i) => i.exerciseId === 'wall-push-up')).toBe(false);
    const confirmed = plan(maya, [include('in', 'wall-push-up', [1], { confirmedRules: ['equipment'] })]);
    expect(change(confirmed, 'in')?.outcome).toBe('applied');
    expect(items(confirmed, 1).some((i) => i.exerciseId === 'wall-push-up')).toBe(true);
  });

  it('says when the exercise is unknown, and when the day\'s minutes cannot hold it', () => {
    const p = plan(maya, [include('gone', 'deleted-exercise', [1]), include('long', 'walk-home-laps', [2], { dose: { minutes: 30 } })]);
    expect(change(p, 'gone')?.outcome).toBe('unknown_exercise');
    expect(change(p, 'long')).toMatchObject({ outcome: 'did_not_fit', days: [{ day: 2, outcome: 'did_not_fit' }] });
  });

  it('strength on two days in a row keeps 48 hours: the second day says it rests, not that it was full', () => {
    const p = plan(maya, [include('in', 'bridge', [1, 2])]);
    expect(change(p, 'in')?.days).toEqual([{ day: 1, outcome: 'applied' }, { day: 2, outcome: 'waits_strength_rest' }]);
  });
});

describe('dose', () => {
  it('a cap holds every item of the activity in every field', () => {
    const input = { ...maya, pacing: pacing([walkingQuota(12)]), profile: { ...PERSONAS.maya, minutesPerDay: 40 } };
    expect(items(plan(input, [])).some((i) => (i.minutes ?? 0) > 8)).toBe(true);
    const p = plan(input, [dose('cap', 'walk-home-laps', 'cap', { minutes: 8 })]);
    const walks = items(p).filter((i) => i.pillar === 'aerobic');
    expect(walks.length).toBeGreaterThan(0);
    expect(walks.every((i) => (i.minutes ?? 0) <= 8)).toBe(true);
  });

  it('a set gives a stretch exactly its dose, marked with the adjustment', () => {
    const p = plan(maya, [dose('set', 'side-bend-stretch', 'set', { holdSeconds: 45, reps: 2 })]);
    const stretches = items(p).filter((i) => i.exerciseId === 'side-bend-stretch');
    expect(stretches.length).toBeGreaterThan(0);
    for (const item of stretches) expect(item).toMatchObject({ holdSeconds: 45, reps: 2, prescribed: 'set' });
  });
});

describe('week', () => {
  it('minutes a day and days a week replace the person\'s; the latest of each wins', () => {
    const p = plan(maya, [week('w1', 30, 4), week('w2', undefined, 3)]);
    expect(p.days.filter((d) => d.kind === 'active').map((d) => d.day)).toEqual([1, 3, 5]);
    expect(Math.max(...p.days.map((d) => d.sessions.reduce((s, x) => s + x.minutes, 0)))).toBeGreaterThan(15);
  });
});

describe('go-ahead', () => {
  const clearance: Profile = { ...PERSONAS.maya, safety: { ...ALL_NO, heart_condition: true } };

  it('opens a clearance plan, dated, and says so', () => {
    const held = plan({ ...maya, profile: clearance }, []);
    expect(items(held).some((i) => i.pillar === 'strengthening')).toBe(false);
    const open = plan({ ...maya, profile: clearance }, [goAhead('g', ['clearance'])]);
    expect(items(open).some((i) => i.pillar === 'strengthening')).toBe(true);
    expect(change(open, 'g')?.outcome).toBe('applied');
  });

  it('never opens a plan past an emergency answer: the referral reports it waiting', () => {
    const profile = { ...PERSONAS.maya, safety: { ...ALL_NO, saddle_numbness: true } };
    const built = buildWeeklyPlan({ ...maya, profile, prescription: [goAhead('g', ['clearance', 'urgent', 'stop_sign']), exclude('x', 'bridge')] });
    expect(built.status).toBe('refer');
    expect(built.prescription?.map((c) => c.outcome)).toEqual(['waits_clearance', 'waits_clearance']);
  });

  it('opens an urgent referral when it covers the urgent answer', () => {
    const profile = { ...PERSONAS.maya, safety: { ...ALL_NO, recent_trauma: true } };
    expect(buildWeeklyPlan({ ...maya, profile }).status).toBe('refer');
    expect(buildWeeklyPlan({ ...maya, profile, prescription: [goAhead('g', ['clearance'])] }).status).toBe('refer');
    expect(buildWeeklyPlan({ ...maya, profile, prescription: [goAhead('g', ['urgent'])] }).status).toBe('ok');
  });

  const hold = (localDate: string): SafetyHold => ({ reason: 'dizzy', at: `${localDate}T09:00:00.000Z`, localDate, emergency: false });
  it.each([
    ['a stop sign before its day', '2025-02-27', true],
    ['a stop sign on its own day', '2025-03-01', false],
    ['a stop sign after its day', '2025-03-02', false],
  ])('releases the hold of %s: %s', (_, stopOn, released) => {
    const input = { ...maya, safetyHold: hold(stopOn), lastStopSignOn: stopOn };
    const p = plan(input, [goAhead('g', ['stop_sign'])]);
    expect(items(p).some((i) => i.pillar === 'strengthening')).toBe(released);
    expect(change(p, 'g')?.outcome).toBe(released ? 'applied' : 'waits_clearance');
  });
});

describe('the week says what became of each adjustment', () => {
  it('has no prescription without adjustments', () => {
    expect(plan(maya, [])).not.toHaveProperty('prescription');
  });

  it('lists every adjustment, oldest first', () => {
    const p = plan(maya, [exclude('a', 'knee-hug'), include('b', 'bridge', [1]), week('c', 20)]);
    expect(p.prescription?.map((c) => c.adjustment.id)).toEqual(['a', 'b', 'c']);
  });

  it('a stored week rebuilt for new adjustments says why', () => {
    const basis: PlanBasis = { profileUpdatedAt: 't', flareSince: null, badDays: [] };
    expect(describePlanChange(basis, { ...basis, prescriptionIds: [] })).toBeNull();
    expect(describePlanChange(basis, { ...basis, prescriptionIds: ['a'] })?.code).toBe('plan_changed_prescription');
  });
});

describe('the planner\'s rules read the prescription', () => {
  it.each([
    ['an excluded exercise in the week', [exclude('x', 'side-bend-stretch')], 'excluded_by_clinician'],
    ['an item above a cap', [dose('cap', 'side-bend-stretch', 'cap', { holdSeconds: 10 })], 'within_clinician_cap'],
    ['more active days than the clinician\'s week', [week('w', undefined, 2)], 'active_days_within_days_per_week'],
  ])('find %s in a week built without it', (_, prescription, rule) => {
    const built = buildWeeklyPlan(maya);
    expect(findRuleViolations(built, { ...maya, prescription }).map((v) => v.rule)).toContain(rule);
  });

  it('let an include off only the rules its clinician confirmed', () => {
    const built = buildWeeklyPlan({ ...maya, prescription: [include('in', 'wall-push-up', [1], { confirmedRules: ['equipment'] })] });
    expect(findRuleViolations(built, { ...maya, prescription: [include('in', 'wall-push-up', [1], { confirmedRules: ['equipment'] })] })).toEqual([]);
    expect(findRuleViolations(built, { ...maya, prescription: [include('in', 'wall-push-up', [1])] }).map((v) => v.rule)).toContain('equipment_the_person_has');
  });
});

describe('found in review', () => {
  it('never chooses a clinician’s own exercise on its own, and a deleted one is unknown even when included', () => {
    // Copies of the whole library as clinicians' exercises: had the planner been free to pick
    // them, 18 of Maya's 20 items were such copies.
    const copies = BUILTIN_EXERCISES.map((e) => ({ ...e, id: `c-${e.id}`, easier: null, harder: null, source: { kind: 'custom' as const, ownerId: 'lena' } }));
    const input = { ...maya, exercises: [...BUILTIN_EXERCISES, ...copies] };
    expect(items(plan(input, [])).filter((i) => i.exerciseId.startsWith('c-'))).toEqual([]);
    const pinned = plan(input, [include('in', 'c-bridge', [1])]);
    expect(items(pinned).filter((i) => i.exerciseId.startsWith('c-')).map((i) => i.exerciseId)).toEqual(['c-bridge']);
    const retired = { ...input, exercises: input.exercises.map((e) => (e.id === 'c-bridge' ? { ...e, retired: true } : e)) };
    const gone = plan(retired, [include('in', 'c-bridge', [1])]);
    expect(change(gone, 'in')?.outcome).toBe('unknown_exercise');
    expect(items(gone).some((i) => i.exerciseId.startsWith('c-'))).toBe(false);
  });

  it('holds an include’s own dose of a paced exercise to its quota while pacing rebuilds after a flare', () => {
    const profile = { ...PERSONAS.maya, minutesPerDay: 60 };
    const own = { dose: { minutes: 15 } };
    const normal = plan({ ...maya, profile, pacing: pacing([walkingQuota(20)]) }, [include('walk', 'walk-home-laps', [2], own)]);
    expect(items(normal, 2).find((i) => i.exerciseId === 'walk-home-laps')?.minutes).toBe(15);
    const rebuilding = plan({ ...maya, profile, pacing: pacing([walkingQuota(8)], 'rebuild') }, [include('walk', 'walk-home-laps', [2], own)]);
    expect(items(rebuilding, 2).find((i) => i.exerciseId === 'walk-home-laps')?.minutes).toBe(8);
  });
});
