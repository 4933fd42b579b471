/** Practice-wide settings, one JSON value per key. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The stored JSON text of a setting, or undefined when it was never set. */
export async function findSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('practice_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores a setting (JSON text), replacing any earlier value. */
export async function saveSetting(db: Kysely<Database>, key: string, value: string, at: string, by: string | null): Promise<void> {
  await db
    .insertInto('practice_settings')
    .values({ key, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}
