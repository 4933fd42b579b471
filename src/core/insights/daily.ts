/**
 * The journal as one row per calendar day from `from` to `to`: the day's mean of each scale,
 * its minutes of activity and its plan. Days are plain integers (offsets from `from`), so ten
 * years of days cost no Date objects.
 */
import type { LocalDate } from '../calendar.js';
import { dayFromNumber, dayNumber } from '../pacing/days.js';
import { hasPlanOn, isOverQuota, type DayDone } from './planned.js';
import type { InsightsCheckin, InsightsInput, InsightsSession, TrendScale } from './types.js';

/** One calendar day of the journal; a scale nobody rated that day is null, never zero. */
export interface JournalDay {
  day: LocalDate;
  /** Mean of the day's check-ins, per scale. */
  scales: Record<TrendScale, number | null>;
  flare: boolean;
  checkins: number;
  sessions: number;
  minutes: number;
  /** Minutes planned that day, when the plan is known. */
  planned: number | null;
  /** A plan or a pacing quota applied that day. */
  hasPlan: boolean;
  /** Above 150 % of what was planned (planned.ts); null when nothing planned speaks to what was done. */
  overQuota: boolean | null;
}

/** The journal by day, with the check-ins (by day, hour) and sessions (by day) in range. */
export interface Journal {
  firstDay: number;
  days: JournalDay[];
  checkins: InsightsCheckin[];
  sessions: InsightsSession[];
}

const SCALE_KEYS = ['sleep', 'mood', 'energy', 'stiffness', 'stress'] as const;

/** True when a day falls inside the input's range. */
export function isInRange(day: LocalDate, input: Pick<InsightsInput, 'from' | 'to'>): boolean {
  return day >= input.from && day <= input.to;
}

/** Builds the daily journal of an input: check-ins averaged per day, sessions summed per day. */
export function buildJournal(input: InsightsInput): Journal {
  const firstDay = dayNumber(input.from);
  const count = Math.max(0, dayNumber(input.to) - firstDay + 1);
  const checkins = inTimeOrder(
    input.checkins.filter((c) => isInRange(c.localDate, input)),
    byDayAndHour,
  );
  const sessions = inTimeOrder(
    input.sessions.filter((s) => isInRange(s.localDate, input)),
    byDay,
  );
  const sums = sumCheckins(checkins, firstDay, count);
  const activity = sumSessions(sessions, firstDay, count);
  const days = sums.map((acc, i): JournalDay => {
    const day = dayFromNumber(firstDay + i);
    const planned = input.plannedByDay?.[day];
    const quotas = input.quotasByDay?.get(day);
    return {
      day,
      scales: toScales(acc),
      flare: acc.flare,
      checkins: acc.n,
      sessions: activity[i]!.sessions,
      minutes: activity[i]!.minutes,
      planned: planned === undefined ? null : planned,
      hasPlan: hasPlanOn(planned, quotas),
      overQuota: isOverQuota(activity[i]!, planned, quotas),
    };
  });
  return { firstDay, days, checkins, sessions };
}

function sumSessions(sessions: readonly InsightsSession[], firstDay: number, count: number) {
  const activity = Array.from({ length: count }, (): DayDone => ({ sessions: 0, minutes: 0, aerobic: null }));
  for (const s of sessions) {
    const acc = activity[dayNumber(s.localDate) - firstDay]!;
    acc.sessions++;
    acc.minutes += s.minutes;
    if (!s.aerobic) continue;
    const aerobic = (acc.aerobic ??= {});
    for (const key in s.aerobic) aerobic[key] = (aerobic[key] ?? 0) + s.aerobic[key]!;
  }
  return activity;
}

/** Orders rows by calendar day. */
export const byDay = (a: { localDate: LocalDate }, b: { localDate: LocalDate }) =>
  a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0;
/** Orders check-ins by day, then hour. */
export const byDayAndHour = (a: InsightsCheckin, b: InsightsCheckin) =>
  byDay(a, b) || a.localHour - b.localHour;

/** Sorts in place (stably) only when needed: rows read from storage usually come in order. */
export function inTimeOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++)
    if (compare(list[i - 1]!, list[i]!) > 0) return list.sort(compare);
  return list;
}

interface DaySums {
  n: number;
  pain: number;
  flare: boolean;
  scale: Record<(typeof SCALE_KEYS)[number], { sum: number; n: number }>;
}

function sumCheckins(checkins: readonly InsightsCheckin[], firstDay: number, count: number) {
  const sums = Array.from({ length: count }, (): DaySums => ({
    n: 0,
    pain: 0,
    flare: false,
    scale: emptySums(),
  }));
  for (const c of checkins) {
    const acc = sums[dayNumber(c.localDate) - firstDay]!;
    acc.n++;
    acc.pain += c.pain;
    acc.flare ||= c.flare;
    for (const key of SCALE_KEYS) {
      const v = c[key];
      if (v === null) continue;
      acc.scale[key].sum += v;
      acc.scale[key].n++;
    }
  }
  return sums;
}

function toScales(acc: DaySums): Record<TrendScale, number | null> {
  const mean = (s: { sum: number; n: number }) => (s.n > 0 ? s.sum / s.n : null);
  return {
    pain: acc.n > 0 ? acc.pain / acc.n : null,
    sleep: mean(acc.scale.sleep),
    mood: mean(acc.scale.mood),
    energy: mean(acc.scale.energy),
    stiffness: mean(acc.scale.stiffness),
    stress: mean(acc.scale.stress),
  };
}

function emptySums(): DaySums['scale'] {
  return {
    sleep: { sum: 0, n: 0 },
    mood: { sum: 0, n: 0 },
    energy: { sum: 0, n: 0 },
    stiffness: { sum: 0, n: 0 },
    stress: { sum: 0, n: 0 },
  };
}

/** The number of distinct days with at least one check-in. */
export function countCheckinDays(journal: Journal): number {
  return journal.days.reduce((n, d) => n + (d.checkins > 0 ? 1 : 0), 0);
}
