/**
 * The person's own "make it easier" (issue 15), kept by the week: for 7 days after they chose
 * it, an exercise they made easier comes back at the dose they chose (never more), or as the
 * easier or seated version they switched to, and the week says why. Pure.
 */
import { addDays, isoWeekday, type LocalDate } from '../calendar.js';
import { itemMinutes } from '../duration.js';
import type { Exercise } from '../library/exercise.js';
import type { DoseAmount, PacingEvent } from '../pacing/types.js';
import { sumSessionMinutes } from './dosing.js';
import type { DayNumber, PlanDay, PlanItem, PlanReason } from './plan.js';

/** How long a choice is kept, in days after the day it was made. */
export const KEEP_CHOICE_DAYS = 7;

/** One choice: the planned exercise, the day it was made, and what it became. */
export interface ChosenEasier {
  exerciseId: string;
  on: LocalDate;
  /** The easier or seated version done instead, when the person switched. */
  instead?: string;
  dose: DoseAmount;
}

const FIELDS = ['sets', 'reps', 'holdSeconds', 'minutes'] as const;

/** The latest choice per planned exercise made in the 7 days up to `today`, from session logs. */
export function findChosenEasier(events: readonly PacingEvent[], today: LocalDate): ChosenEasier[] {
  const from = addDays(today, -KEEP_CHOICE_DAYS);
  const latest = new Map<string, ChosenEasier>();
  for (const event of events) {
    if (event.kind !== 'session' || event.localDate < from || event.localDate > today) continue;
    for (const item of event.items) {
      if (!item.eased) continue;
      const { from: planned, rest: _rest, ...amount } = item.eased;
      const dose: DoseAmount = {};
      for (const field of FIELDS) if (amount[field] !== undefined) dose[field] = amount[field];
      const choice: ChosenEasier = { exerciseId: planned ?? item.exerciseId, on: event.localDate, dose };
      if (planned !== undefined && planned !== item.exerciseId) choice.instead = item.exerciseId;
      const before = latest.get(choice.exerciseId);
      if (!before || before.on <= choice.on) latest.set(choice.exerciseId, choice);
    }
  }
  return [...latest.values()].sort((a, b) => (a.exerciseId < b.exerciseId ? -1 : 1));
}

/** True when a choice made on `on` still holds on `date` (the days after it, for a week). */
function holdsOn(choice: ChosenEasier, date: LocalDate): boolean {
  return date > choice.on && date <= addDays(choice.on, KEEP_CHOICE_DAYS);
}

/**
 * The week with each chosen exercise at no more than the chosen dose (or switched to the version
 * chosen), on the days the choice holds; the sessions' minutes added up again.
 */
export function keepChosenEasier(days: PlanDay[], choices: readonly ChosenEasier[], byId: ReadonlyMap<string, Exercise>): PlanDay[] {
  if (choices.length === 0) return days;
  return days.map((day) => ({
    ...day,
    sessions: day.sessions.map((session) => {
      const items = session.items.map((item) => {
        const choice = choices.find((c) => c.exerciseId === item.exerciseId && holdsOn(c, day.date));
        return choice ? keptEasier(item, choice, byId) : item;
      });
      return items.every((item, i) => item === session.items[i]) ? session : { ...session, items, minutes: sumSessionMinutes(items) };
    }),
  }));
}

/** One item kept easier: the version chosen at the dose chosen, or the same one at no more than it. */
export function keptEasier(item: PlanItem, choice: ChosenEasier, byId: ReadonlyMap<string, Exercise>): PlanItem {
  const instead = choice.instead === undefined ? undefined : byId.get(choice.instead);
  const next: PlanItem = { ...item };
  if (instead) {
    next.exerciseId = instead.id;
    next.pillar = instead.pillar;
    for (const field of FIELDS) delete next[field];
    for (const field of FIELDS) if (choice.dose[field] !== undefined) next[field] = choice.dose[field];
    if (instead.dose.perSide === true) next.perSide = true;
    else delete next.perSide;
  } else {
    for (const field of FIELDS) {
      const most = choice.dose[field];
      const value = next[field];
      if (most !== undefined && value !== undefined && value > most) next[field] = most;
    }
  }
  if (!instead && FIELDS.every((field) => next[field] === item[field])) return item;
  const { sets, reps, holdSeconds, minutes, perSide } = next;
  next.estimatedMinutes = itemMinutes({ sets, reps, holdSeconds, minutes, perSide });
  return next;
}

/** "Kept easier because you chose that on Tuesday", once per exercise the week keeps easier. */
export function explainChosenEasier(days: readonly PlanDay[], choices: readonly ChosenEasier[], byId: ReadonlyMap<string, Exercise>): PlanReason[] {
  const kept = choices.filter((c) =>
    days.some((day) => holdsOn(c, day.date) && day.sessions.some((s) => s.items.some((i) => i.exerciseId === (c.instead && byId.has(c.instead) ? c.instead : c.exerciseId)))),
  );
  return kept.map((c) => ({
    code: 'kept_easier' as const,
    message: keptEasierMessage(byId.get(c.exerciseId)?.name ?? c.exerciseId, isoWeekday(c.on)),
  }));
}

const DAY_NAMES: Record<DayNumber, string> = { 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday' };

/** The sentence for one exercise the week keeps easier. */
export function keptEasierMessage(name: string, day: DayNumber): string {
  return `${name}: kept easier because you chose that on ${DAY_NAMES[day]}. It goes back to its usual amount a week later.`;
}
