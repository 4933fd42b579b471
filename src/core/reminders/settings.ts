/**
 * A person's reminder settings (issue 13): nothing is on until they say so. Which reminders, at
 * what time, on which days; quiet hours; at most `maxPerDay` a day; a snooze; and `paused`, the
 * one-tap "off" that keeps every other choice.
 */
import type { DayNumber } from '../planner/plan.js';

/** The reminders a person can choose. */
export const REMINDER_KINDS = ['checkin', 'session', 'questionnaire'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The ways a reminder reaches a person; each counts toward the day's maximum. */
export const REMINDER_CHANNELS = ['in_app', 'push'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/** A clock time of day, `HH:MM` on the 24-hour clock. */
export type ClockTime = string;

/** One reminder: on or off, and when in the day. */
export interface ReminderChoice {
  on: boolean;
  time: ClockTime;
}

/** Hours with no reminder at all; `from` after `to` crosses midnight; equal means none. */
export interface QuietHours {
  from: ClockTime;
  to: ClockTime;
}

/** Everything the person chose about reminders. */
export interface ReminderSettings {
  reminders: Record<ReminderKind, ReminderChoice>;
  /** ISO weekdays, 1 Monday … 7 Sunday, sorted and distinct. */
  days: DayNumber[];
  quietHours: QuietHours | null;
  maxPerDay: number;
  snoozedUntil: string | null;
  paused: boolean;
}

export const MAX_PER_DAY_LIMITS = { min: 1, max: 5 } as const;
export const SNOOZE_HOURS_LIMITS = { min: 1, max: 72 } as const;

/** The settings of someone who never chose: every reminder off. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  reminders: {
    checkin: { on: false, time: '19:00' },
    session: { on: false, time: '09:00' },
    questionnaire: { on: false, time: '10:00' },
  },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: { from: '21:30', to: '07:30' },
  maxPerDay: 1,
  snoozedUntil: null,
  paused: false,
};

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real `HH:MM` time of day. */
export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfClock(time: ClockTime): number {
  const match = CLOCK.exec(time);
  if (!match) throw new RangeError(`Not a clock time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The settings in their one form: days sorted and distinct, the maximum within its limits. */
export function normalizeReminderSettings(settings: ReminderSettings): ReminderSettings {
  const days = [...new Set(settings.days)].sort((a, b) => a - b);
  const maxPerDay = Math.min(MAX_PER_DAY_LIMITS.max, Math.max(MAX_PER_DAY_LIMITS.min, Math.round(settings.maxPerDay)));
  const quiet = settings.quietHours;
  const quietHours = quiet && quiet.from !== quiet.to ? { from: quiet.from, to: quiet.to } : null;
  return { ...settings, days, maxPerDay, quietHours };
}

/** True when at least one reminder is on and the person has not switched them all off. */
export function hasActiveReminders(settings: ReminderSettings): boolean {
  return !settings.paused && settings.days.length > 0 && Object.values(settings.reminders).some((choice) => choice.on);
}

/** The instant a snooze of `hours` from `now` ends. */
export function snoozeEnd(now: string, hours: number): string {
  return new Date(Date.parse(now) + hours * 3_600_000).toISOString();
}
