/**
 * The numbers of pacing (CLINICAL.md §3), as small pure functions. Sources are in
 * research/clinical-sources.md §9.1-9.2: baseline and quota from I-Engage and eTG (Therapeutic
 * Guidelines Australia); flare handling from the Cumbria NHS and Cambridge University Hospitals
 * leaflets; quota-contingent pacing from Fordyce and Sternbach. These are consensus practice from
 * clinical education material, not doses tested in trials.
 */
import type { LocalDate } from '../calendar.js';
import type { QuotaUnit } from './activity.js';
import type { DayRecord } from './types.js';

/** The constants of CLINICAL.md §3, plus the choices it leaves open (marked "ours"). */
export const PACING = {
  /** I-Engage, eTG: measure the activity on about 3 occasions and take the mean. */
  baselineEfforts: 3,
  /** I-Engage, eTG: start 20 % below the baseline. */
  startFraction: 0.8,
  /** I-Engage: +10 % a week; at least one unit, so small quotas can move at all. */
  weeklyGrowth: 1.1,
  /** CLINICAL.md §3: at quota on at least 3 of the last 7 days, all calm. */
  calmDaysForProgress: 3,
  /** Ours: when the plan asks for an activity on fewer than 3 days, every one of those days. */
  minCalmDaysWhenPlanned: 1,
  reviewEveryDays: 7,
  /** A session is calm when pain rose by at most 2 and the next day's check-in is at most usual + 1. */
  calmRiseMax: 2,
  settledAboveUsual: 1,
  /** A check-in at usual + 3 or more is a flare. */
  flareAboveUsual: 3,
  /** Usual pain: the median over the 7 days before of one value per day (its highest); ours: at least 3 such days. */
  usualWindowDays: 7,
  usualMinCheckins: 3,
  /** Cumbria NHS: halve, for 2-3 days at most. Ours: 3 calendar days, restarted by a new sign. */
  flareFraction: 0.5,
  flareDays: 3,
  /** Ours: rebuild in at most 4 active days, a quarter of the gap each. */
  rebuildSteps: 4,
  /** CLINICAL.md §3 boom-bust: over 150 %, then within 2 days a flare or a day under 50 %. */
  boomRatio: 1.5,
  bustRatio: 0.5,
  bustWithinDays: 2,
  /** Two "too hard" in a row eases the item: aerobic by 10 %. */
  tooHardInARow: 2,
  easeFraction: 0.9,
  /** CLINICAL.md §2: 1-2 sets of 10-15 reps; ours: a new variant or set starts at the start-small 8 reps. */
  topReps: 15,
  resetReps: 8,
  maxSets: 2,
  /** Ours: a ceiling, so pacing hands over to the person and their therapist (90 = most minutes a day at intake). */
  maxAerobicMinutes: 60,
  maxSessionMinutes: 90,
  /** CLINICAL.md §3 "after a break": 14 days without a session restart quotas at half, then rebuild. */
  breakDays: 14,
  breakFraction: 0.5,
} as const;

/**
 * CLINICAL.md §3: before a baseline, start small — aerobic 5 minutes, strength 1 set of 8 reps;
 * and (ours) a day of at most 30 minutes of practice, however many minutes a person has, which
 * grows by the weekly rule while their days are done as planned and calm.
 */
export const START_SMALL = { minutes: 5, reps: 8, sets: 1, sessionMinutes: 30 } as const;

/** CLINICAL.md §3: a quota is never below 2 minutes or 3 reps. */
export function floorOf(unit: QuotaUnit): number {
  return unit === 'minutes' ? 2 : 3;
}

// Products like 0.8 × 35 land a hair off the integer; this keeps floor() honest.
const EPSILON = 1e-9;

/** The start quota: 80 % of the baseline, rounded down, at least the floor. */
export function startQuota(baseline: number, unit: QuotaUnit): number {
  return Math.max(floorOf(unit), Math.floor(baseline * PACING.startFraction + EPSILON));
}

/**
 * One week's progress: × 1.10 rounded down, at least one unit more. A clinician's rise (issue 11)
 * gives another `growth`; 1 (a rise of 0) holds.
 */
export function progressedValue(value: number, growth: number = PACING.weeklyGrowth): number {
  if (growth <= 1) return value;
  return Math.max(value + 1, Math.floor(value * growth + EPSILON));
}

/** A flare halves a quota, rounded down, never below the floor and never above where it was. */
export function halvedValue(value: number, unit: QuotaUnit): number {
  return Math.min(value, Math.max(floorOf(unit), Math.floor(value * PACING.flareFraction)));
}

/** One rebuild step: a quarter of the gap back to the pre-flare quota, at least one unit. */
export function rebuildStepSize(target: number, halved: number): number {
  return Math.max(1, Math.ceil((target - halved) / PACING.rebuildSteps));
}

/** "Too hard" twice: 10 % less, at least one unit less, never below the floor nor above where it was. */
export function easedValue(value: number, unit: QuotaUnit): number {
  const eased = Math.min(value - 1, Math.floor(value * PACING.easeFraction + EPSILON));
  return Math.min(value, Math.max(floorOf(unit), eased));
}

/** The middle value (mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : medianInPlace([...values]);
}

function medianInPlace(sorted: number[]): number {
  // Insertion sort: a week of ratings is a handful of numbers, and this allocates nothing.
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i] as number;
    let j = i - 1;
    for (; j >= 0 && (sorted[j] as number) > value; j--) sorted[j + 1] = sorted[j] as number;
    sorted[j + 1] = value;
  }
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The person's usual pain before `day`: the median, over the days from `first` (7 days before),
 * of one value per day — that day's highest — or null with fewer than 3 days checked in. Twelve
 * check-ins on one day weigh as one day: they can neither hide a flare nor invent one.
 */
export function usualPain(
  days: readonly DayRecord[],
  day: LocalDate,
  first: LocalDate,
): number | null {
  const highs: number[] = [];
  // A plain loop: this runs once for every replayed day.
  for (const record of days) {
    if (record.day < first || record.day >= day || record.pains.length === 0) continue;
    let high = 0;
    for (const pain of record.pains) high = Math.max(high, pain);
    highs.push(high);
  }
  return highs.length >= PACING.usualMinCheckins ? medianInPlace(highs) : null;
}

/** True when a day's volume is a boom: more than 150 % of the quota. */
export function isBoom(volume: number, planned: number): boolean {
  return planned > 0 && volume > planned * PACING.boomRatio;
}

/** True when a measured day is a bust: under 50 % of the quota. */
export function isBust(volume: number, planned: number): boolean {
  return volume < planned * PACING.bustRatio;
}

/** The highest quota pacing plans for a unit and activity kind. */
export function ceilingOf(unit: QuotaUnit, isSession: boolean): number {
  if (unit !== 'minutes') return PACING.topReps;
  return isSession ? PACING.maxSessionMinutes : PACING.maxAerobicMinutes;
}
