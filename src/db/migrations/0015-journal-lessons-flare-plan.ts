/**
 * The journal the method asks for (issue 14): a check-in's optional detail (stored as JSON, parsed
 * with its schema when read), the lessons a person read or put off, and their own flare plan.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').addColumn('detail', 'text').execute();
  await db.schema
    .createTable('lesson_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('lesson_id', 'text', (c) => c.notNull())
    /** `read` or `later` ("not now"). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('lesson_events_user').on('lesson_events').columns(['user_id', 'at']).execute();
  await db.schema
    .createTable('flare_plans')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** The whole FlarePlan as JSON, parsed with its schema when read. */
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('flare_plans').execute();
  await db.schema.dropTable('lesson_events').execute();
  await db.schema.alterTable('checkins').dropColumn('detail').execute();
}
