/** A check-in can say "something new" (new numbness, weakness, bladder or bowel change, fever). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('checkins')
    .addColumn('something_new', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('something_new').execute();
}
