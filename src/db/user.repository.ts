/** Accounts and their server-side sign-in sessions. */
import { SqliteAdapter, sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, UsersTable } from './schema.js';

export type UserRow = Selectable<UsersTable>;

/** Stores a new account; returns false when the email is already taken. */
export async function insertUser(db: Kysely<Database>, user: Insertable<UsersTable>): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Finds an account by its (lower-case) email. */
export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Finds an account by id. */
export async function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes an account's name or time zone. */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<UserRow, 'name' | 'time_zone'>> & { updated_at: string },
) {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/**
 * Deletes an account and every row that belongs to it, in one transaction, at `now`: as a person
 * (their journal, links, notes, reviews of them and the log of looks at their data) and as staff
 * (their invitations; their links end, while their notes and reviews stay with the patients and
 * the audit log keeps what they did under the name they had).
 */
export async function deleteUserAndData(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('audit_events').where('patient_id', '=', id).execute();
    await trx.deleteFrom('care_reviews').where('patient_id', '=', id).execute();
    await trx.deleteFrom('care_notes').where('patient_id', '=', id).execute();
    await trx.deleteFrom('care_links').where('patient_id', '=', id).execute();
    // A person's prescription goes with them; a clinician's programmes go with her, while the
    // adjustments she set stay with her patients (each keeps her name as it was).
    await trx.deleteFrom('prescription_adjustments').where('patient_id', '=', id).execute();
    await trx.deleteFrom('programmes').where('author_id', '=', id).execute();
    // A clinician's links end; the patients keep the notes, reviews and link history.
    await trx.updateTable('care_links').set({ ended_at: now, ended_by: id }).where('clinician_id', '=', id).where('ended_at', 'is', null).execute();
    await trx.deleteFrom('care_invitations').where((eb) => eb.or([eb('patient_id', '=', id), eb('clinician_id', '=', id)])).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
    await trx.deleteFrom('password_resets').where('user_id', '=', id).execute();
    await trx.updateTable('password_resets').set({ made_by: null }).where('made_by', '=', id).execute();
    await trx.deleteFrom('bad_days').where('user_id', '=', id).execute();
    await trx.deleteFrom('lesson_events').where('user_id', '=', id).execute();
    await trx.deleteFrom('flare_plans').where('user_id', '=', id).execute();
    await trx.deleteFrom('reminder_deliveries').where('user_id', '=', id).execute();
    await trx.deleteFrom('reminder_settings').where('user_id', '=', id).execute();
    await trx.deleteFrom('calendar_feeds').where('user_id', '=', id).execute();
    await trx.deleteFrom('push_subscriptions').where('user_id', '=', id).execute();
    await trx.deleteFrom('week_changes').where('user_id', '=', id).execute();
    await trx.deleteFrom('weekly_plans').where('user_id', '=', id).execute();
    await trx.deleteFrom('exercise_sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('questionnaire_responses').where('user_id', '=', id).execute();
    await trx.deleteFrom('questionnaire_schedules').where('user_id', '=', id).execute();
    await trx.deleteFrom('checkins').where('user_id', '=', id).execute();
    await trx.deleteFrom('intake_drafts').where('user_id', '=', id).execute();
    await trx.deleteFrom('profiles').where('user_id', '=', id).execute();
    await trx.deleteFrom('auth_sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('users').where('id', '=', id).execute();
  });
  await forgetDeletedRows(db);
}

/**
 * Makes deleted rows unreadable in the files on disk. SQLite overwrites them in the database
 * file (`secure_delete`) but their older copies stay in the write-ahead log until a checkpoint:
 * this one copies the log back and truncates it. PostgreSQL keeps dead rows until its vacuum
 * reuses the space; there, the operator's disk encryption is the answer (README, "Backing up").
 */
export async function forgetDeletedRows(db: Kysely<Database>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  // SQLite answers "busy" (a row, not an error) while the checkpoint worker copies the log back;
  // that copy takes milliseconds, so try again until the log is really emptied (found in review).
  for (let attempt = 1; ; attempt += 1) {
    const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) return;
    if (attempt === FORGET_ATTEMPTS) throw new Error(`The write-ahead log stayed busy after ${FORGET_ATTEMPTS} attempts; deleted rows may remain in it until the next checkpoint.`);
    await new Promise((resolve) => setTimeout(resolve, FORGET_RETRY_MS));
  }
}

/** Attempts at emptying the log after a deletion, FORGET_RETRY_MS apart (five seconds in all). */
const FORGET_ATTEMPTS = 100;
const FORGET_RETRY_MS = 50;

/** Stores a sign-in session (its id is the hash of the cookie token). */
export async function insertAuthSession(
  db: Kysely<Database>,
  session: Insertable<Database['auth_sessions']>,
): Promise<void> {
  await db.insertInto('auth_sessions').values(session).execute();
}

/** The account behind a session that has not expired at `now`, with the session's expiry. */
export async function findUserBySession(db: Kysely<Database>, sessionId: string, now: string) {
  return db
    .selectFrom('auth_sessions')
    .innerJoin('users', 'users.id', 'auth_sessions.user_id')
    .selectAll('users')
    .select([
      'auth_sessions.expires_at as session_expires_at',
      'auth_sessions.second_factor_at as session_second_factor_at',
      'auth_sessions.device_id as session_device_id',
      'auth_sessions.last_seen_at as session_last_seen_at',
      'auth_sessions.created_at as session_created_at',
    ])
    .where('auth_sessions.id', '=', sessionId)
    .where('auth_sessions.expires_at', '>', now)
    .executeTakeFirst();
}

/** Ends one sign-in session. */
export async function deleteAuthSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id', '=', sessionId).execute();
}

/** Removes sessions that expired before `now`. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A signed-in device as its owner sees it in the devices list. */
export interface DeviceSession {
  deviceId: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
}

/** The account's sessions that have not expired at `now`, most recently seen first. */
export async function listDeviceSessions(db: Kysely<Database>, userId: string, now: string): Promise<DeviceSession[]> {
  const rows = await db
    .selectFrom('auth_sessions')
    .select(['device_id', 'created_at', 'last_seen_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .where('device_id', 'is not', null)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.flatMap((row) =>
    row.device_id === null
      ? []
      : [{ deviceId: row.device_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at ?? row.created_at, userAgent: row.user_agent }],
  );
}

/** Records that a session passed the second factor at `at`. */
export async function markSessionSecondFactor(db: Kysely<Database>, userId: string, deviceId: string, at: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ second_factor_at: at }).where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
}

/** Notes that a session was used at `at`, and gives it its device id (older sessions had none). */
export async function touchSessionLastSeen(db: Kysely<Database>, sessionId: string, at: string, deviceId: string): Promise<void> {
  await db.updateTable('auth_sessions').set({ last_seen_at: at, device_id: deviceId }).where('id', '=', sessionId).execute();
}

/** Ends the account's session on one device; false when the account has no such device. */
export async function deleteDeviceSession(db: Kysely<Database>, userId: string, deviceId: string): Promise<boolean> {
  const result = await db.deleteFrom('auth_sessions').where('user_id', '=', userId).where('device_id', '=', deviceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of the account, or every one but the device `keepDeviceId`. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string, keepDeviceId?: string): Promise<number> {
  let query = db.deleteFrom('auth_sessions').where('user_id', '=', userId);
  if (keepDeviceId !== undefined) query = query.where((eb) => eb.or([eb('device_id', 'is', null), eb('device_id', '!=', keepDeviceId)]));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Replaces the account's password hash. */
export async function updatePasswordHash(db: Kysely<Database>, userId: string, passwordHash: string, at: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', userId).execute();
}
