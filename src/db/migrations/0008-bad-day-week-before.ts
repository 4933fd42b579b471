/** A bad-day mark keeps the week as it stood before it, so Undo can give that week back exactly. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('bad_days').addColumn('week_before', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('bad_days').dropColumn('week_before').execute();
}
