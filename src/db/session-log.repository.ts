/** Exercise session logs, idempotent by the client's id; every query scoped to one person. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, ExerciseSessionsTable } from './schema.js';

export type SessionLogRow = Selectable<ExerciseSessionsTable>;

/** Stores a session log; the same client id twice stores one and returns the first. */
export async function insertSessionLog(db: Kysely<Database>, row: SessionLogRow): Promise<{ row: SessionLogRow; created: boolean }> {
  const result = await db
    .insertInto('exercise_sessions')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'client_id']).doNothing())
    .executeTakeFirst();
  const stored = await db
    .selectFrom('exercise_sessions')
    .selectAll()
    .where('user_id', '=', row.user_id)
    .where('client_id', '=', row.client_id)
    .executeTakeFirstOrThrow();
  return { row: stored, created: Number(result.numInsertedOrUpdatedRows ?? 0) === 1 };
}

/** The person's session logs between two calendar days (both included), newest first. */
export async function listSessionLogs(db: Kysely<Database>, userId: string, from: string, to: string): Promise<SessionLogRow[]> {
  return db
    .selectFrom('exercise_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('started_at', 'desc')
    .execute();
}

/** Every session log of a person, oldest first (for export and pacing). */
export async function listAllSessionLogs(db: Kysely<Database>, userId: string): Promise<SessionLogRow[]> {
  return db.selectFrom('exercise_sessions').selectAll().where('user_id', '=', userId).orderBy('started_at', 'asc').execute();
}
