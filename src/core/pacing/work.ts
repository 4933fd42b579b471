/**
 * The mutable working copy one run of `updatePacing` moves through the days. Nothing outside the
 * run sees it: `updatePacing` clones the stored state in and plain JSON out.
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey } from './activity.js';
import { dayFromNumber } from './days.js';
import type { ExerciseLookup } from './lookup.js';
import type { Amount } from './messages.js';
import { NO_BOUNDS, type PacingBounds } from './prescribed.js';
import type { DayRecord, PacingChange, PacingCore, QuotaState, ReasonCode } from './types.js';

/** The state of one run: the core being changed, the changes made, and the day being applied. */
export interface Work {
  core: PacingCore;
  quotas: Map<ActivityKey, QuotaState>;
  changes: PacingChange[];
  lookup: ExerciseLookup;
  /** The day being applied, its usual pain, and the quota volumes at its start. */
  day: DayRecord;
  dayNo: number;
  /** `daysAgo` answers for the day being applied, by number of days. */
  ago: LocalDate[];
  usual: number | null;
  planned: Map<ActivityKey, number>;
  /** Each quota's value at the start of the day being applied. */
  began: Map<ActivityKey, number>;
  observeDay?: ((day: LocalDate, planned: ReadonlyMap<ActivityKey, number>) => void) | undefined;
  /** The person's minutes a day, when known: the session quota's start and ceiling. */
  dayMinutes?: number | undefined;
  /** A clinician's sets, caps and rise (issue 11). */
  bounds: PacingBounds;
}

/** Starts a working copy over a cloned core. */
export function startWork(core: PacingCore, lookup: ExerciseLookup, observeDay?: Work['observeDay'], dayMinutes?: number, bounds: PacingBounds = NO_BOUNDS): Work {
  // Stored quotas are already in activity order.
  const quotas = new Map(core.quotas.map((q) => [q.activity, q]));
  return {
    core,
    quotas,
    changes: [],
    lookup,
    day: emptyDay(''),
    dayNo: 0,
    ago: [],
    usual: null,
    planned: new Map(),
    began: new Map(),
    observeDay,
    dayMinutes,
    bounds,
  };
}

/** The calendar day `days` days before the day being applied. */
export function daysAgo(work: Work, days: number): LocalDate {
  if (days < 0) return dayFromNumber(work.dayNo - days);
  return (work.ago[days] ??= dayFromNumber(work.dayNo - days));
}

/** A day with nothing in it yet. */
export function emptyDay(day: LocalDate): DayRecord {
  return {
    day,
    pains: [],
    checkedIn: false,
    flare: false,
    active: false,
    sessions: [],
    activities: {},
  };
}

/** Adds a new quota, keeping the map in activity order so that every run walks quotas alike. */
export function addQuota(work: Work, quota: QuotaState): void {
  work.quotas.set(quota.activity, quota);
  const sorted = [...work.quotas.values()].sort((a, b) => (a.activity < b.activity ? -1 : 1));
  work.quotas = new Map(sorted.map((q) => [q.activity, q]));
}

/** Writes the quotas back into the core, in activity order. */
export function finishWork(work: Work): PacingCore {
  work.core.quotas = [...work.quotas.values()];
  return work.core;
}

/** A quota's dose as a person reads it. */
export function amountOf(quota: QuotaState): Amount {
  return { value: quota.value, sets: quota.sets };
}

/** How much a quota asks for in a day: minutes, or reps over all sets. */
export function volumeOf(quota: QuotaState): number {
  return quota.value * (quota.sets ?? 1);
}

/** True for the quotas of strength chains. */
export function isStrength(quota: Pick<QuotaState, 'activity'>): boolean {
  return quota.activity.startsWith('strength:');
}

/** Appends a change to the log, dated on the day being applied. */
export function recordChange(
  work: Work,
  quota: QuotaState,
  code: ReasonCode,
  from: number | null,
  message: string,
) {
  work.changes.push({
    at: work.day.day,
    activity: quota.activity,
    unit: quota.unit,
    from,
    to: quota.value,
    code,
    message,
  });
}
