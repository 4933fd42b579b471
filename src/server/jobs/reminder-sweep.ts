/**
 * One sweep of push reminders (issue 13): for each person with reminders on and a browser
 * subscribed, what is due now on the push channel is recorded first (a unique key per person,
 * day, reminder and channel) and only then sent — so a reminder goes at most once even when two
 * sweeps overlap or a process dies mid-sweep. A push service's 404/410 deletes that subscription.
 */
import { addDays } from '../../core/calendar.js';
import { localClockOf, type DueReminder } from '../../core/reminders/due.js';
import { deletePushSubscriptionById, listPushSubscriptions } from '../../db/push-subscription.repository.js';
import { deleteDeliveriesBefore, listPushCandidates, recordDelivery, type ReminderCandidate } from '../../db/reminder.repository.js';
import type { Person, Services } from '../context.js';
import { REMINDER_URLS, reminderMessages } from '../push/messages.js';
import { sendPush, type PushPayload } from '../push/send.js';
import type { Library } from '../services/library.service.js';
import { findDueReminders } from '../services/reminder-facts.js';

const PAGE_SIZE = 200;

/** What a sweep did, for logs and tests. */
export interface SweepResult {
  people: number;
  sent: number;
  gone: number;
}

/** Sends the push reminders due now to everyone who has them on. */
export async function sweepPushReminders(services: Services, library: Library): Promise<SweepResult> {
  const result: SweepResult = { people: 0, sent: 0, gone: 0 };
  if (!services.config.push) return result;
  let after = '';
  for (;;) {
    const page = await listPushCandidates(services.db, after, PAGE_SIZE, services.clock.now());
    for (const candidate of page) await remindOne(services, library, candidate, result);
    if (page.length < PAGE_SIZE) return result;
    after = page[page.length - 1]?.userId ?? after;
  }
}

/**
 * The sweep acts for each person on their own record (the same reads as their own app makes);
 * only the fields the services read are filled.
 */
function actingAs(candidate: ReminderCandidate): Person {
  return { id: candidate.userId, role: 'person', signInComplete: true, email: '', name: null, timeZone: candidate.timeZone, createdAt: '', secondFactor: 'done', deviceId: null };
}

async function remindOne(services: Services, library: Library, candidate: ReminderCandidate, result: SweepResult): Promise<void> {
  result.people += 1;
  const due = await findDueReminders(services, library, actingAs(candidate), candidate.settings, 'push');
  for (const reminder of due) {
    const at = services.clock.now();
    const claimed = await recordDelivery(services.db, { userId: candidate.userId, kind: reminder.kind, localDate: reminder.date, channel: 'push', at });
    if (claimed) await deliver(services, candidate.userId, reminder, result);
  }
}

async function deliver(services: Services, userId: string, reminder: DueReminder, result: SweepResult): Promise<void> {
  const push = services.config.push;
  if (!push) return;
  for (const subscription of await listPushSubscriptions(services.db, userId, services.clock.now())) {
    const outcome = await sendPush(push, subscription, payloadOf(reminder), services.config.pushAllowLoopback);
    if (outcome === 'sent') result.sent += 1;
    if (outcome === 'gone') {
      result.gone += 1;
      await deletePushSubscriptionById(services.db, subscription.id);
    }
  }
}

/** The message: generic words only, never health data. */
export function payloadOf(reminder: DueReminder): PushPayload {
  const words = reminderMessages.en.push[reminder.kind];
  return { title: words.title, body: words.body, url: REMINDER_URLS[reminder.kind], tag: `pacewise-${reminder.kind}` };
}

/** Forgets deliveries older than two days before now (in UTC: every zone's today is later). */
export async function purgeOldDeliveries(services: Services): Promise<void> {
  const today = localClockOf(services.clock.now(), 'UTC').date;
  await deleteDeliveriesBefore(services.db, addDays(today, -2));
}
