/** Small journals written by hand for the insights' tests. */
import type { LocalDate } from '../calendar.js';
import type { Pillar } from '../library/exercise.js';
import { dayFromNumber, dayNumber } from '../pacing/days.js';
import type { InsightsCheckin, InsightsInput, InsightsSession } from './types.js';

/** The first day of every fixture journal (a Monday). */
export const START: LocalDate = '2024-01-01';

/** The day `n` days after START. */
export function dayOf(n: number): LocalDate {
  return dayFromNumber(dayNumber(START) + n);
}

/** A check-in at 8 in the morning with only pain set, unless `extra` says more. */
export function checkin(
  localDate: LocalDate,
  pain: number,
  extra: Partial<InsightsCheckin> = {},
): InsightsCheckin {
  return {
    localDate,
    localHour: 8,
    pain,
    flare: false,
    sleep: null,
    mood: null,
    energy: null,
    stiffness: null,
    stress: null,
    ...extra,
  };
}

/** One check-in a day from START, skipping days whose pain is null. */
export function dailyCheckins(
  pains: readonly (number | null)[],
  extra: (day: number) => Partial<InsightsCheckin> = () => ({}),
): InsightsCheckin[] {
  return pains.flatMap((pain, n) => (pain === null ? [] : [checkin(dayOf(n), pain, extra(n))]));
}

/** A session on a day. */
export function session(
  localDate: LocalDate,
  painBefore: number,
  painAfter: number | null,
  pillars: Pillar[] = ['stretching'],
  minutes = 20,
): InsightsSession {
  return { localDate, painBefore, painAfter, pillars, minutes };
}

/** An input from START over `days` days. */
export function journalOf(days: number, parts: Partial<InsightsInput> = {}): InsightsInput {
  return { from: START, to: dayOf(days - 1), checkins: [], sessions: [], ...parts };
}

/** A repeatable wobble of ±1 around `level`, so pains are not all equal. */
export function wobble(n: number, level = 5): number {
  return level + [0, 1, -1, 0, 1, 0, -1][n % 7]!;
}
