/**
 * The daily check-in (CLINICAL.md §4): pain 0-10 now (the numeric rating scale, LOINC 72514-3)
 * and optional detail. Scales run 0-10; for some a high number is good, for others bad.
 */
import { addDays, listDays, type LocalDate } from './calendar.js';
import type { CheckinDetail, JournalRegion } from './journal/detail.js';

export const CHECKIN_SCALES = ['stiffness', 'sleep', 'mood', 'energy', 'stress'] as const;
export type CheckinScale = (typeof CHECKIN_SCALES)[number];

/** Which end of each 0-10 scale is the good one, so screens can label both ends plainly. */
export const SCALE_DIRECTION = {
  stiffness: 'higher_is_worse',
  sleep: 'higher_is_better',
  mood: 'higher_is_better',
  energy: 'higher_is_better',
  stress: 'higher_is_worse',
} as const satisfies Record<CheckinScale, 'higher_is_better' | 'higher_is_worse'>;

export const NOTES_MAX_LENGTH = 2000;

/** A saved check-in. */
export interface Checkin {
  id: string;
  at: string;
  localDate: LocalDate;
  pain: number;
  flare: boolean;
  areas: JournalRegion[];
  stiffness: number | null;
  sleep: number | null;
  mood: number | null;
  energy: number | null;
  stress: number | null;
  notes: string | null;
  /** The optional detail (issue 14), or null when none was given. */
  detail: CheckinDetail | null;
}

/**
 * A check-in as it leaves Pacewise (the JSON export, CSV and FHIR read it): the saved fields with
 * its weekly PEG, if one was given in it, and whether it reported something new.
 */
export interface ExportedCheckin extends Omit<Checkin, 'areas'> {
  areas: readonly string[];
  peg: { pain: number; enjoyment: number; activity: number } | null;
  somethingNew: boolean;
}

/** One day of the history chart: no entry is `null`, never zero. */
export interface DailyPain {
  day: LocalDate;
  meanPain: number | null;
  maxPain: number | null;
  entries: number;
  flare: boolean;
}

/** True when the person has logged at least one check-in on their calendar day `today`. */
export function hasCheckedInOn(checkins: readonly Pick<Checkin, 'localDate'>[], today: LocalDate) {
  return checkins.some((c) => c.localDate === today);
}

/** Summarises check-ins into one row per calendar day from `from` to `to`, gaps kept as gaps. */
export function summarizeDailyPain(
  checkins: readonly Pick<Checkin, 'localDate' | 'pain' | 'flare'>[],
  from: LocalDate,
  to: LocalDate,
): DailyPain[] {
  const byDay = new Map<LocalDate, { sum: number; max: number; n: number; flare: boolean }>();
  for (const c of checkins) {
    const acc = byDay.get(c.localDate) ?? { sum: 0, max: 0, n: 0, flare: false };
    acc.sum += c.pain;
    acc.max = Math.max(acc.max, c.pain);
    acc.n += 1;
    acc.flare ||= c.flare;
    byDay.set(c.localDate, acc);
  }
  return listDays(from, to).map((day) => {
    const acc = byDay.get(day);
    if (!acc) return { day, meanPain: null, maxPain: null, entries: 0, flare: false };
    const meanPain = Math.round((acc.sum / acc.n) * 10) / 10;
    return { day, meanPain, maxPain: acc.max, entries: acc.n, flare: acc.flare };
  });
}

/** The first day of a window of `days` days that ends on `today`. */
export function windowStart(today: LocalDate, days: number): LocalDate {
  return addDays(today, -(days - 1));
}

/** The PEG is asked once a week (CLINICAL.md §4): due when none was answered in the last 7 days. */
export function isPegDue(
  checkins: readonly { localDate: LocalDate; peg: unknown }[],
  today: LocalDate,
): boolean {
  const since = addDays(today, -6);
  return !checkins.some((c) => c.peg !== null && c.peg !== undefined && c.localDate >= since && c.localDate <= today);
}

/**
 * The pain to plan today with: the latest check-in of today when there is one, otherwise the
 * answer given at intake (the planner gives a day of pain 8 or more its gentle version).
 */
export function painTodayOf(
  checkins: readonly { localDate: LocalDate; at: string; pain: number }[],
  today: LocalDate,
  intakePain: number,
): number {
  return latestPainOn(checkins, today) ?? intakePain;
}

/** The pain of the latest check-in on `day`, or null when there is none. */
export function latestPainOn(checkins: readonly { localDate: LocalDate; at: string; pain: number }[], day: LocalDate): number | null {
  let latest: { at: string; pain: number } | null = null;
  for (const c of checkins) if (c.localDate === day && (latest === null || c.at > latest.at)) latest = c;
  return latest?.pain ?? null;
}
