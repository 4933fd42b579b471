/**
 * Check-in versions (issue 13): the last edit applied to a check-in is remembered by the id the
 * device gave it (`change_id`), so an edit sent twice is applied once and answered the same way.
 * The version itself is `updated_at`, which every edit moves forward.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').addColumn('change_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('change_id').execute();
}
