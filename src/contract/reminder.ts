/** Schemas of reminders, push subscriptions and the calendar feed (issue 13). */
import { z } from 'zod';
import { TIMES_OF_DAY } from '../core/profile.js';
import { isClockTime, MAX_PER_DAY_LIMITS, REMINDER_KINDS, SNOOZE_HOURS_LIMITS } from '../core/reminders/settings.js';
import { Instant, LocalDate } from './common.js';

/** A time of day, `HH:MM` on the 24-hour clock. */
export const ClockTime = z.string().refine(isClockTime, 'Use a time written as HH:MM, such as 08:30.');

const Choice = z.strictObject({ on: z.boolean(), time: ClockTime });
const Weekday = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]);

/** The settings a person writes (the snooze has its own route). */
export const PutRemindersRequest = z.strictObject({
  reminders: z.strictObject({ checkin: Choice, session: Choice, questionnaire: Choice }),
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  days: z
    .array(Weekday)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day may appear only once.'),
  /** No reminders between these times; `from` after `to` crosses midnight; null for none. */
  quietHours: z.strictObject({ from: ClockTime, to: ClockTime }).nullable(),
  maxPerDay: z.number().int().min(MAX_PER_DAY_LIMITS.min).max(MAX_PER_DAY_LIMITS.max),
  /** "Off" in one tap: nothing is sent, every other choice is kept. */
  paused: z.boolean(),
});
export type PutRemindersRequest = z.input<typeof PutRemindersRequest>;

/** The settings as stored: what the person wrote and the snooze. */
export const ReminderSettingsSchema = PutRemindersRequest.extend({ snoozedUntil: Instant.nullable() });
export type ReminderSettingsSchema = z.infer<typeof ReminderSettingsSchema>;

/** Web Push as this server offers it: the VAPID public key when the practice configured it. */
export const PushStatus = z.object({
  configured: z.boolean(),
  publicKey: z.string().nullable(),
  /** How many browsers of mine receive push messages. */
  subscriptionCount: z.number().int().min(0),
});

/** The private calendar feed: on or off, and when its address was made (the address is shown once). */
export const CalendarFeedStatus = z.object({ active: z.boolean(), createdAt: Instant.nullable() });

/** My reminder settings with how they can reach me. */
export const RemindersResponse = z.object({ settings: ReminderSettingsSchema, push: PushStatus, calendar: CalendarFeedStatus });
export type RemindersResponse = z.infer<typeof RemindersResponse>;

/** Snooze every reminder for a number of hours; 0 ends a snooze. */
export const SnoozeRemindersRequest = z.strictObject({
  hours: z
    .number()
    .int()
    .min(0)
    .max(SNOOZE_HOURS_LIMITS.max),
});
export type SnoozeRemindersRequest = z.input<typeof SnoozeRemindersRequest>;

/** One reminder due now, with what it is about. */
export const DueReminder = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checkin'), date: LocalDate }),
  z.object({ kind: z.literal('session'), date: LocalDate, slot: z.enum(TIMES_OF_DAY), minutes: z.number().int().min(0) }),
  z.object({ kind: z.literal('questionnaire'), date: LocalDate, instrument: z.string() }),
]);
export type DueReminder = z.infer<typeof DueReminder>;

/** The reminders to show as a notice when I open the app. */
export const DueRemindersResponse = z.object({ due: z.array(DueReminder) });
export type DueRemindersResponse = z.infer<typeof DueRemindersResponse>;

/** The notice was seen (or closed): it counts as today's in-app reminder of that kind. */
export const DismissReminderRequest = z.strictObject({ kind: z.enum(REMINDER_KINDS) });
export type DismissReminderRequest = z.input<typeof DismissReminderRequest>;

/** A browser's push subscription (PushSubscription.toJSON()); the endpoint must be https. */
export const PushSubscriptionRequest = z.object({
  endpoint: z.url().max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/, 'Use the p256dh key the browser gave, in base64url.'),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}={0,2}$/, 'Use the auth secret the browser gave, in base64url.'),
  }),
});
export type PushSubscriptionRequest = z.input<typeof PushSubscriptionRequest>;

/** Which subscription to remove. */
export const UnsubscribePushRequest = z.strictObject({ endpoint: z.url().max(2048) });
export type UnsubscribePushRequest = z.input<typeof UnsubscribePushRequest>;

/** The stored subscription (the keys never come back). */
export const PushSubscriptionResponse = z.object({ endpoint: z.string(), createdAt: Instant });

/** The new secret address of my calendar feed; shown this once, the old one stops at once. */
export const CalendarFeedResponse = z.object({ url: z.string(), createdAt: Instant });
export type CalendarFeedResponse = z.infer<typeof CalendarFeedResponse>;

/** The secret in a calendar feed's address. */
export const CalendarFeedParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$|^[A-Za-z0-9_-]{43}$/, 'Not a calendar address.') });

/** The feed itself: iCalendar text (RFC 5545), sent as its bytes. */
export const CalendarFeedIcs = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'An iCalendar file')
  .meta({ type: 'string', format: 'binary', contentMediaType: 'text/calendar', description: 'The private calendar feed, iCalendar (RFC 5545)' });
