/**
 * Exercise session logs, idempotent by the client's id; every query scoped to one person. Rows
 * are decoded once here (items parsed with their schema, 0/1 to booleans), so services work with
 * session logs, never with rows.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { SessionItemSchema, StopReasonSchema, type SessionLog } from '../contract/session-log.js';
import type { Database, ExerciseSessionsTable } from './schema.js';

type SessionLogRow = Selectable<ExerciseSessionsTable>;

/** A session log to store, with the person it belongs to. */
export interface NewSessionLog extends Omit<SessionLog, 'createdAt'> {
  userId: string;
  createdAt: string;
}

const StoredItems = z.array(SessionItemSchema);

/** Stores a session log; the same client id twice stores one and returns the first. */
export async function insertSessionLog(db: Kysely<Database>, log: NewSessionLog): Promise<{ log: SessionLog; created: boolean }> {
  const result = await db
    .insertInto('exercise_sessions')
    .values(toRow(log))
    .onConflict((oc) => oc.columns(['user_id', 'client_id']).doNothing())
    .executeTakeFirst();
  const stored = await db
    .selectFrom('exercise_sessions')
    .selectAll()
    .where('user_id', '=', log.userId)
    .where('client_id', '=', log.clientId)
    .executeTakeFirstOrThrow();
  return { log: fromRow(stored), created: Number(result.numInsertedOrUpdatedRows ?? 0) === 1 };
}

/** The person's session logs between two calendar days (both included), newest first. */
export async function listSessionLogs(db: Kysely<Database>, userId: string, from: string, to: string): Promise<SessionLog[]> {
  const rows = await db
    .selectFrom('exercise_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('started_at', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** Every session log of a person, oldest first (for export and pacing). */
export async function listAllSessionLogs(db: Kysely<Database>, userId: string): Promise<SessionLog[]> {
  const rows = await db.selectFrom('exercise_sessions').selectAll().where('user_id', '=', userId).orderBy('started_at', 'asc').execute();
  return rows.map(fromRow);
}

function toRow(log: NewSessionLog): SessionLogRow {
  return {
    id: log.id,
    user_id: log.userId,
    client_id: log.clientId,
    started_at: log.startedAt,
    local_date: log.localDate,
    pain_before: log.painBefore,
    pain_after: log.painAfter,
    items: JSON.stringify(log.items),
    partial: log.partial ? 1 : 0,
    notes: log.notes,
    stop_reason: log.stopReason,
    tolerance_test: log.toleranceTest ? 1 : 0,
    created_at: log.createdAt,
  };
}

function fromRow(row: SessionLogRow): SessionLog {
  return {
    id: row.id,
    clientId: row.client_id,
    startedAt: row.started_at,
    localDate: row.local_date,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    items: StoredItems.parse(JSON.parse(row.items)),
    partial: row.partial === 1,
    stopReason: row.stop_reason === null ? null : StopReasonSchema.parse(row.stop_reason),
    toleranceTest: row.tolerance_test === 1,
    notes: row.notes,
    createdAt: row.created_at,
  };
}
