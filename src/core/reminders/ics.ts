/**
 * The private calendar feed as iCalendar text (RFC 5545), pure: events in UTC (no VTIMEZONE
 * needed), stable UIDs, text escaped, lines folded at 75 octets and ended with CRLF. Words come
 * from the caller's catalog; nothing of a person's health goes in beyond "a session, N minutes".
 */
import { addDays, isoWeekday, type LocalDate } from '../calendar.js';
import type { Slot } from '../planner/plan.js';
import { fromZonedDateTimeInput } from '../zoned-time.js';
import type { ReminderSettings } from './settings.js';

/** When each time of day's session is put in the calendar. */
export const SLOT_START_TIMES: Record<Slot, string> = { morning: '09:00', midday: '12:30', evening: '18:00' };
/** How long before a session its alarm goes off. */
export const SESSION_ALARM_LEAD_MINUTES = 15;
/** The check-in event is short: a moment to note the day. */
export const CHECKIN_EVENT_MINUTES = 5;

/** A planned day as the feed needs it. */
export interface FeedDay {
  date: LocalDate;
  sessions: readonly { slot: Slot; minutes: number }[];
}

/** The words of the feed, from a message catalog. */
export interface FeedWords {
  calendarName: string;
  sessionSummary: (slot: Slot, minutes: number) => string;
  checkinSummary: string;
  alarmText: string;
}

/** Everything the feed is built from. */
export interface FeedInput {
  /** A stable, opaque key of the person for UIDs (never their id or email). */
  uidKey: string;
  now: string;
  timeZone: string;
  days: readonly FeedDay[];
  settings: ReminderSettings;
  words: FeedWords;
}

/** The feed as iCalendar text. */
export function buildCalendarFeed(input: FeedInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pacewise//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.words.calendarName)}`, 'REFRESH-INTERVAL;VALUE=DURATION:PT6H', 'X-PUBLISHED-TTL:PT6H'];
  for (const day of input.days) {
    for (const session of day.sessions) lines.push(...sessionEvent(input, day.date, session));
    if (hasCheckinEvent(input.settings, day.date)) lines.push(...checkinEvent(input, day.date));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function sessionEvent(input: FeedInput, date: LocalDate, session: { slot: Slot; minutes: number }): string[] {
  const minutes = Math.max(1, Math.round(session.minutes));
  const summary = input.words.sessionSummary(session.slot, minutes);
  const alarm = input.settings.paused ? [] : displayAlarm(`-PT${SESSION_ALARM_LEAD_MINUTES}M`, input.words.alarmText);
  return event(`session-${date}-${session.slot}-${input.uidKey}@pacewise`, input, startOf(date, SLOT_START_TIMES[session.slot], input.timeZone), minutes, summary, alarm);
}

function checkinEvent(input: FeedInput, date: LocalDate): string[] {
  const start = startOf(date, input.settings.reminders.checkin.time, input.timeZone);
  const alarm = displayAlarm('PT0M', input.words.alarmText);
  return event(`checkin-${date}-${input.uidKey}@pacewise`, input, start, CHECKIN_EVENT_MINUTES, input.words.checkinSummary, alarm);
}

/** True when the check-in reminder is on, not paused, and the day is one the person chose. */
function hasCheckinEvent(settings: ReminderSettings, date: LocalDate): boolean {
  return settings.reminders.checkin.on && !settings.paused && settings.days.includes(isoWeekday(date));
}

function event(uid: string, input: FeedInput, start: string, minutes: number, summary: string, alarm: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${utcStamp(input.now)}`, `DTSTART:${utcStamp(start)}`, `DURATION:PT${minutes}M`,
    `SUMMARY:${escapeText(summary)}`, 'TRANSP:TRANSPARENT', ...alarm, 'END:VEVENT'];
}

function displayAlarm(trigger: string, text: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`, `DESCRIPTION:${escapeText(text)}`, 'END:VALARM'];
}

/** The instant of a wall-clock time on a day in the person's zone. */
function startOf(date: LocalDate, time: string, timeZone: string): string {
  return fromZonedDateTimeInput(`${date}T${time}`, timeZone) ?? `${date}T${time}:00.000Z`;
}

/** `20261207T081500Z` from an ISO instant. */
export function utcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The days of a week from its first day. */
export function daysOfWeek(weekStart: LocalDate): LocalDate[] {
  return [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(weekStart, n));
}
