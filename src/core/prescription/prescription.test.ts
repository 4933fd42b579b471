// Reading a prescription: suitability rules, the clinician's week, and the go-ahead.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { Exercise } from '../library/exercise.js';
import { pacingContextFor } from '../planner/pacing-context.js';
import { ALL_NO, PERSONAS } from '../planner/testing.js';
import type { Profile } from '../profile.js';
import type { SafetyHold } from '../safety-review.js';
import { goAhead, week } from './prescription.testing.js';
import { applyGoAhead, prescribedProfile } from './resolve.js';
import { findFailedRules } from './suitability.js';

const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));
const exercise = (id: string): Exercise => {
  const found = byId.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const dan: Profile = PERSONAS.dan;

describe('findFailedRules', () => {
  it.each([
    ['Maya, the bridge', PERSONAS.maya, 'bridge', []],
    ['Maya, the wall push-up (no wall)', PERSONAS.maya, 'wall-push-up', ['equipment']],
    ['Walter, a floor pose (no floor transfers)', PERSONAS.walter, 'yoga-cat-cow', ['position', 'equipment']],
    ['Walter, the child\'s pose (knee osteoarthritis)', PERSONAS.walter, 'yoga-childs-pose', ['position', 'equipment', 'condition']],
    ['Dan, walking (a wheelchair, arms only)', dan, 'walk-home-laps', ['position', 'limbs']],
    ['Rosa, the knee hug (osteoporosis)', PERSONAS.rosa, 'knee-hug', ['condition']],
  ] as const)('%s', (_, profile, id, rules) => {
    expect(findFailedRules(profile, exercise(id))).toEqual(rules);
  });

  it('fails a CRPS limb that the exercise loads', () => {
    const profile: Profile = { ...PERSONAS.maya, conditions: ['crps'], painAreas: ['wrist_hand'], equipment: ['chair', 'mat', 'wall'] };
    expect(findFailedRules(profile, exercise('wall-push-up'))).toEqual(['crps_limb']);
  });

  it('with the stop signs it is told of, fails standing work for a person who must sit until cleared', () => {
    const profile: Profile = { ...PERSONAS.maya, safety: { ...ALL_NO, dizzy_fainting: true } };
    expect(findFailedRules(profile, exercise('walk-home-laps'))).toEqual([]);
    expect(findFailedRules(profile, exercise('walk-home-laps'), {})).toEqual(['position']);
  });
});

describe('prescribedProfile', () => {
  it('the latest week adjustment that gives each field wins; none leaves the profile as it is', () => {
    expect(prescribedProfile(PERSONAS.maya, [])).toBe(PERSONAS.maya);
    expect(prescribedProfile(PERSONAS.maya, [week('a', 30, 3), week('b', 20)])).toMatchObject({ minutesPerDay: 20, daysPerWeek: 3 });
  });

  it('gives pacing the clinician\'s minutes a day as the day\'s ceiling', () => {
    expect(pacingContextFor(byId, PERSONAS.maya, [week('a', 45)])).toMatchObject({ dayMinutes: 45, prescription: [week('a', 45)] });
    expect(pacingContextFor(byId, PERSONAS.maya)).not.toHaveProperty('prescription');
  });
});

describe('applyGoAhead', () => {
  const hold: SafetyHold = { reason: 'dizzy', at: '2025-03-01T09:00:00.000Z', localDate: '2025-03-01', emergency: false };
  it.each([
    ['clearance, covered', { ...ALL_NO, heart_condition: true }, ['clearance'], true],
    ['clearance, not covered', { ...ALL_NO, heart_condition: true }, ['urgent'], false],
    ['urgent and clearance, only urgent covered', { ...ALL_NO, heart_condition: true, recent_trauma: true }, ['urgent'], false],
    ['urgent and clearance, both covered', { ...ALL_NO, heart_condition: true, recent_trauma: true }, ['urgent', 'clearance'], true],
    ['nothing to clear', ALL_NO, ['clearance'], false],
  ] as const)('%s', (_, answers, covers, cleared) => {
    const { answers: after } = applyGoAhead(answers, {}, [goAhead('g', [...covers], '2025-03-02')]);
    expect(after.cleared_by_clinician === true && after.clearedOn === '2025-03-02').toBe(cleared);
  });

  it('a go-ahead given before the screen was answered again does not cover the new answers (review finding)', () => {
    // Lena cleared Maya in March; in May Maya answers the screen again: unwell, not cleared.
    const may = { ...ALL_NO, fever_unwell: true, heart_condition: true, cleared_by_clinician: false, screenedAt: '2025-05-10T09:00:00.000Z' };
    const march = goAhead('g', ['urgent', 'clearance'], '2025-03-02');
    expect(applyGoAhead(may, {}, [march]).answers).toBe(may);
    const june = goAhead('g2', ['urgent', 'clearance'], '2025-06-01');
    expect(applyGoAhead(may, {}, [march, june]).answers).toMatchObject({ cleared_by_clinician: true, clearedOn: '2025-06-01' });
  });

  it('keeps a newer go-ahead already in the answers', () => {
    const answers = { ...ALL_NO, heart_condition: true, cleared_by_clinician: true, clearedOn: '2025-03-05' };
    expect(applyGoAhead(answers, {}, [goAhead('g', ['clearance'], '2025-03-02')]).answers).toBe(answers);
  });

  it.each([
    ['the day after the stop sign', '2025-03-02', null],
    ['the same day', '2025-03-01', hold],
  ])('releases a stop-sign hold when given %s', (_, on, left) => {
    expect(applyGoAhead(ALL_NO, { safetyHold: hold }, [goAhead('g', ['stop_sign'], on)]).facts.safetyHold).toEqual(left);
  });
});
