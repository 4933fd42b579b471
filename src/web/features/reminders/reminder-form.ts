/**
 * The reminder settings form: what the person sees (times as typed, quiet hours as a switch and
 * two times) and the request it becomes. The rules of a valid time and the defaults come from core.
 */
import { addDays, toLocalDate } from '../../../core/calendar.js';
import { DAY_NUMBERS, type DayNumber } from '../../../core/planner/plan.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  isClockTime,
  REMINDER_KINDS,
  SNOOZE_HOURS_LIMITS,
  type ReminderKind,
} from '../../../core/reminders/settings.js';
import { fromZonedDateTimeInput } from '../../../core/zoned-time.js';
import type { PutRemindersRequest, ReminderSettingsSchema } from '../../../contract/reminder.js';

/** The form's state: every field as the person left it. */
export interface ReminderForm {
  on: Record<ReminderKind, boolean>;
  time: Record<ReminderKind, string>;
  days: DayNumber[];
  quietOn: boolean;
  quietFrom: string;
  quietTo: string;
  maxPerDay: number;
}

/** A field of the form that needs another look. */
export type ReminderFormProblem =
  | { field: 'time'; kind: ReminderKind }
  | { field: 'days' }
  | { field: 'quietFrom' }
  | { field: 'quietTo' }
  | { field: 'quietSame' };

function byKind<T>(pick: (kind: ReminderKind) => T): Record<ReminderKind, T> {
  return {
    checkin: pick('checkin'),
    session: pick('session'),
    questionnaire: pick('questionnaire'),
  };
}

/** The form filled from the stored settings (quiet hours off keep core's suggested times). */
export function toReminderForm(settings: ReminderSettingsSchema): ReminderForm {
  const fallbackQuiet = DEFAULT_REMINDER_SETTINGS.quietHours ?? { from: '21:30', to: '07:30' };
  const quiet = settings.quietHours ?? fallbackQuiet;
  return {
    on: byKind((kind) => settings.reminders[kind].on),
    time: byKind((kind) => settings.reminders[kind].time),
    days: [...settings.days],
    quietOn: settings.quietHours !== null,
    quietFrom: quiet.from,
    quietTo: quiet.to,
    maxPerDay: settings.maxPerDay,
  };
}

/** The chosen days from the form's checkbox values, keeping only real weekdays. */
export function readDays(values: readonly string[]): DayNumber[] {
  return DAY_NUMBERS.filter((day) => values.includes(String(day)));
}

/** What needs fixing before the form can be sent; empty when it is ready. */
export function findReminderFormProblems(form: ReminderForm): ReminderFormProblem[] {
  const problems: ReminderFormProblem[] = REMINDER_KINDS.filter(
    (kind) => !isClockTime(form.time[kind]),
  ).map((kind) => ({ field: 'time', kind }));
  const anyOn = REMINDER_KINDS.some((kind) => form.on[kind]);
  if (anyOn && form.days.length === 0) problems.push({ field: 'days' });
  if (form.quietOn) {
    if (!isClockTime(form.quietFrom)) problems.push({ field: 'quietFrom' });
    if (!isClockTime(form.quietTo)) problems.push({ field: 'quietTo' });
    if (isClockTime(form.quietFrom) && form.quietFrom === form.quietTo)
      problems.push({ field: 'quietSame' });
  }
  return problems;
}

/** The request for a form without problems; `paused` is kept as it was (it has its own button). */
export function toPutRemindersRequest(form: ReminderForm, paused: boolean): PutRemindersRequest {
  return {
    reminders: byKind((kind) => ({ on: form.on[kind], time: form.time[kind] })),
    days: [...new Set(form.days)].sort((a, b) => a - b),
    quietHours: form.quietOn ? { from: form.quietFrom, to: form.quietTo } : null,
    maxPerDay: form.maxPerDay,
    paused,
  };
}

/** The settings with only the check-in reminder turned on at `time` (the intake's "yes"). */
export function withCheckinReminder(
  settings: ReminderSettingsSchema,
  time: string,
): PutRemindersRequest {
  const form = toReminderForm(settings);
  const days: DayNumber[] = form.days.length > 0 ? form.days : [1, 2, 3, 4, 5, 6, 7];
  const next = {
    ...form,
    days,
    on: { ...form.on, checkin: true },
    time: { ...form.time, checkin: time },
  };
  return toPutRemindersRequest(next, false);
}

/** Whole hours from `now` to the start of tomorrow in `timeZone`, within the snooze limits. */
export function hoursUntilTomorrow(now: string, timeZone: string): number {
  const tomorrow = addDays(toLocalDate(now, timeZone), 1);
  const midnight = fromZonedDateTimeInput(`${tomorrow}T00:00`, timeZone);
  const hours = midnight ? Math.ceil((Date.parse(midnight) - Date.parse(now)) / 3_600_000) : 24;
  return Math.min(SNOOZE_HOURS_LIMITS.max, Math.max(SNOOZE_HOURS_LIMITS.min, hours));
}

/** Where the reminders stand now, for the status line. */
export type ReminderState =
  | { kind: 'none_on' }
  | { kind: 'no_days' }
  | { kind: 'paused' }
  | { kind: 'snoozed'; until: string }
  | { kind: 'on'; reminders: { kind: ReminderKind; time: string }[] };

/** The state of the stored settings at `now`: off, paused, snoozed, or on with what and when. */
export function describeReminderState(
  settings: ReminderSettingsSchema,
  now: string,
): ReminderState {
  const on = REMINDER_KINDS.filter((kind) => settings.reminders[kind].on);
  if (on.length === 0) return { kind: 'none_on' };
  if (settings.paused) return { kind: 'paused' };
  if (settings.days.length === 0) return { kind: 'no_days' };
  const until = settings.snoozedUntil;
  if (until && Date.parse(until) > Date.parse(now)) return { kind: 'snoozed', until };
  const reminders = on
    .map((kind) => ({ kind, time: settings.reminders[kind].time }))
    .sort((a, b) => a.time.localeCompare(b.time));
  return { kind: 'on', reminders };
}
