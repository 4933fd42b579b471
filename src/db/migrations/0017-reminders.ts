/**
 * Reminders the person controls (issue 13): their settings, the browsers that receive push
 * messages (each tied to the sign-in session that subscribed it, and deleted with it), the
 * private calendar feed (only its SHA-256 is kept), what was delivered on which day (one row per
 * reminder, day and channel: the unique key that makes a reminder go once), and the job leases
 * that let one server process of many run the reminder sweep.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** The ReminderSettings as JSON, parsed with its schema when read. */
    .addColumn('settings', 'text', (c) => c.notNull())
    /** 1 when a reminder is on and they are not paused: the sweep reads only these rows. */
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminder_settings_active').on('reminder_settings').columns(['active', 'user_id']).execute();
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The sign-in session (its hashed id) that subscribed: signing it out removes the subscription. */
    .addColumn('session_id', 'text', (c) => c.notNull().references('auth_sessions.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();
  await db.schema.createIndex('push_subscriptions_session').on('push_subscriptions').column('session_id').execute();
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('reminder_deliveries')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    /** `in_app` or `push`. */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_deliveries_key', ['user_id', 'local_date', 'kind', 'channel'])
    .execute();
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    /** Epoch milliseconds; the lease is free once this has passed. */
    .addColumn('expires_at', 'bigint', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
  await db.schema.dropTable('reminder_deliveries').execute();
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('push_subscriptions').execute();
  await db.schema.dropTable('reminder_settings').execute();
}
