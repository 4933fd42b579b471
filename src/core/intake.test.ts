// Covers: step order and clamping; defaults written when a list step is passed; the problems
// each step reports (required choices, ranges, goals, the safety screen ending early on a
// referral and asking about clearance only after a PAR-Q+ "yes"); whole-profile assembly.
import { describe, expect, it } from 'vitest';
import {
  INTAKE_STEPS,
  clampStepIndex,
  completeProfile,
  findFirstIncompleteStep,
  findSafetyProblems,
  findStepProblems,
  readGoalDrafts,
  tidySafetyAnswers,
  withStepDefaults,
  type IntakeAnswers,
  type IntakeStep,
} from './intake.js';
import { SAFETY_QUESTION_IDS, type SafetyAnswers } from './safety.js';

const allNo: SafetyAnswers = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));

const complete: IntakeAnswers = {
  painAreas: ['lower_back'],
  conditions: ['chronic_low_back_pain'],
  mobility: 'walks_unaided',
  floorTransfers: true,
  minutesPerDay: 15,
  daysPerWeek: 5,
  preferredTimes: ['morning'],
  equipment: ['chair'],
  likes: ['walking'],
  painToday: 4,
  safety: allNo,
};

describe('intake steps', () => {
  it('ends with the safety screen', () => {
    expect(INTAKE_STEPS.at(-1)).toBe('safety');
    expect(INTAKE_STEPS).toHaveLength(8);
  });

  it.each([
    [-3, 0],
    [0, 0],
    [3.7, 3],
    [99, 7],
    [Number.NaN, 0],
  ])('clamps step index %s to %s', (input, expected) => {
    expect(clampStepIndex(input)).toBe(expected);
  });

  it('records untouched lists as empty when a step is passed', () => {
    expect(withStepDefaults('pain_areas', {}).painAreas).toEqual([]);
    expect(withStepDefaults('equipment_likes', {})).toEqual({ equipment: [], likes: [] });
    expect(withStepDefaults('time', {})).toMatchObject({ minutesPerDay: 10, daysPerWeek: 3 });
    expect(withStepDefaults('conditions', { conditions: ['crps'] }).conditions).toEqual(['crps']);
  });
});

describe('findStepProblems', () => {
  it.each([
    ['mobility', {}, ['mobility', 'floorTransfers']],
    ['mobility', { mobility: 'wheelchair', floorTransfers: false }, ['bedTransfers', 'limbsUsed']],
    ['mobility', { mobility: 'wheelchair', bedTransfers: false, limbsUsed: ['arms'] }, []],
    ['mobility', { mobility: 'walks_with_aid', bedTransfers: true }, ['floorTransfers']],
    ['today', {}, ['painToday']],
    ['today', { painToday: 0, age: 17 }, ['age']],
    ['today', { painToday: 0, age: 40 }, []],
    ['time', { minutesPerDay: 4, daysPerWeek: 8 }, ['minutesPerDay', 'daysPerWeek']],
    ['time', { minutesPerDay: 90, daysPerWeek: 1 }, []],
    ['goals', { goals: [{ activity: '  ', score: 3 }] }, ['goals']],
    ['pain_areas', {}, []],
  ] satisfies [IntakeStep, IntakeAnswers, string[]][])(
    '%s with %j reports %j',
    (step, answers, fields) => {
      expect(findStepProblems(step, answers).map((p) => p.field)).toEqual(fields);
    },
  );
});

describe('findSafetyProblems', () => {
  it('asks every question when nothing is answered', () => {
    expect(findSafetyProblems({})).toHaveLength(SAFETY_QUESTION_IDS.length);
  });

  it('ends at once on an emergency yes', () => {
    expect(findSafetyProblems({ saddle_numbness: true })).toEqual([]);
  });

  it('after an urgent yes asks only about a go-ahead; with one, its date and the rest', () => {
    expect(findSafetyProblems({ fever_unwell: true })).toEqual([{ field: 'safety', question: 'cleared_by_clinician' }]);
    expect(findSafetyProblems({ fever_unwell: true, cleared_by_clinician: false })).toEqual([]);
    const withGoAhead = findSafetyProblems({ fever_unwell: true, cleared_by_clinician: true });
    expect(withGoAhead).toContainEqual({ field: 'safety', question: 'clearedOn' });
    expect(withGoAhead).toContainEqual({ field: 'safety', question: 'heart_condition' });
    expect(findSafetyProblems({ ...allNo, fever_unwell: true, cleared_by_clinician: true, clearedOn: '2026-11-02' })).toEqual([]);
  });

  it('asks about clearance only after a clearance yes', () => {
    expect(findSafetyProblems(allNo)).toEqual([]);
    expect(findSafetyProblems({ ...allNo, heart_condition: true })).toEqual([
      { field: 'safety', question: 'cleared_by_clinician' },
    ]);
    expect(
      findSafetyProblems({ ...allNo, heart_condition: true, cleared_by_clinician: false }),
    ).toEqual([]);
  });

  it('drops a clearance answer that no longer applies', () => {
    expect(tidySafetyAnswers({ ...allNo, cleared_by_clinician: true, clearedOn: '2026-11-02' })).toEqual(allNo);
    expect(tidySafetyAnswers({ ...allNo, heart_condition: true, cleared_by_clinician: false, clearedOn: '2026-11-02' }))
      .toEqual({ ...allNo, heart_condition: true, cleared_by_clinician: false });
  });

  it('never passes on the time the screen was answered: the server sets it', () => {
    expect(tidySafetyAnswers({ ...allNo, screenedAt: '2026-11-02T10:00:00.000Z' })).toEqual(allNo);
  });
});

describe('completeProfile', () => {
  it('builds the profile from complete answers', () => {
    expect(completeProfile(complete)).toEqual(complete);
  });

  it('returns null while something required is missing', () => {
    expect(completeProfile({ ...complete, painToday: undefined })).toBeNull();
    expect(completeProfile({ ...complete, safety: {} })).toBeNull();
  });

  it('accepts a referral with the rest of the screen unanswered', () => {
    const profile = completeProfile({ ...complete, safety: { chest_pain_rest: true } });
    expect(profile?.safety).toEqual({ chest_pain_rest: true });
  });

  it('keeps optional age and goals only when given', () => {
    const goals = [{ activity: 'Gardening', score: 3 }];
    expect(completeProfile({ ...complete, age: 71, goals })).toMatchObject({ age: 71, goals });
    expect(completeProfile({ ...complete, goals: [] })).not.toHaveProperty('goals');
  });

  it('finds the first step to finish', () => {
    expect(findFirstIncompleteStep({})).toBe(INTAKE_STEPS.indexOf('mobility'));
    expect(findFirstIncompleteStep(complete)).toBe(INTAKE_STEPS.length - 1);
  });
});

describe('readGoalDrafts', () => {
  it('drops empty rows and reports half-filled ones', () => {
    const result = readGoalDrafts([
      { activity: ' Gardening ', score: 2 },
      { activity: '', score: null },
      { activity: 'Walk the dog', score: null },
      { activity: '', score: 5 },
    ]);
    expect(result.goals).toEqual([{ activity: 'Gardening', score: 2 }]);
    expect(result.incomplete).toEqual([2, 3]);
  });
});
