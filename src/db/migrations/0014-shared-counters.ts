/**
 * Counters that several server processes on one PostgreSQL database share (issue 16): request
 * rate limits and the sign-in, code and password throttles. A row is one key's fixed window.
 * On SQLite (one process) the server keeps these in memory; the table is there but unused.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shared_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    /** When the key's window began, in milliseconds since 1970. */
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shared_counters_window').on('shared_counters').column('window_start').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shared_counters').execute();
}
