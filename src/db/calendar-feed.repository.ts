/** The private calendar feed (issue 13): one per person, found by the SHA-256 of its secret. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** When the person's feed address was made, or null when the feed is off. */
export async function findCalendarFeedCreatedAt(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom('calendar_feeds').select('created_at').where('user_id', '=', userId).executeTakeFirst();
  return row?.created_at ?? null;
}

/** Replaces the person's feed secret (the old one stops at once). */
export async function replaceCalendarFeed(db: Kysely<Database>, userId: string, tokenHash: string, now: string): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now }))
    .execute();
}

/** Switches the person's feed off. */
export async function deleteCalendarFeed(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}

/** The owner of a feed by the hash of its secret, or null. */
export async function findCalendarFeedOwner(db: Kysely<Database>, tokenHash: string): Promise<string | null> {
  const row = await db.selectFrom('calendar_feeds').select('user_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.user_id ?? null;
}
