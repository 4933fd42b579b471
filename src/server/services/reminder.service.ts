/**
 * The person's reminder settings, the snooze, and the notice shown on opening the app (issue 13).
 * Nothing is on until the person says so.
 */
import { read, write } from '../../core/access/policy.js';
import { localClockOf } from '../../core/reminders/due.js';
import { DEFAULT_REMINDER_SETTINGS, normalizeReminderSettings, snoozeEnd, type ReminderKind, type ReminderSettings } from '../../core/reminders/settings.js';
import type { DueRemindersResponse, PutRemindersRequest, RemindersResponse } from '../../contract/reminder.js';
import { findCalendarFeedCreatedAt } from '../../db/calendar-feed.repository.js';
import { countPushSubscriptions } from '../../db/push-subscription.repository.js';
import { findReminderSettings, recordDelivery, saveReminderSettings } from '../../db/reminder.repository.js';
import { requireAccess, type Subject } from '../access.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import { findDueReminders } from './reminder-facts.js';

/** The person's settings, the defaults (all off) when they never chose. */
export async function settingsOf(services: Services, userId: string): Promise<ReminderSettings> {
  return (await findReminderSettings(services.db, userId)) ?? DEFAULT_REMINDER_SETTINGS;
}

async function present(services: Services, subject: Subject, settings: ReminderSettings): Promise<RemindersResponse> {
  const push = services.config.push;
  const [subscriptionCount, createdAt] = await Promise.all([countPushSubscriptions(services.db, subject.id), findCalendarFeedCreatedAt(services.db, subject.id)]);
  return {
    settings,
    push: { configured: push !== null, publicKey: push?.publicKey ?? null, subscriptionCount },
    calendar: { active: createdAt !== null, createdAt },
  };
}

/** My reminder settings and how they can reach me. */
export async function getReminders(services: Services, actor: Person, subjectId: string): Promise<RemindersResponse> {
  const subject = await requireAccess(services, actor, read('reminders'), subjectId);
  return present(services, subject, await settingsOf(services, subject.id));
}

/** Saves my choices; a snooze in force is kept. */
export async function putReminders(services: Services, actor: Person, subjectId: string, input: PutRemindersRequest): Promise<RemindersResponse> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  const before = await settingsOf(services, subject.id);
  const settings = normalizeReminderSettings({ ...input, snoozedUntil: before.snoozedUntil });
  await saveReminderSettings(services.db, subject.id, settings, services.clock.now());
  return present(services, subject, settings);
}

/** Snoozes every reminder for `hours` from now; 0 ends the snooze. */
export async function snoozeReminders(services: Services, actor: Person, subjectId: string, hours: number): Promise<RemindersResponse> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  const now = services.clock.now();
  const settings = { ...(await settingsOf(services, subject.id)), snoozedUntil: hours === 0 ? null : snoozeEnd(now, hours) };
  await saveReminderSettings(services.db, subject.id, settings, now);
  return present(services, subject, settings);
}

/** The reminders to show as a notice now (not yet counted: closing the notice counts it). */
export async function getDueReminders(services: Services, library: Library, actor: Person, subjectId: string): Promise<DueRemindersResponse> {
  const subject = await requireAccess(services, actor, read('reminders'), subjectId);
  const settings = await settingsOf(services, subject.id);
  const self: Person = { ...actor, id: subject.id, timeZone: subject.timeZone };
  return { due: await findDueReminders(services, library, self, settings, 'in_app') };
}

/** Counts the notice of one kind as today's in-app reminder of it. */
export async function dismissReminder(services: Services, actor: Person, subjectId: string, kind: ReminderKind): Promise<void> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  const at = services.clock.now();
  const localDate = localClockOf(at, subject.timeZone).date;
  await recordDelivery(services.db, { userId: subject.id, kind, localDate, channel: 'in_app', at });
}
