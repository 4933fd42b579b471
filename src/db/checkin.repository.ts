/**
 * Daily check-ins. Every query is scoped to one person: no function reads across people. The
 * weekly PEG given in a check-in is an answer set of the `peg` questionnaire linked by
 * `checkin_id` (issue 12): written in the check-in's transaction, read with it in one join.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Checkin } from '../core/checkin.js';
import { JOURNAL_REGIONS, type CheckinDetail } from '../core/journal/detail.js';
import type { LoggedCheckin } from '../core/pacing/index.js';
import { CheckinDetailSchema } from '../contract/journal-detail.js';
import type { CheckinsTable, Database } from './schema.js';
import { decodeAnswers, deleteCheckinPeg, moveCheckinPeg, pegOfAnswers, writeCheckinPeg, type PegAnswers } from './questionnaire.repository.js';
import { insertRowUnlessConflict } from './compiled-insert.js';

export type CheckinRow = Selectable<CheckinsTable>;

/** A stored check-in, decoded once: the check-in, the PEG given in it (if any) and its bookkeeping. */
export interface StoredCheckin extends Checkin {
  clientId: string | null;
  peg: PegAnswers | null;
  somethingNew: boolean;
  createdAt: string;
  updatedAt: string;
  /** The device's id of the last edit applied, or null (issue 13). */
  changeId: string | null;
}

const StoredAreas = z.array(z.enum(JOURNAL_REGIONS));

/** The detail column as stored: JSON, or null for none. */
export function encodeDetail(detail: CheckinDetail | null): string | null {
  return detail === null ? null : JSON.stringify(detail);
}

/** A check-in row and its PEG as the domain value; stored JSON is parsed with its schema. */
export function decodeCheckin(row: CheckinRow, peg: PegAnswers | null): StoredCheckin {
  return {
    id: row.id,
    clientId: row.client_id,
    at: row.at,
    localDate: row.local_date,
    pain: row.pain,
    flare: row.flare === 1,
    areas: StoredAreas.parse(JSON.parse(row.areas)),
    stiffness: row.stiffness,
    sleep: row.sleep,
    mood: row.mood,
    energy: row.energy,
    stress: row.stress,
    notes: row.notes,
    detail: row.detail === null ? null : CheckinDetailSchema.parse(JSON.parse(row.detail)),
    peg,
    somethingNew: row.something_new === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    changeId: row.change_id,
  };
}

/** How a check-in's PEG is written: its answers, a new answer set's id and the PEG's version. */
export interface PegWrite {
  peg: PegAnswers | null;
  newId: string;
  version: string;
}

function selectCheckins(db: Kysely<Database>) {
  return db
    .selectFrom('checkins as c')
    .leftJoin('questionnaire_responses as q', (join) => join.onRef('q.checkin_id', '=', 'c.id').on('q.instrument', '=', 'peg'))
    .selectAll('c')
    .select('q.answers as peg_answers');
}

function withPeg(row: CheckinRow & { peg_answers: string | null }): StoredCheckin {
  const { peg_answers: answers, ...checkin } = row;
  return decodeCheckin(checkin, answers === null ? null : pegOfAnswers(decodeAnswers(answers)));
}

/** Which check-ins to list: by the person's calendar days, or by instants. Both ends included. */
export type CheckinRange =
  | { by: 'day'; from: string; to: string }
  | { by: 'instant'; from: string; to: string };

/**
 * Stores a check-in and the PEG given in it, in one transaction. With a `client_id` already used
 * by this person, nothing is stored and the earlier check-in is returned, so a retried request
 * never makes a second entry.
 */
export async function insertCheckin(db: Kysely<Database>, row: CheckinRow, peg: PegWrite): Promise<StoredCheckin> {
  const insert = (q: Kysely<Database>): Promise<boolean> => insertRowUnlessConflict(q, 'checkins', row, ['user_id', 'client_id']);
  // One statement is atomic on its own; a PEG makes two, written in one transaction.
  const inserted =
    peg.peg === null
      ? await insert(db)
      : await db.transaction().execute(async (trx) => {
          const done = await insert(trx);
          if (done) await writeCheckinPeg(trx, { ...peg, peg: peg.peg, userId: row.user_id, checkinId: row.id, localDate: row.local_date, at: row.at, now: row.created_at });
          return done;
        });
  // Stored as written: nothing to read back. Only a retry reads the check-in stored the first time.
  if (inserted) return decodeCheckin(row, peg.peg);
  const stored = await selectCheckins(db)
    .where('c.user_id', '=', row.user_id)
    .where((eb) => (row.client_id === null ? eb('c.id', '=', row.id) : eb('c.client_id', '=', row.client_id)))
    .executeTakeFirst();
  if (!stored) throw new Error('The check-in was neither stored nor found.');
  return withPeg(stored);
}

/** The person's check-ins in a range, newest first. */
export async function listCheckins(
  db: Kysely<Database>,
  userId: string,
  range: CheckinRange,
): Promise<StoredCheckin[]> {
  const column = range.by === 'day' ? 'c.local_date' : 'c.at';
  const rows = await selectCheckins(db)
    .where('c.user_id', '=', userId)
    .where(column, '>=', range.from)
    .where(column, '<=', range.to)
    .orderBy('c.at', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
  return rows.map(withPeg);
}

/** Every check-in of a person, oldest first (for export). */
export async function listAllCheckins(db: Kysely<Database>, userId: string): Promise<StoredCheckin[]> {
  const rows = await selectCheckins(db).where('c.user_id', '=', userId).orderBy('c.at', 'asc').orderBy('c.created_at', 'asc').execute();
  return rows.map(withPeg);
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
export async function findCheckin(db: Kysely<Database>, userId: string, id: string): Promise<StoredCheckin | undefined> {
  const row = await selectCheckins(db).where('c.user_id', '=', userId).where('c.id', '=', id).executeTakeFirst();
  return row ? withPeg(row) : undefined;
}

/**
 * Replaces the editable fields of one of the person's check-ins and, when given, its PEG (null
 * removes it), in one transaction; a PEG left alone follows the check-in's time. With `onVersion`,
 * only while the stored `updated_at` is still that one. False when not found (or not on that version).
 */
export async function updateCheckin(
  db: Kysely<Database>,
  userId: string,
  id: string,
  changes: Partial<Omit<CheckinRow, 'id' | 'user_id' | 'client_id' | 'created_at'>> & { updated_at: string },
  peg?: PegWrite,
  onVersion?: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('checkins')
      .set(changes)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .$if(onVersion !== undefined, (q) => q.where('updated_at', '=', onVersion ?? ''))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    const stored = await trx.selectFrom('checkins').select(['local_date', 'at']).where('id', '=', id).executeTakeFirstOrThrow();
    const when = { localDate: stored.local_date, at: stored.at, now: changes.updated_at };
    if (peg) await writeCheckinPeg(trx, { ...peg, ...when, userId, checkinId: id });
    else await moveCheckinPeg(trx, userId, id, when);
    return true;
  });
}

/**
 * Deletes one of the person's check-ins and the PEG given in it; with `onVersion`, only while the
 * stored `updated_at` is still that one. False when not found (or not on that version): nothing is
 * deleted then, the PEG included.
 */
export async function deleteCheckin(db: Kysely<Database>, userId: string, id: string, onVersion?: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('checkins')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .$if(onVersion !== undefined, (q) => q.where('updated_at', '=', onVersion ?? ''))
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) return false;
    await deleteCheckinPeg(trx, userId, id);
    return true;
  });
}
