/**
 * A patient's prescription (issue 11): each clinician's adjustment stored whole as JSON and
 * decoded once, here, with the contract's schema. Ending an adjustment keeps its row, dated, so
 * what a week was built on can always be told. Reads of what is in force use one indexed query.
 */
import type { Kysely } from 'kysely';
import { AdjustmentSchema } from '../contract/prescription.js';
import type { Adjustment } from '../core/prescription/types.js';
import type { Database } from './schema.js';

/** One adjustment to store for a patient, set by a clinician at `createdAt`. */
export interface NewAdjustmentRow {
  patientId: string;
  clinicianId: string;
  adjustment: Adjustment;
  createdAt: string;
}

/** Every adjustment in force for a patient, oldest first (the partial index on patient and time). */
export async function listAdjustmentsInForce(db: Kysely<Database>, patientId: string): Promise<Adjustment[]> {
  const rows = await db
    .selectFrom('prescription_adjustments')
    .select(['data'])
    .where('patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => AdjustmentSchema.parse(JSON.parse(row.data)));
}

/**
 * Stores adjustments, all or none. Rows of one call are stored a millisecond apart from their
 * `createdAt` on, so they read back in the order given (a programme's, item by item).
 */
export async function insertAdjustments(db: Kysely<Database>, rows: readonly NewAdjustmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('prescription_adjustments')
    .values(
      rows.map((row, index) => ({
        id: row.adjustment.id,
        patient_id: row.patientId,
        clinician_id: row.clinicianId,
        kind: row.adjustment.kind,
        data: JSON.stringify(row.adjustment),
        created_at: new Date(Date.parse(row.createdAt) + index).toISOString(),
        ended_at: null,
        ended_by: null,
      })),
    )
    .execute();
}

/** Ends one of a patient's adjustments in force; false when there is none with that id. */
export async function endAdjustment(db: Kysely<Database>, patientId: string, id: string, endedAt: string, endedBy: string): Promise<boolean> {
  const result = await db
    .updateTable('prescription_adjustments')
    .set({ ended_at: endedAt, ended_by: endedBy })
    .where('id', '=', id)
    .where('patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Holds one patient's prescription for the rest of a transaction, so two requests that check
 * what is in force and then add (a double tap) run one after the other: the row lock of a no-op
 * update of the patient's account, held until commit (SQLite runs one write at a time anyway).
 */
export async function lockPrescription(trx: Kysely<Database>, patientId: string): Promise<void> {
  await trx.updateTable('users').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', patientId).execute();
}
