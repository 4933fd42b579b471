/** Browsers that receive push messages (issue 13), each tied to the sign-in session that subscribed it. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A stored push subscription, as web-push takes it. */
export interface StoredPushSubscription {
  id: string;
  userId: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  createdAt: string;
}

/** The sign-in session (hashed id) behind a device id of the person, or null. */
export async function findSessionIdOfDevice(db: Kysely<Database>, userId: string, deviceId: string): Promise<string | null> {
  const row = await db.selectFrom('auth_sessions').select('id').where('user_id', '=', userId).where('device_id', '=', deviceId).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Stores a subscription; the same endpoint subscribed again (by anyone, from any session) moves
 * to this person and session, as the browser now belongs to them.
 */
export async function savePushSubscription(db: Kysely<Database>, row: { id: string; userId: string; sessionId: string; endpoint: string; p256dh: string; auth: string; at: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('push_subscriptions').where('endpoint', '=', row.endpoint).execute();
    await trx
      .insertInto('push_subscriptions')
      .values({ id: row.id, user_id: row.userId, session_id: row.sessionId, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth, created_at: row.at })
      .execute();
  });
}

/** The person's subscriptions. */
export async function listPushSubscriptions(db: Kysely<Database>, userId: string): Promise<StoredPushSubscription[]> {
  const rows = await db.selectFrom('push_subscriptions').select(['id', 'user_id', 'endpoint', 'p256dh', 'auth', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth }, createdAt: r.created_at }));
}

/** How many browsers of the person are subscribed. */
export async function countPushSubscriptions(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db.selectFrom('push_subscriptions').select((eb) => eb.fn.countAll<number | string>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes one of the person's subscriptions by endpoint; false when there was none. */
export async function deletePushSubscription(db: Kysely<Database>, userId: string, endpoint: string): Promise<boolean> {
  const result = await db.deleteFrom('push_subscriptions').where('user_id', '=', userId).where('endpoint', '=', endpoint).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Removes a subscription the push service says is gone (404/410). */
export async function deletePushSubscriptionById(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
}
