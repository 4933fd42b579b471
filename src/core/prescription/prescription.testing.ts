/** For the prescription's tests: adjustments of each kind, set by Lena on a given day. */
import type { LocalDate } from '../calendar.js';
import type { DayNumber } from '../planner/plan.js';
import type {
  DoseAdjustment,
  ExcludeAdjustment,
  GoAheadAdjustment,
  GoAheadCover,
  IncludeAdjustment,
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
