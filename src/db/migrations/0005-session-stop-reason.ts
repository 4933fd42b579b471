/**
 * Session logs say why a session was stopped (the stop flow's answer) and whether they were a
 * tolerance test (a baseline on their own), and pain after may be
 * unknown for a session left partway. PostgreSQL drops the NOT NULL in place; SQLite cannot, so
 * there the table is copied into a new one with the same columns, constraint and index.
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuildForSqlite(db);
  else await sql`ALTER TABLE exercise_sessions ALTER COLUMN pain_after DROP NOT NULL`.execute(db);
  await db.schema.alterTable('exercise_sessions').addColumn('stop_reason', 'text').execute();
  await db.schema
    .alterTable('exercise_sessions')
    .addColumn('tolerance_test', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

async function rebuildForSqlite(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exercise_sessions_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('pain_before', 'integer', (c) => c.notNull())
    .addColumn('pain_after', 'integer')
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('partial', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exercise_sessions_user_client', ['user_id', 'client_id'])
    .execute();
  await sql`INSERT INTO exercise_sessions_next SELECT id, user_id, client_id, started_at, local_date, pain_before, pain_after, items, partial, notes, created_at FROM exercise_sessions`.execute(db);
  await db.schema.dropTable('exercise_sessions').execute();
  await db.schema.alterTable('exercise_sessions_next').renameTo('exercise_sessions').execute();
  await db.schema
    .createIndex('exercise_sessions_user_day')
    .on('exercise_sessions')
    .columns(['user_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exercise_sessions').dropColumn('tolerance_test').execute();
  await db.schema.alterTable('exercise_sessions').dropColumn('stop_reason').execute();
}
