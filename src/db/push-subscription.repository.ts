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

/** The most browsers one person keeps subscribed: each sweep sends to every one, so the work is bounded. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

/**
 * Stores a subscription; the same endpoint subscribed again (by anyone, from any session) moves
 * to this person and session, as the browser now belongs to them. Past the limit the oldest go.
 */
export async function savePushSubscription(db: Kysely<Database>, row: { id: string; userId: string; sessionId: string; endpoint: string; p256dh: string; auth: string; at: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('push_subscriptions').where('endpoint', '=', row.endpoint).execute();
    await trx
      .insertInto('push_subscriptions')
      .values({ id: row.id, user_id: row.userId, session_id: row.sessionId, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth, created_at: row.at })
      .execute();
    const older = await trx
      .selectFrom('push_subscriptions')
      .select('id')
      .where('user_id', '=', row.userId)
      .where('id', '!=', row.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .offset(MAX_PUSH_SUBSCRIPTIONS - 1)
      .limit(1_000)
      .execute();
    if (older.length > 0) await trx.deleteFrom('push_subscriptions').where('id', 'in', older.map((o) => o.id)).execute();
  });
}

/** The person's subscriptions whose sign-in session is still valid at `now` (an expired one receives nothing). */
export async function listPushSubscriptions(db: Kysely<Database>, userId: string, now: string): Promise<StoredPushSubscription[]> {
  const rows = await db
    .selectFrom('push_subscriptions')
    .innerJoin('auth_sessions', 'auth_sessions.id', 'push_subscriptions.session_id')
    .select(['push_subscriptions.id', 'push_subscriptions.user_id', 'push_subscriptions.endpoint', 'push_subscriptions.p256dh', 'push_subscriptions.auth', 'push_subscriptions.created_at'])
    .where('push_subscriptions.user_id', '=', userId)
    .where('auth_sessions.expires_at', '>', now)
    .orderBy('push_subscriptions.created_at')
    .execute();
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
