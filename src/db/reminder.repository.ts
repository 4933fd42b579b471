/**
 * Reminder settings, push subscriptions, the calendar feed and deliveries (issue 13). Values
 * leave here decoded: settings parsed with their schema, booleans as booleans.
 */
import type { Kysely } from 'kysely';
import { ReminderSettingsSchema } from '../contract/reminder.js';
import type { SentReminder } from '../core/reminders/due.js';
import { hasActiveReminders, REMINDER_CHANNELS, REMINDER_KINDS, type ReminderChannel, type ReminderKind, type ReminderSettings } from '../core/reminders/settings.js';
import type { Database } from './schema.js';

/** The person's reminder settings, or null when they never chose. */
export async function findReminderSettings(db: Kysely<Database>, userId: string): Promise<ReminderSettings | null> {
  const row = await db.selectFrom('reminder_settings').select('settings').where('user_id', '=', userId).executeTakeFirst();
  return row ? decodeSettings(row.settings) : null;
}

function decodeSettings(json: string): ReminderSettings {
  return ReminderSettingsSchema.parse(JSON.parse(json));
}

/** Writes the person's reminder settings, with whether the sweep needs to look at them. */
export async function saveReminderSettings(db: Kysely<Database>, userId: string, settings: ReminderSettings, now: string): Promise<void> {
  const values = { settings: JSON.stringify(settings), active: hasActiveReminders(settings) ? 1 : 0, updated_at: now };
  await db
    .insertInto('reminder_settings')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Someone the sweep looks at: reminders on and at least one browser subscribed. */
export interface ReminderCandidate {
  userId: string;
  timeZone: string;
  settings: ReminderSettings;
}

/**
 * People with reminders on and a push subscription whose session is valid at `now`, in pages by user id: the index on
 * (active, user_id) keeps this from reading every account each minute.
 */
export async function listPushCandidates(db: Kysely<Database>, afterUserId: string, limit: number, now: string): Promise<ReminderCandidate[]> {
  const rows = await db
    .selectFrom('reminder_settings')
    .innerJoin('users', 'users.id', 'reminder_settings.user_id')
    .select(['reminder_settings.user_id', 'reminder_settings.settings', 'users.time_zone'])
    .where('reminder_settings.active', '=', 1)
    .where('reminder_settings.user_id', '>', afterUserId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('push_subscriptions')
          .innerJoin('auth_sessions', 'auth_sessions.id', 'push_subscriptions.session_id')
          .select('push_subscriptions.id')
          .whereRef('push_subscriptions.user_id', '=', 'reminder_settings.user_id')
          .where('auth_sessions.expires_at', '>', now),
      ),
    )
    .orderBy('reminder_settings.user_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ userId: row.user_id, timeZone: row.time_zone, settings: decodeSettings(row.settings) }));
}

/** The reminders delivered to the person on a local day, on every channel. */
export async function listDeliveries(db: Kysely<Database>, userId: string, localDate: string): Promise<SentReminder[]> {
  const rows = await db.selectFrom('reminder_deliveries').select(['kind', 'channel']).where('user_id', '=', userId).where('local_date', '=', localDate).execute();
  return rows.flatMap((row) => {
    const kind = REMINDER_KINDS.find((k) => k === row.kind);
    const channel = REMINDER_CHANNELS.find((c) => c === row.channel);
    return kind && channel ? [{ kind, channel }] : [];
  });
}

/** A delivery to record. */
export interface Delivery {
  userId: string;
  kind: ReminderKind;
  localDate: string;
  channel: ReminderChannel;
  at: string;
}

/** Records a delivery before it is sent; false when it was already recorded (another sweep has it). */
export async function recordDelivery(db: Kysely<Database>, delivery: Delivery): Promise<boolean> {
  const result = await db
    .insertInto('reminder_deliveries')
    .values({ user_id: delivery.userId, kind: delivery.kind, local_date: delivery.localDate, channel: delivery.channel, at: delivery.at })
    .onConflict((oc) => oc.columns(['user_id', 'local_date', 'kind', 'channel']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Removes deliveries older than a local day (they no longer decide anything). */
export async function deleteDeliveriesBefore(db: Kysely<Database>, localDate: string): Promise<void> {
  await db.deleteFrom('reminder_deliveries').where('local_date', '<', localDate).execute();
}

/** True when the person has a check-in on a local day. */
export async function hasCheckinOn(db: Kysely<Database>, userId: string, localDate: string): Promise<boolean> {
  const row = await db.selectFrom('checkins').select('id').where('user_id', '=', userId).where('local_date', '=', localDate).limit(1).executeTakeFirst();
  return row !== undefined;
}
