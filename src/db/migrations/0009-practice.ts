/**
 * One server is one practice (issue 10): roles, the second factor, devices, invitations, links
 * between clinicians and patients with consent, notes both ways, reviews and the audit log.
 * Instants are ISO-8601 text, booleans 0/1, as everywhere else.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('role', 'text', (c) => c.notNull().defaultTo('person')).execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  /** The confirmed TOTP secret (base32); null until the second factor is set up. */
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  /** A secret shown as a QR code but not yet confirmed with a code. */
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute();
  /** The last TOTP time step accepted, so one code cannot be used twice. */
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();

  /** When this session passed the second factor; null when it has only the password. */
  await db.schema.alterTable('auth_sessions').addColumn('second_factor_at', 'text').execute();
  /** A public id for the devices list (the row id is the cookie's hash and never leaves). */
  await db.schema.alterTable('auth_sessions').addColumn('device_id', 'text').execute();
  await db.schema.alterTable('auth_sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('auth_sessions').addColumn('last_seen_at', 'text').execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  /** One-use links: the first admin's sign-in link and an admin's invitation of a clinician. */
  await db.schema
    .createTable('account_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('invited_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .execute();

  /** A clinician's invitation of a patient: a link and a short code, both stored hashed. */
  await db.schema
    .createTable('care_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answer', 'text')
    .addColumn('patient_id', 'text')
    .execute();
  await db.schema.createIndex('care_invitations_clinician').on('care_invitations').columns(['clinician_id', 'created_at']).execute();

  /** A clinician follows a patient while the link has no end. */
  await db.schema
    .createTable('care_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('share_notes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await sql`CREATE UNIQUE INDEX care_links_active ON care_links (clinician_id, patient_id) WHERE ended_at IS NULL`.execute(db);
  await db.schema.createIndex('care_links_patient').on('care_links').columns(['patient_id', 'started_at']).execute();

  await db.schema
    .createTable('care_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('care_notes_thread').on('care_notes').columns(['patient_id', 'clinician_id', 'created_at']).execute();

  await db.schema
    .createTable('care_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('care_reviews_patient').on('care_reviews').columns(['patient_id', 'reviewed_at']).execute();

  /** Every look at or change of a patient's data by someone else; kept after a link ends. */
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_patient').on('audit_events').columns(['patient_id', 'at']).execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at']).execute();

  await db.schema
    .createTable('practice_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['practice_settings', 'audit_events', 'care_reviews', 'care_notes', 'care_links', 'care_invitations', 'account_invitations', 'recovery_codes']) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ['last_seen_at', 'user_agent', 'device_id', 'second_factor_at']) {
    await db.schema.alterTable('auth_sessions').dropColumn(column).execute();
  }
  for (const column of ['totp_last_step', 'totp_pending_secret', 'totp_secret', 'disabled_at', 'role']) {
    await db.schema.alterTable('users').dropColumn(column).execute();
  }
}
