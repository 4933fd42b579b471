/** Accounts, server-side sign-in sessions, intake profile and draft, daily check-ins. */
import type { Kysely } from 'kysely';

// Migrations take `Kysely<unknown>`: they must not depend on today's table types.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();

  for (const table of ['profiles', 'intake_drafts']) {
    await db.schema
      .createTable(table)
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  }

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('client_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('pain', 'integer', (c) => c.notNull())
    .addColumn('flare', 'integer', (c) => c.notNull())
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('stiffness', 'integer')
    .addColumn('sleep', 'integer')
    .addColumn('mood', 'integer')
    .addColumn('energy', 'integer')
    .addColumn('stress', 'integer')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('checkins_user_client', ['user_id', 'client_id'])
    .execute();
  await db.schema
    .createIndex('checkins_user_day')
    .on('checkins')
    .columns(['user_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['checkins', 'intake_drafts', 'profiles', 'auth_sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
