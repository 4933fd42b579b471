/**
 * The sentences of a prescription. Dimensions: every adjustment kind (and both dose modes, a
 * held and a slower rise, strength and session quotas) for the clinician's line and the person's
 * sentence; every outcome, for a whole change and per day; days in week order; unknown names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_OUTCOMES, type Adjustment, type PrescribedChange } from '../../../core/prescription/types.js';
import type { DayNumber } from '../../../core/planner/plan.js';
import { prescriptionMessages } from './messages.js';
import {
  describeAdjustment,
  describeDays,
  describeOutcomes,
  describePrescribedDose,
  describeRule,
  describeSetBy,
  outcomesById,
  exerciseIdsOf,
  type ExerciseName,
} from './prescription-words.js';

const w = prescriptionMessages.en.words;
const LIBRARY: Record<string, ExerciseName> = {
  'wall-push-up': { name: 'Wall push-up', pillar: 'strengthening' },
  'walk-outdoors-flat': { name: 'Walking on the flat', pillar: 'aerobic' },
  'sit-to-stand': { name: 'Sit-to-stand', pillar: 'strengthening' },
  'breathing-belly': { name: 'Belly breathing', pillar: 'mind_body' },
};
const names = (id: string) => LIBRARY[id];
const base = { id: 'a1', setBy: { clinicianId: 'c1', name: 'Lena', on: '2026-05-03', at: '2026-05-03T09:00:00.000Z' }, reason: null };

const cases: [string, Adjustment, string, string][] = [
  ['include with days', { ...base, kind: 'include', exerciseId: 'wall-push-up', days: [4, 1], confirmedRules: [] }, 'Wall push-up on Monday and Thursday', 'add the wall push-up on Monday and Thursday'],
  ['include with a dose', { ...base, kind: 'include', exerciseId: 'sit-to-stand', days: [1, 3, 5], dose: { sets: 2, reps: 8 }, confirmedRules: [] }, 'Sit-to-stand on Monday, Wednesday and Friday, 2 sets of 8', 'add the sit-to-stand on Monday, Wednesday and Friday, 2 sets of 8'],
  ['include every day', { ...base, kind: 'include', exerciseId: 'breathing-belly', days: [1, 2, 3, 4, 5, 6, 7], confirmedRules: [] }, 'Belly breathing on every day', 'add belly breathing on every day'],
  ['exclude', { ...base, kind: 'exclude', exerciseId: 'wall-push-up' }, 'Wall push-up: left out', 'leave out the wall push-up'],
  ['dose cap', { ...base, kind: 'dose', exerciseId: 'walk-outdoors-flat', mode: 'cap', dose: { minutes: 15 } }, 'Walking on the flat: at most 15 minutes', 'keep walking on the flat to at most 15 minutes'],
  ['dose set', { ...base, kind: 'dose', exerciseId: 'wall-push-up', mode: 'set', dose: { sets: 1, reps: 10, holdSeconds: 2 } }, 'Wall push-up: 1 set of 10, holding 2 seconds', 'do the wall push-up as 1 set of 10, holding 2 seconds'],
  ['session quota', { ...base, kind: 'quota', activity: 'session', value: 20 }, 'The day’s minutes: starts at 20 minutes', 'start your day’s minutes at 20 minutes'],
  ['aerobic quota', { ...base, kind: 'quota', activity: 'aerobic:walking', value: 10 }, 'Walking: starts at 10 minutes', 'start walking at 10 minutes'],
  ['strength quota', { ...base, kind: 'quota', activity: 'strength:sit-to-stand', value: 8, sets: 2 }, 'Sit-to-stand: starts at 2 sets of 8', 'start the sit-to-stand at 2 sets of 8'],
  ['slower rise', { ...base, kind: 'rise', weeklyRise: 0.05 }, 'Weekly rise: 5 % instead of 10 %', 'let your amounts grow by 5 % a week instead of 10 %'],
  ['held rise for walking', { ...base, kind: 'rise', activity: 'aerobic:walking', weeklyRise: 0 }, 'Walking, weekly rise: none for now (held)', 'hold walking where it is for now'],
  ['week', { ...base, kind: 'week', minutesPerDay: 20, daysPerWeek: 4 }, 'Week: 20 minutes a day and 4 days a week', 'plan 20 minutes a day and 4 days a week'],
  ['week, days only', { ...base, kind: 'week', daysPerWeek: 1 }, 'Week: 1 day a week', 'plan 1 day a week'],
  ['go-ahead', { ...base, kind: 'go_ahead', covers: ['clearance', 'stop_sign'] }, 'Go-ahead for the answers that ask for a clinician’s clearance and a stop sign in a session', 'give you the go-ahead to move, covering the answers that ask for a clinician’s clearance and a stop sign in a session'],
];

describe('the sentences of an adjustment', () => {
  it.each(cases)('%s', (_name, adjustment, line, person) => {
    expect(describeAdjustment(adjustment, names, w)).toBe(line);
    expect(describeSetBy(adjustment, '3 May', names, w)).toBe(`Set by Lena on 3 May: ${person}.`);
  });

  it('names an exercise it cannot find plainly, never by its id', () => {
    const gone: Adjustment = { ...base, kind: 'exclude', exerciseId: 'my-own-stretch' };
    expect(describeAdjustment(gone, names, w)).toBe('An exercise no longer in the library: left out');
    expect(describeSetBy(gone, '3 May', names, w)).not.toContain('my-own-stretch');
  });

  it('writes every kind of adjustment without an empty part', () => {
    for (const [, adjustment] of cases) expect(describeAdjustment(adjustment, names, w)).not.toMatch(/undefined|null|: $|, $/);
  });
});

describe('days and doses', () => {
  it('lists days in week order, once each', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<DayNumber>(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }), (days) => {
        const text = describeDays(days, w);
        const unique = [...new Set(days)].sort((a, b) => a - b);
        if (unique.length === 7) return text === 'every day';
        const positions = unique.map((d) => text.indexOf(w.days[d - 1] ?? ''));
        return positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
      }),
    );
  });

  it.each([
    [{ sets: 2 }, '2 sets'],
    [{ reps: 10 }, '10 repetitions'],
    [{ holdSeconds: 30 }, 'holding 30 seconds'],
    [{ minutes: 1 }, '1 minute'],
    [{}, null],
  ])('%j reads "%s"', (dose, text) => {
    expect(describePrescribedDose(dose, w)).toBe(text);
  });
});

describe('what became of a change this week', () => {
  const include: Adjustment = { ...base, kind: 'include', exerciseId: 'wall-push-up', days: [1, 4], confirmedRules: [] };

  it.each(ADJUSTMENT_OUTCOMES.map((outcome) => [outcome]))('the whole change: %s', (outcome) => {
    const change: PrescribedChange = { adjustment: include, outcome };
    expect(describeOutcomes(change, w)).toEqual([w.outcomes[outcome]]);
  });

  it.each(ADJUSTMENT_OUTCOMES.filter((o) => o !== 'applied').map((outcome) => [outcome]))('one day waits: %s', (outcome) => {
    const change: PrescribedChange = { adjustment: include, outcome: 'applied', days: [{ day: 4, outcome }, { day: 1, outcome: 'applied' }] };
    const lines = describeOutcomes(change, w);
    expect(lines).toEqual([w.dayOutcomes[outcome]('Thursday')]);
  });

  it('says a flare-up day plainly', () => {
    const change: PrescribedChange = { adjustment: include, outcome: 'applied', days: [{ day: 1, outcome: 'applied' }, { day: 4, outcome: 'waits_flare' }] };
    expect(describeOutcomes(change, w)).toEqual(['Not this week: Thursday is a gentle day after your flare-up.']);
  });

  it('says a rise or a cap in force is in place, not "in your week"', () => {
    const rise: Adjustment = { ...base, kind: 'rise', weeklyRise: 0.05 };
    expect(describeOutcomes({ adjustment: rise, outcome: 'applied' }, w)).toEqual(['In place this week.']);
  });

  it('says "in your week" when every day is in', () => {
    const change: PrescribedChange = { adjustment: include, outcome: 'applied', days: [{ day: 1, outcome: 'applied' }, { day: 4, outcome: 'applied' }] };
    expect(describeOutcomes(change, w)).toEqual(['In your week.']);
  });
});

describe('what the patient reads, by adjustment', () => {
  it('maps each change of the week to its lines, and nothing without a prescription', () => {
    const rise: Adjustment = { ...base, id: 'r1', kind: 'rise', weeklyRise: 0.05 };
    expect([...outcomesById([{ adjustment: rise, outcome: 'applied' }], w)]).toEqual([['r1', ['In place this week.']]]);
    expect(outcomesById(undefined, w).size).toBe(0);
  });
});

describe('the exercises a prescription names', () => {
  it('collects exercise ids and strength activities once each', () => {
    const list: Adjustment[] = [
      { ...base, kind: 'exclude', exerciseId: 'wall-push-up' },
      { ...base, kind: 'dose', exerciseId: 'wall-push-up', mode: 'cap', dose: { reps: 8 } },
      { ...base, kind: 'quota', activity: 'strength:sit-to-stand', value: 8 },
      { ...base, kind: 'rise', activity: 'aerobic:walking', weeklyRise: 0.05 },
      { ...base, kind: 'week', minutesPerDay: 20 },
    ];
    expect(exerciseIdsOf(list)).toEqual(['wall-push-up', 'sit-to-stand']);
  });
});

describe('the rules an exercise fails, in plain words', () => {
  it.each<[Parameters<typeof describeRule>[0], string[], string]>([
    ['position', ['floor'], 'Bridge is done on the floor, and Walter said they cannot get down to the floor.'],
    ['position', ['lying', 'floor'], 'Bridge is done lying down or on the floor, a position Walter’s answers rule out.'],
    ['limbs', ['floor'], 'Bridge works a limb Walter said they do not use.'],
    ['equipment', ['floor'], 'Bridge needs equipment Walter did not say they have.'],
    ['condition', ['floor'], 'Bridge is marked unsuitable for a condition Walter has.'],
    ['crps_limb', ['floor'], 'Bridge stretches or loads the limb where Walter has CRPS.'],
  ])('%s (%j)', (rule, positions, text) => {
    expect(describeRule(rule, { name: 'Bridge', positions: positions as ('floor' | 'lying')[] }, 'Walter', w)).toBe(text);
  });
});
