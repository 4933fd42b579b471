/** Daily check-ins. Every query is scoped to one person: no function reads across people. */
import type { Kysely, Selectable } from 'kysely';
import type { LoggedCheckin } from '../core/pacing/index.js';
import type { CheckinsTable, Database } from './schema.js';

export type CheckinRow = Selectable<CheckinsTable>;

/** Which check-ins to list: by the person's calendar days, or by instants. Both ends included. */
export type CheckinRange =
  | { by: 'day'; from: string; to: string }
  | { by: 'instant'; from: string; to: string };

/**
 * Stores a check-in. With a `client_id` already used by this person, nothing is stored and the
 * earlier check-in is returned, so a retried request never makes a second entry.
 */
export async function insertCheckin(db: Kysely<Database>, row: CheckinRow): Promise<CheckinRow> {
  if (row.client_id === null) {
    await db.insertInto('checkins').values(row).execute();
    return row;
  }
  await db
    .insertInto('checkins')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'client_id']).doNothing())
    .execute();
  const stored = await db
    .selectFrom('checkins')
    .selectAll()
    .where('user_id', '=', row.user_id)
    .where('client_id', '=', row.client_id)
    .executeTakeFirstOrThrow();
  return stored;
}

/** The person's check-ins in a range, newest first. */
export async function listCheckins(
  db: Kysely<Database>,
  userId: string,
  range: CheckinRange,
): Promise<CheckinRow[]> {
  const column = range.by === 'day' ? 'local_date' : 'at';
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('user_id', '=', userId)
    .where(column, '>=', range.from)
    .where(column, '<=', range.to)
    .orderBy('at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Every check-in of a person, oldest first (for export). */
export async function listAllCheckins(db: Kysely<Database>, userId: string): Promise<CheckinRow[]> {
  return db.selectFrom('checkins').selectAll().where('user_id', '=', userId).orderBy('at', 'asc').execute();
}

/** Every check-in of a person as pacing reads it (pain and flare, decoded), oldest first. */
export async function listPacingCheckins(db: Kysely<Database>, userId: string): Promise<LoggedCheckin[]> {
  const rows = await db
    .selectFrom('checkins')
    .select(['at', 'local_date', 'pain', 'flare'])
    .where('user_id', '=', userId)
    .orderBy('at', 'asc')
    .execute();
  return rows.map((r) => ({ at: r.at, localDate: r.local_date, pain: r.pain, flare: r.flare === 1 }));
}

/** One of the person's check-ins, or undefined when it is not theirs or does not exist. */
export async function findCheckin(db: Kysely<Database>, userId: string, id: string) {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Replaces the editable fields of one of the person's check-ins; false when not found. */
export async function updateCheckin(
  db: Kysely<Database>,
  userId: string,
  id: string,
  changes: Partial<Omit<CheckinRow, 'id' | 'user_id' | 'client_id' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('checkins')
    .set(changes)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes one of the person's check-ins; false when not found. */
export async function deleteCheckin(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('checkins')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
