/**
 * A clinician's own exercises and their photos (issue 11). Rows are decoded once here: `shared`
 * as a boolean, the stored JSON with its schema; a deleted exercise stays readable by id so old
 * plans and logs keep its name.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { AdjustmentSchema } from '../contract/prescription.js';
import { StoredCustomExercise } from '../contract/custom-exercise.js';
import type { CustomExercisesTable, Database } from './schema.js';

/** A custom exercise as stored, decoded. */
export interface CustomExerciseRecord {
  id: string;
  authorId: string;
  authorName: string;
  shared: boolean;
  data: StoredCustomExercise;
  photo: { id: string; alt: string } | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** What is written when an exercise is made or changed. */
export interface CustomExerciseWrite {
  id: string;
  authorId: string;
  shared: boolean;
  data: StoredCustomExercise;
  at: string;
}

function exerciseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('custom_exercises as e')
    .leftJoin('users as u', 'u.id', 'e.author_id')
    .selectAll('e')
    .select(['u.name as author_name', 'u.email as author_email']);
}

type Row = Selectable<CustomExercisesTable> & { author_name: string | null; author_email: string | null };

function toRecord(row: Row): CustomExerciseRecord {
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name ?? row.author_email ?? '',
    shared: Number(row.shared) === 1,
    data: StoredCustomExercise.parse(JSON.parse(row.data)),
    photo: row.photo_id && row.photo_alt ? { id: row.photo_id, alt: row.photo_alt } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Stores a new exercise. */
export async function insertCustomExercise(db: Kysely<Database>, write: CustomExerciseWrite): Promise<void> {
  await db
    .insertInto('custom_exercises')
    .values({ id: write.id, author_id: write.authorId, shared: write.shared ? 1 : 0, data: JSON.stringify(write.data), photo_id: null, photo_alt: null, created_at: write.at, updated_at: write.at, deleted_at: null })
    .execute();
}

/** Changes an exercise's fields; its photo stays. */
export async function updateCustomExercise(db: Kysely<Database>, write: CustomExerciseWrite): Promise<void> {
  await db
    .updateTable('custom_exercises')
    .set({ shared: write.shared ? 1 : 0, data: JSON.stringify(write.data), updated_at: write.at })
    .where('id', '=', write.id)
    .execute();
}

/** Marks an exercise deleted; the row stays so names still resolve. */
export async function markCustomExerciseDeleted(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('custom_exercises').set({ deleted_at: at, updated_at: at }).where('id', '=', id).execute();
}

/** One exercise by id, deleted or not. */
export async function findCustomExercise(db: Kysely<Database>, id: string): Promise<CustomExerciseRecord | null> {
  const row = await exerciseQuery(db).where('e.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Exercises by id (deleted ones too: plans and logs still name them). */
export async function findCustomExercises(db: Kysely<Database>, ids: readonly string[]): Promise<CustomExerciseRecord[]> {
  if (ids.length === 0) return [];
  const rows = await exerciseQuery(db).where('e.id', 'in', [...ids]).orderBy('e.created_at').execute();
  return rows.map(toRecord);
}

/** The exercises a clinician may use: their own and those shared with the practice, not deleted, newest change first. */
export async function listUsableCustomExercises(db: Kysely<Database>, clinicianId: string): Promise<CustomExerciseRecord[]> {
  const rows = await exerciseQuery(db)
    .where('e.deleted_at', 'is', null)
    .where((w) => w.or([w('e.author_id', '=', clinicianId), w('e.shared', '=', 1)]))
    .orderBy('e.updated_at', 'desc')
    .orderBy('e.id')
    .execute();
  return rows.map(toRecord);
}

/** Stores a photo and points the exercise at it, dropping the photo it had. */
export async function replaceExercisePhoto(
  db: Kysely<Database>,
  photo: { id: string; exerciseId: string; contentType: string; bytes: Buffer; alt: string; at: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('exercise_photos').where('exercise_id', '=', photo.exerciseId).execute();
    await tx.insertInto('exercise_photos').values({ id: photo.id, exercise_id: photo.exerciseId, content_type: photo.contentType, bytes: photo.bytes, created_at: photo.at }).execute();
    await tx.updateTable('custom_exercises').set({ photo_id: photo.id, photo_alt: photo.alt, updated_at: photo.at }).where('id', '=', photo.exerciseId).execute();
  });
}

/** Takes an exercise's photo away. */
export async function removeExercisePhoto(db: Kysely<Database>, exerciseId: string, at: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('exercise_photos').where('exercise_id', '=', exerciseId).execute();
    await tx.updateTable('custom_exercises').set({ photo_id: null, photo_alt: null, updated_at: at }).where('id', '=', exerciseId).execute();
  });
}

/** A photo's bytes and the exercise it belongs to. */
export async function findExercisePhoto(db: Kysely<Database>, id: string): Promise<{ exerciseId: string; contentType: string; bytes: Buffer } | null> {
  const row = await db.selectFrom('exercise_photos').select(['exercise_id', 'content_type', 'bytes']).where('id', '=', id).executeTakeFirst();
  return row ? { exerciseId: row.exercise_id, contentType: row.content_type, bytes: Buffer.from(row.bytes) } : null;
}

/** The exercise ids a person's active include adjustments name (decoded with the contract's schema). */
export async function listIncludedExerciseIds(db: Kysely<Database>, patientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('prescription_adjustments')
    .select('data')
    .where('patient_id', '=', patientId)
    .where('kind', '=', 'include')
    .where('ended_at', 'is', null)
    .execute();
  return rows.flatMap((r) => {
    const adjustment = AdjustmentSchema.parse(JSON.parse(r.data));
    return adjustment.kind === 'include' ? [adjustment.exerciseId] : [];
  });
}

const LoggedItems = z.array(z.object({ exerciseId: z.string() }));

/** The custom exercise ids (`c-…`) a person's session logs name. */
export async function listLoggedCustomExerciseIds(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('exercise_sessions')
    .select('items')
    .where('user_id', '=', userId)
    .where('items', 'like', '%"c-%')
    .execute();
  const ids = rows.flatMap((r) => LoggedItems.parse(JSON.parse(r.items)).map((item) => item.exerciseId));
  return [...new Set(ids.filter((id) => id.startsWith('c-')))];
}
