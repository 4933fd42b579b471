/**
 * What is due today, keeping the load small (issue 12): at most one questionnaire screen a day,
 * and never more than 15 items in any 7 days. The weekly PEG is asked inside the check-in (at
 * most once in any 7 days, see checkin.ts `isPegDue`), so its items are held in reserve in every
 * window: then no 7-day window can pass 15 however the days fall.
 */
import { addDays, type LocalDate } from '../calendar.js';
import type { AssignedSchedule, Instrument, InstrumentKey, Schedule } from './types.js';

/** The most items a person answers in any 7 days. */
export const MAX_ITEMS_PER_WEEK = 15;

/** An instrument as a person is asked it: with its effective schedule and who set it. */
export interface ScheduledInstrument {
  instrument: Instrument;
  schedule: Schedule;
  assignedBy: string | null;
  /**
   * The items this person's form has, when fewer than the instrument's most: the PSFS has one per
   * goal (`answerableItems(form.items).length`); 0 when there is no form (no goals), never due.
   */
  itemCount?: number;
}

/** An answer set as due-keeping counts it. */
export interface AnsweredOn {
  instrument: InstrumentKey;
  localDate: LocalDate;
  itemCount: number;
}

/** The questionnaire due today, the day it became due and who set it. */
export interface DueInstrument {
  instrument: InstrumentKey;
  dueSince: LocalDate;
  assignedBy: string | null;
}

/**
 * The schedule a person is asked on: a clinician's (its `everyDays`, null switching it off)
 * over the instrument's own. An assigned instrument other than the PEG is its own screen.
 */
export function effectiveSchedule(instrument: Instrument, assigned: AssignedSchedule | null): Schedule {
  if (!assigned) return instrument.schedule;
  const insideCheckin = instrument.key === 'peg';
  return { everyDays: assigned.everyDays, insideCheckin };
}

/** The day an instrument becomes due: `everyDays` after its last answer, or after the first day. */
export function dueSinceOf(schedule: Schedule, lastAnsweredOn: LocalDate | null, firstDay: LocalDate): LocalDate | null {
  if (schedule.everyDays === null) return null;
  return addDays(lastAnsweredOn ?? firstDay, schedule.everyDays);
}

/** True when an instrument is due today on its schedule. */
export function isDue(schedule: Schedule, lastAnsweredOn: LocalDate | null, firstDay: LocalDate, today: LocalDate): boolean {
  const since = dueSinceOf(schedule, lastAnsweredOn, firstDay);
  return since !== null && since <= today;
}

function lastAnswered(responses: readonly AnsweredOn[], key: InstrumentKey, today: LocalDate): LocalDate | null {
  let last: LocalDate | null = null;
  for (const r of responses) if (r.instrument === key && r.localDate <= today && (last === null || r.localDate > last)) last = r.localDate;
  return last;
}

function itemBudget(input: DueInput, checkinKeys: ReadonlySet<InstrumentKey>): number {
  const since = addDays(input.today, -6);
  let screenItems = 0;
  let checkinItems = 0;
  for (const r of input.responses) {
    if (r.localDate < since || r.localDate > input.today) continue;
    if (checkinKeys.has(r.instrument)) checkinItems += r.itemCount;
    else screenItems += r.itemCount;
  }
  const reserved = input.instruments
    .filter((s) => checkinKeys.has(s.instrument.key) && s.schedule.everyDays !== null)
    .reduce((s, i) => s + (i.itemCount ?? i.instrument.itemCount), 0);
  return MAX_ITEMS_PER_WEEK - screenItems - Math.max(reserved, checkinItems);
}

function checkinKeysOf(instruments: readonly ScheduledInstrument[]): Set<InstrumentKey> {
  const inside = instruments.filter((s) => s.schedule.insideCheckin && s.schedule.everyDays !== null);
  return new Set<InstrumentKey>(['peg', ...inside.map((s) => s.instrument.key)]);
}

/** What `dueToday` needs. */
export interface DueInput {
  today: LocalDate;
  instruments: readonly ScheduledInstrument[];
  responses: readonly AnsweredOn[];
  /** The person's first day (intake). */
  firstDay: LocalDate;
}

/**
 * The one questionnaire to show today, or null: none when a screen was answered today; of the
 * instruments due (never those inside the check-in), the most overdue that fits the week's items.
 */
export function dueToday(input: DueInput): DueInstrument | null {
  const checkinKeys = checkinKeysOf(input.instruments);
  if (input.responses.some((r) => r.localDate === input.today && !checkinKeys.has(r.instrument))) return null;
  const budget = itemBudget(input, checkinKeys);
  const due = input.instruments.flatMap((s, order) => {
    const items = s.itemCount ?? s.instrument.itemCount;
    if (s.schedule.insideCheckin || items === 0 || items > budget) return [];
    const since = dueSinceOf(s.schedule, lastAnswered(input.responses, s.instrument.key, input.today), input.firstDay);
    return since !== null && since <= input.today ? [{ s, since, order }] : [];
  });
  due.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.order - b.order));
  const first = due[0];
  return first ? { instrument: first.s.instrument.key, dueSince: first.since, assignedBy: first.s.assignedBy } : null;
}
