/** For the prescription's tests: adjustments of each kind, set by Lena on a given day, and random prescriptions. */
import fc from 'fast-check';
import type { LocalDate } from '../calendar.js';
import { BUILTIN_EXERCISES } from '../library/catalog.js';
import type { Exercise } from '../library/exercise.js';
import type { DayNumber } from '../planner/plan.js';
import type {
  Adjustment,
  DoseAdjustment,
  ExcludeAdjustment,
  GoAheadAdjustment,
  GoAheadCover,
  IncludeAdjustment,
  Prescription,
  PrescribedDose,
  QuotaAdjustment,
  RiseAdjustment,
  SuitabilityRule,
  WeekAdjustment,
} from './types.js';
import type { ActivityKey } from '../pacing/activity.js';

/** The day Lena sets things on, unless told: the Saturday before the test week. */
export const SET_ON: LocalDate = '2025-03-01';

const by = (on: LocalDate) => ({ clinicianId: 'lena', name: 'Lena', on, at: `${on}T10:00:00.000Z` });

/** An exclude. */
export const exclude = (id: string, exerciseId: string, on = SET_ON): ExcludeAdjustment => ({ id, kind: 'exclude', exerciseId, setBy: by(on), reason: null });

/** An include pinned to days, with its dose and confirmed rules when given. */
export const include = (
  id: string,
  exerciseId: string,
  days: DayNumber[],
  extra: { dose?: PrescribedDose; confirmedRules?: SuitabilityRule[]; on?: LocalDate } = {},
): IncludeAdjustment => ({
  id, kind: 'include', exerciseId, days, confirmedRules: extra.confirmedRules ?? [], setBy: by(extra.on ?? SET_ON),
  reason: extra.confirmedRules?.length ? 'I have seen this one done well in clinic.' : null,
  ...(extra.dose ? { dose: extra.dose } : {}),
});

/** A dose set or cap. */
export const dose = (id: string, exerciseId: string, mode: 'set' | 'cap', amount: PrescribedDose, on = SET_ON): DoseAdjustment => ({
  id, kind: 'dose', exerciseId, mode, dose: amount, setBy: by(on), reason: null,
});

/** A quota set. */
export const quota = (id: string, activity: ActivityKey, value: number, on = SET_ON, sets?: number): QuotaAdjustment => ({
  id, kind: 'quota', activity, value, setBy: by(on), reason: null, ...(sets === undefined ? {} : { sets }),
});

/** A weekly rise, for one activity or all. */
export const rise = (id: string, weeklyRise: number, activity?: ActivityKey, on = SET_ON): RiseAdjustment => ({
  id, kind: 'rise', weeklyRise, setBy: by(on), reason: null, ...(activity ? { activity } : {}),
});

/** The person's week. */
export const week = (id: string, minutesPerDay?: number, daysPerWeek?: number, on = SET_ON): WeekAdjustment => ({
  id, kind: 'week', setBy: by(on), reason: null,
  ...(minutesPerDay === undefined ? {} : { minutesPerDay }),
  ...(daysPerWeek === undefined ? {} : { daysPerWeek }),
});

/** A go-ahead. */
export const goAhead = (id: string, covers: GoAheadCover[], on = SET_ON): GoAheadAdjustment => ({ id, kind: 'go_ahead', covers, setBy: by(on), reason: null });

const idsOf = (pillar: Exercise['pillar']) => BUILTIN_EXERCISES.filter((e) => e.pillar === pillar).map((e) => e.id);
const anyExercise = fc.constantFrom(...BUILTIN_EXERCISES.map((e) => e.id));
const dayNumber = fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const);

/** A random prescription: excludes, an include, caps, a rise, sometimes a week and a go-ahead. */
export const arbitraryPrescription: fc.Arbitrary<Prescription> = fc
  .record({
    excluded: fc.uniqueArray(anyExercise, { maxLength: 3 }),
    included: fc.option(fc.record({ id: anyExercise, days: fc.uniqueArray(dayNumber, { minLength: 1, maxLength: 3 }), confirm: fc.boolean() })),
    aerobicCap: fc.option(fc.record({ id: fc.constantFrom(...idsOf('aerobic')), minutes: fc.integer({ min: 2, max: 20 }) })),
    strengthCap: fc.option(fc.record({ id: fc.constantFrom(...idsOf('strengthening')), reps: fc.integer({ min: 3, max: 15 }), sets: fc.integer({ min: 1, max: 2 }) })),
    stretchSet: fc.option(fc.record({ id: fc.constantFrom(...idsOf('stretching')), holdSeconds: fc.integer({ min: 10, max: 60 }), reps: fc.integer({ min: 1, max: 4 }) })),
    weeklyRise: fc.option(fc.constantFrom(0, 0.05, 0.1, 0.2)),
    week: fc.option(fc.record({ minutes: fc.integer({ min: 5, max: 90 }), days: fc.integer({ min: 1, max: 7 }) })),
    goAhead: fc.boolean(),
  })
  .map((r): Prescription => {
    const list: Adjustment[] = r.excluded.map((id, i) => exclude(`x${i}`, id));
    if (r.included) list.push(include('in', r.included.id, r.included.days, r.included.confirm ? { confirmedRules: ['position', 'limbs', 'equipment', 'condition', 'crps_limb'] } : {}));
    if (r.aerobicCap) list.push(dose('capA', r.aerobicCap.id, 'cap', { minutes: r.aerobicCap.minutes }));
    if (r.strengthCap) list.push(dose('capS', r.strengthCap.id, 'cap', { reps: r.strengthCap.reps, sets: r.strengthCap.sets }));
    if (r.stretchSet) list.push(dose('setS', r.stretchSet.id, 'set', { holdSeconds: r.stretchSet.holdSeconds, reps: r.stretchSet.reps }));
    if (r.weeklyRise !== null) list.push(rise('rise', r.weeklyRise));
    if (r.week) list.push(week('week', r.week.minutes, r.week.days));
    if (r.goAhead) list.push(goAhead('go', ['clearance', 'urgent', 'stop_sign']));
    return list;
  });

