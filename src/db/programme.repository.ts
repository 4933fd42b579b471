/**
 * Clinicians' programmes (issue 11): a named set of exercises with days, doses and a weekly rise,
 * private to its author or shared with the practice. Description, items and rise are stored as
 * JSON and decoded once, here, with the contract's schema. A deleted programme keeps its row
 * (`deleted_at`) so adjustments made from it still name it.
 */
import type { Kysely } from 'kysely';
import { ProgrammeSchema } from '../contract/prescription.js';
import type { Database } from './schema.js';

const ProgrammeData = ProgrammeSchema.pick({ description: true, items: true, weeklyRise: true });

/** A programme as stored, with its author's name. */
export interface ProgrammeRecord {
  id: string;
  name: string;
  description: string | null;
  shared: boolean;
  authorId: string;
  authorName: string;
  items: { exerciseId: string; days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[]; dose?: { sets?: number; reps?: number; holdSeconds?: number; minutes?: number } }[];
  weeklyRise: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What a programme's author writes. */
export type ProgrammeValues = Pick<ProgrammeRecord, 'name' | 'description' | 'shared' | 'items' | 'weeklyRise'>;

function programmeQuery(db: Kysely<Database>) {
  return db
    .selectFrom('programmes as p')
    .leftJoin('users as u', 'u.id', 'p.author_id')
    .select(['p.id', 'p.author_id', 'p.name', 'p.shared', 'p.data', 'p.created_at', 'p.updated_at', 'u.name as author_name', 'u.email as author_email'])
    .where('p.deleted_at', 'is', null);
}

type ProgrammeRow = Awaited<ReturnType<ReturnType<typeof programmeQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: ProgrammeRow): ProgrammeRecord {
  const data = ProgrammeData.parse(JSON.parse(row.data));
  return {
    id: row.id,
    name: row.name,
    description: data.description,
    shared: Number(row.shared) === 1,
    authorId: row.author_id,
    authorName: row.author_name ?? row.author_email ?? '',
    items: data.items,
    weeklyRise: data.weeklyRise,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const dataOf = (values: ProgrammeValues) =>
  JSON.stringify({ description: values.description, items: values.items, weeklyRise: values.weeklyRise });

/** The clinician's own programmes and those shared with the practice, by name. */
export async function listVisibleProgrammes(db: Kysely<Database>, clinicianId: string): Promise<ProgrammeRecord[]> {
  const rows = await programmeQuery(db)
    .where((eb) => eb.or([eb('p.author_id', '=', clinicianId), eb('p.shared', '=', 1)]))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  return rows.map(toRecord);
}

/** One programme the clinician may see (theirs, or shared), or null. */
export async function findVisibleProgramme(db: Kysely<Database>, clinicianId: string, id: string): Promise<ProgrammeRecord | null> {
  const row = await programmeQuery(db)
    .where('p.id', '=', id)
    .where((eb) => eb.or([eb('p.author_id', '=', clinicianId), eb('p.shared', '=', 1)]))
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Stores a new programme and returns it. */
export async function insertProgramme(db: Kysely<Database>, id: string, authorId: string, values: ProgrammeValues, now: string): Promise<ProgrammeRecord> {
  await db
    .insertInto('programmes')
    .values({ id, author_id: authorId, name: values.name, shared: values.shared ? 1 : 0, data: dataOf(values), created_at: now, updated_at: now, deleted_at: null })
    .execute();
  return toRecord(await programmeQuery(db).where('p.id', '=', id).executeTakeFirstOrThrow());
}

/** Replaces a programme its author wrote; null when there is no such programme of theirs. */
export async function updateProgramme(db: Kysely<Database>, id: string, authorId: string, values: ProgrammeValues, now: string): Promise<ProgrammeRecord | null> {
  const result = await db
    .updateTable('programmes')
    .set({ name: values.name, shared: values.shared ? 1 : 0, data: dataOf(values), updated_at: now })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return toRecord(await programmeQuery(db).where('p.id', '=', id).executeTakeFirstOrThrow());
}

/** Deletes a programme its author wrote (the row stays, dated); false when there is none of theirs. */
export async function deleteProgramme(db: Kysely<Database>, id: string, authorId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('programmes')
    .set({ deleted_at: now })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
