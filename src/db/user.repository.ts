/** Accounts and their server-side sign-in sessions. */
import type { Insertable, Kysely, Selectable } from 'kysely';
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

/** Deletes an account and every row that belongs to it, in one transaction. */
export async function deleteUserAndData(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('bad_days').where('user_id', '=', id).execute();
    await trx.deleteFrom('weekly_plans').where('user_id', '=', id).execute();
    await trx.deleteFrom('exercise_sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('checkins').where('user_id', '=', id).execute();
    await trx.deleteFrom('intake_drafts').where('user_id', '=', id).execute();
    await trx.deleteFrom('profiles').where('user_id', '=', id).execute();
    // The person's notes with clinicians and their links go too; a clinician's look stays in the audit log.
    await trx.deleteFrom('care_notes').where('patient_id', '=', id).execute();
    await trx.deleteFrom('care_links').where('patient_id', '=', id).execute();
    await trx.deleteFrom('auth_sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('users').where('id', '=', id).execute();
  });
}

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
