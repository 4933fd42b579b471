/**
 * The therapist prescribes (issue 11): a patient's adjustments in force, and programmes. An
 * adjustment is stored whole as JSON (decoded with the contract's AdjustmentSchema); ending it
 * keeps the row, dated, so what a week was built on can always be told.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('prescription_adjustments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull())
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The whole adjustment, as core/prescription/types.ts has it. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await sql`CREATE INDEX prescription_adjustments_patient ON prescription_adjustments (patient_id, created_at) WHERE ended_at IS NULL`.execute(db);

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    /** Description, items (exercise, days, dose) and weekly rise, as JSON. */
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('programmes_author').on('programmes').columns(['author_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('programmes').execute();
  await db.schema.dropTable('prescription_adjustments').execute();
}
