/** The intake profile and the unfinished intake draft, one of each per person, as JSON. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type JsonTable = 'profiles' | 'intake_drafts';

/** A stored JSON document with its last change. */
export interface StoredDocument {
  data: unknown;
  updatedAt: string;
}

async function readDocument(db: Kysely<Database>, table: JsonTable, userId: string) {
  const row = await db
    .selectFrom(table)
    .select(['data', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { data: JSON.parse(row.data) as unknown, updatedAt: row.updated_at } : null;
}

async function writeDocument(
  db: Kysely<Database>,
  table: JsonTable,
  userId: string,
  data: unknown,
  now: string,
): Promise<void> {
  const json = JSON.stringify(data);
  await db
    .insertInto(table)
    .values({ user_id: userId, data: json, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ data: json, updated_at: now }))
    .execute();
}

/** The person's saved profile, or null before intake is finished. */
export function findProfile(db: Kysely<Database>, userId: string): Promise<StoredDocument | null> {
  return readDocument(db, 'profiles', userId);
}

/** Saves the profile, replacing the previous one. */
export function saveProfile(db: Kysely<Database>, userId: string, data: unknown, now: string) {
  return writeDocument(db, 'profiles', userId, data, now);
}

/** The unfinished intake, or null. */
export function findIntakeDraft(db: Kysely<Database>, userId: string): Promise<StoredDocument | null> {
  return readDocument(db, 'intake_drafts', userId);
}

/** Saves the unfinished intake. */
export function saveIntakeDraft(db: Kysely<Database>, userId: string, data: unknown, now: string) {
  return writeDocument(db, 'intake_drafts', userId, data, now);
}
