/**
 * The shape of the week: which days are active, where strength goes, which days are flare days
 * and at what time of day each pillar happens.
 */
import { addDays, type LocalDate } from '../calendar.js';
import type { Pillar } from '../library/exercise.js';
import type { PacingView } from '../pacing/activity.js';
import { TIMES_OF_DAY } from '../profile.js';
import { DAY_NUMBERS, type DayNumber, type Slot } from './plan.js';

// Active days spread out with rest between them; Monday, Wednesday and Friday are always in
// from three days up, so strength can sit on them.
const ACTIVE_DAY_PATTERNS: Record<number, readonly DayNumber[]> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 3, 5, 7],
  5: [1, 2, 3, 5, 6],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};

/** Strength at most 3 days a week (CLINICAL.md §2; ACSM 2011, 2-3 days). */
export const MAX_STRENGTH_DAYS = 3;
/** A flare from pacing lasts this many days from today (§3: 2-3 days). */
export const FLARE_LENGTH_DAYS = 3;
/** Pain today at or above this turns today into its flare version. */
export const FLARE_PAIN = 8;

// Where each pillar goes among the preferred times: stretching eases the morning, strength and
// aerobic sit when the body is warm, mind-body practice winds the day down.
const SLOT_ORDER: Record<Pillar, readonly Slot[]> = {
  stretching: ['morning', 'midday', 'evening'],
  aerobic: ['midday', 'morning', 'evening'],
  strengthening: ['midday', 'evening', 'morning'],
  mind_body: ['evening', 'midday', 'morning'],
};

/** The active days for a number of days per week, spread out. */
export function chooseActiveDays(daysPerWeek: number): DayNumber[] {
  const count = Math.min(7, Math.max(1, Math.floor(daysPerWeek)));
  return [...(ACTIVE_DAY_PATTERNS[count] ?? DAY_NUMBERS)];
}

/**
 * Strength days: at most 3, never two in a row. Sunday and the next Monday count as two in a
 * row too, so strength never lands on both day 7 and day 1; `afterStrengthSunday` (last week
 * ended with strength) keeps this Monday free.
 */
export function chooseStrengthDays(candidates: readonly DayNumber[], afterStrengthSunday = false): DayNumber[] {
  const chosen: DayNumber[] = [];
  for (const day of candidates) {
    if (chosen.length >= MAX_STRENGTH_DAYS) break;
    if (day === 1 && afterStrengthSunday) continue;
    const last = chosen.at(-1);
    if (last !== undefined && day - last < 2) continue;
    if (day === 7 && chosen.includes(1)) continue;
    chosen.push(day);
  }
  return chosen;
}

/**
 * The strength days with a clinician's pinned strength days first (each kept only where the
 * rules allow: never two days in a row, Sunday and Monday included, at most 3), then the
 * planner's own among the candidates, clear of them.
 */
export function chooseStrengthDaysWith(candidates: readonly DayNumber[], pinned: readonly DayNumber[], afterStrengthSunday = false): DayNumber[] {
  if (pinned.length === 0) return chooseStrengthDays(candidates, afterStrengthSunday);
  const chosen: DayNumber[] = [];
  const fits = (day: DayNumber) =>
    chosen.length < MAX_STRENGTH_DAYS &&
    !(day === 1 && afterStrengthSunday) &&
    chosen.every((other) => Math.abs(other - day) >= 2 && !(other + day === 8 && Math.abs(other - day) === 6));
  for (const day of pinned) if (fits(day)) chosen.push(day);
  for (const day of candidates) if (!chosen.includes(day) && fits(day)) chosen.push(day);
  return chosen.sort((a, b) => a - b);
}

/** True when the last strength day before the week was its eve (the Sunday before): Monday must rest from strength. */
export function followsStrengthDay(weekStart: LocalDate, lastStrengthDate: LocalDate | undefined): boolean {
  return lastStrengthDate !== undefined && lastStrengthDate === addDays(weekStart, -1);
}

/** The date of a plan's last strength day, for the next week's `lastStrengthDate`. */
export function findLastStrengthDate(days: readonly { date: LocalDate; sessions: readonly { items: readonly { pillar: Pillar }[] }[] }[]): LocalDate | undefined {
  return days.filter((day) => day.sessions.some((s) => s.items.some((i) => i.pillar === 'strengthening'))).at(-1)?.date;
}

/** Why days are flare days: pain today, pacing's flare mode, or marked by hand. */
export interface FlareDays {
  painToday: DayNumber[];
  pacing: DayNumber[];
  marked: DayNumber[];
  all: ReadonlySet<DayNumber>;
}

/** Finds the flare days of the week. `today` defaults to the week's Monday. */
export function findFlareDays(input: {
  painToday: number;
  pacing: PacingView;
  weekStart: LocalDate;
  today?: LocalDate;
  flareDays?: readonly number[];
}): FlareDays {
  const todayOffset = daysBetween(input.weekStart, input.today ?? input.weekStart);
  const painToday = input.painToday >= FLARE_PAIN ? daysInWeek([todayOffset]) : [];
  const pacing = input.pacing.mode === 'flare' ? daysInWeek(pacingFlareOffsets(input.pacing, input.weekStart, todayOffset)) : [];
  const marked = DAY_NUMBERS.filter((day) => input.flareDays?.includes(day));
  return { painToday, pacing, marked, all: new Set([...painToday, ...pacing, ...marked]) };
}

/** The week's offsets of the pacing flare from today on: to its last day when pacing says, else 3 days. */
function pacingFlareOffsets(pacing: PacingView, weekStart: LocalDate, todayOffset: number): number[] {
  const last = pacing.flareUntil ? daysBetween(weekStart, pacing.flareUntil) : todayOffset + FLARE_LENGTH_DAYS - 1;
  return Array.from({ length: Math.max(0, last - todayOffset + 1) }, (_, i) => todayOffset + i);
}

/** The person's preferred times in the order of the day; morning when none is given. */
export function orderPreferredSlots(preferred: readonly Slot[]): Slot[] {
  const slots = TIMES_OF_DAY.filter((slot) => preferred.includes(slot));
  return slots.length > 0 ? slots : ['morning'];
}

/** The time of day a pillar goes to, among the preferred ones. */
export function chooseSlot(pillar: Pillar, slots: readonly Slot[]): Slot {
  return SLOT_ORDER[pillar].find((slot) => slots.includes(slot)) ?? slots[0] ?? 'morning';
}

/** The calendar date of a day of the week. */
export function dateOfDay(weekStart: LocalDate, day: DayNumber): LocalDate {
  return addDays(weekStart, day - 1);
}

/** True for a real calendar day that is a Monday. */
export function isMonday(day: LocalDate): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 1;
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

function toUtc(day: LocalDate): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function daysInWeek(offsets: readonly number[]): DayNumber[] {
  return DAY_NUMBERS.filter((day) => offsets.includes(day - 1));
}
