/**
 * Which reminders to send now (issue 13), decided from plain facts: the instant, the person's
 * zone, today's sessions, today's check-in, a due questionnaire and what was already sent today.
 * A reminder whose time passed while quiet, snoozed or while nothing ran is still sent once,
 * later the same day, when it is allowed again; never on the next day.
 */
import { isoWeekday, type LocalDate } from '../calendar.js';
import type { Slot } from '../planner/plan.js';
import { toZonedDateTimeInput } from '../zoned-time.js';
import { minutesOfClock, REMINDER_KINDS, type QuietHours, type ReminderChannel, type ReminderKind, type ReminderSettings } from './settings.js';

/** One of today's planned sessions and whether it is done. */
export interface TodaySession {
  slot: Slot;
  minutes: number;
  done: boolean;
}

/** A reminder already delivered today, on one channel. */
export interface SentReminder {
  kind: ReminderKind;
  channel: ReminderChannel;
}

/** The facts `remindersDue` decides from. */
export interface DueContext {
  now: string;
  timeZone: string;
  channel: ReminderChannel;
  sessions: readonly TodaySession[];
  hasCheckinToday: boolean;
  /** The key of the questionnaire due today, or null. */
  dueQuestionnaire: string | null;
  /** Every delivery of today (the person's local day), on every channel. */
  sentToday: readonly SentReminder[];
}

/** A reminder to send, with what it is about. */
export type DueReminder =
  | { kind: 'checkin'; date: LocalDate }
  | { kind: 'session'; date: LocalDate; slot: Slot; minutes: number }
  | { kind: 'questionnaire'; date: LocalDate; instrument: string };

/** The person's local day and minutes since midnight at an instant. */
export function localClockOf(now: string, timeZone: string): { date: LocalDate; minutes: number } {
  const wall = toZonedDateTimeInput(now, timeZone);
  return { date: wall.slice(0, 10), minutes: Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16)) };
}

/** True when a time of day (minutes since midnight) falls in the quiet hours. */
export function isInQuietHours(quiet: QuietHours | null, minutes: number): boolean {
  if (!quiet) return false;
  const from = minutesOfClock(quiet.from);
  const to = minutesOfClock(quiet.to);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/** True when nothing at all may be sent now: paused, snoozed, an unchosen day or quiet hours. */
export function isHeldNow(settings: ReminderSettings, now: string, timeZone: string): boolean {
  if (settings.paused) return true;
  if (settings.snoozedUntil !== null && Date.parse(now) < Date.parse(settings.snoozedUntil)) return true;
  const clock = localClockOf(now, timeZone);
  if (!settings.days.includes(isoWeekday(clock.date))) return true;
  return isInQuietHours(settings.quietHours, clock.minutes);
}

/** The reminders to send now on the context's channel, earliest time first, within the day's maximum. */
export function remindersDue(settings: ReminderSettings, context: DueContext): DueReminder[] {
  if (isHeldNow(settings, context.now, context.timeZone)) return [];
  const room = settings.maxPerDay - context.sentToday.length;
  if (room <= 0) return [];
  const clock = localClockOf(context.now, context.timeZone);
  const sentHere = new Set(context.sentToday.filter((s) => s.channel === context.channel).map((s) => s.kind));
  const candidates = REMINDER_KINDS.filter((kind) => {
    const choice = settings.reminders[kind];
    return choice.on && !sentHere.has(kind) && minutesOfClock(choice.time) <= clock.minutes;
  }).sort((a, b) => minutesOfClock(settings.reminders[a].time) - minutesOfClock(settings.reminders[b].time));
  const due: DueReminder[] = [];
  for (const kind of candidates) {
    const reminder = reminderFor(kind, clock.date, context);
    if (reminder) due.push(reminder);
  }
  return due.slice(0, room);
}

/** The reminder of one kind, or null when what it reminds of is done or not there today. */
function reminderFor(kind: ReminderKind, date: LocalDate, context: DueContext): DueReminder | null {
  switch (kind) {
    case 'checkin':
      return context.hasCheckinToday ? null : { kind, date };
    case 'session': {
      const next = context.sessions.find((s) => !s.done);
      return next ? { kind, date, slot: next.slot, minutes: next.minutes } : null;
    }
    case 'questionnaire':
      return context.dueQuestionnaire === null ? null : { kind, date, instrument: context.dueQuestionnaire };
  }
}

/**
 * Today's planned sessions with the first `loggedToday` of them counted done: a logged session
 * is the next one of the day, whatever time it was done at.
 */
export function markSessionsDone(sessions: readonly { slot: Slot; minutes: number }[], loggedToday: number): TodaySession[] {
  return sessions.map((s, index) => ({ slot: s.slot, minutes: Math.round(s.minutes), done: index < loggedToday }));
}

/** Facts that assume nothing is done yet: if even these give nothing, nothing needs loading. */
export function optimisticContext(now: string, timeZone: string, channel: ReminderChannel, sentToday: readonly SentReminder[]): DueContext {
  return { now, timeZone, channel, sentToday, sessions: [{ slot: 'morning', minutes: 0, done: false }], hasCheckinToday: false, dueQuestionnaire: 'any' };
}
