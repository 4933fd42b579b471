/**
 * The person's own changes to a week (issue 15): exercises swapped and sessions moved, one row
 * per person and week, laid over the planner's week each time it is shown so a rebuilt week keeps
 * them.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('week_changes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The Monday of the week. */
    .addColumn('week_start', 'text', (c) => c.notNull())
    /** The WeekChanges as JSON ({ swaps, moves }), parsed with its schema when read. */
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('week_changes_key', ['user_id', 'week_start'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('week_changes').execute();
}
