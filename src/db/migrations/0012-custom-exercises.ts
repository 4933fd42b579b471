/**
 * A clinician's own exercises (issue 11): stored whole as JSON (decoded with the contract's
 * schema), private to the author or shared with the practice; deleting keeps the row, dated, so
 * old plans and logs still have a name. Photos are re-encoded bytes kept in the database.
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('custom_exercises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    /** The exercise's fields as core/library/exercise.ts has them, without id, source and photo. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('photo_id', 'text')
    .addColumn('photo_alt', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('custom_exercises_author').on('custom_exercises').columns(['author_id']).execute();

  // SQLite keeps bytes in a BLOB column; PostgreSQL in bytea.
  const bytes = db.getExecutor().adapter instanceof SqliteAdapter ? sql`blob` : sql`bytea`;
  await db.schema
    .createTable('exercise_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exercise_photos_exercise').on('exercise_photos').columns(['exercise_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exercise_photos').execute();
  await db.schema.dropTable('custom_exercises').execute();
}
