/**
 * The facts reminders are decided on (issue 13), gathered for one person: today's sessions and how
 * many are logged, today's check-in, the questionnaire due. Shared by the in-app notice and the
 * sweep, which acts for the person on their own record.
 */
import { toLocalDate } from '../../core/calendar.js';
import { localClockOf, markSessionsDone, optimisticContext, remindersDue, type DueContext, type DueReminder } from '../../core/reminders/due.js';
import type { ReminderChannel, ReminderSettings } from '../../core/reminders/settings.js';
import { hasCheckinOn, listDeliveries } from '../../db/reminder.repository.js';
import { listSessionLogs } from '../../db/session-log.repository.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import { getMyPlan } from './plan.service.js';
import { getDueQuestionnaire } from './questionnaire.service.js';
import { getSafety } from './safety.service.js';

/** What is due now for the person on a channel; loads the plan only when something could be. */
export async function findDueReminders(services: Services, library: Library, person: Person, settings: ReminderSettings, channel: ReminderChannel): Promise<DueReminder[]> {
  const now = services.clock.now();
  const today = localClockOf(now, person.timeZone).date;
  const sentToday = await listDeliveries(services.db, person.id, today);
  if (remindersDue(settings, optimisticContext(now, person.timeZone, channel, sentToday)).length === 0) return [];
  const context = await loadDueContext(services, library, person, settings, { now, channel, sentToday });
  return remindersDue(settings, context);
}

async function loadDueContext(
  services: Services,
  library: Library,
  person: Person,
  settings: ReminderSettings,
  base: Pick<DueContext, 'now' | 'channel' | 'sentToday'>,
): Promise<DueContext> {
  const today = toLocalDate(base.now, person.timeZone);
  const { reminders } = settings;
  const sessions = reminders.session.on ? await todaySessions(services, library, person, today) : [];
  const hasCheckinToday = reminders.checkin.on ? await hasCheckinOn(services.db, person.id, today) : true;
  const dueQuestionnaire = reminders.questionnaire.on ? await dueInstrument(services, person) : null;
  return { ...base, timeZone: person.timeZone, sessions, hasCheckinToday, dueQuestionnaire };
}

/** True while a stop sign holds the plan for safety review: nothing then reminds of a session. */
export async function isOnSafetyHold(services: Services, person: Person): Promise<boolean> {
  return (await getSafety(services, person, person.id)).hold !== null;
}

async function todaySessions(services: Services, library: Library, person: Person, today: string) {
  if (await isOnSafetyHold(services, person)) return [];
  const { plan } = await getMyPlan(services, library, person, person.id);
  if (plan.status !== 'ok') return [];
  const day = plan.days.find((d) => d.date === today);
  const logged = await listSessionLogs(services.db, person.id, today, today);
  return markSessionsDone(day?.sessions ?? [], logged.length);
}

async function dueInstrument(services: Services, person: Person): Promise<string | null> {
  const { due } = await getDueQuestionnaire(services, person, person.id);
  return due?.form.instrument ?? null;
}
