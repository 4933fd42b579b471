/** What the access policy needs to know: the link between two accounts, and the audit log. */
import type { Insertable, Kysely } from 'kysely';
import type { AuditEventsTable, Database } from './schema.js';

/** The clinician's active link to the patient, if there is one now. */
export async function findActiveLink(db: Kysely<Database>, clinicianId: string, patientId: string) {
  const row = await db
    .selectFrom('care_links')
    .select(['id', 'share_notes'])
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, shareNotes: row.share_notes === 1 } : null;
}

/** The subject of an access: who they are and the calendar their days are counted in. */
export async function findSubjectAccount(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'time_zone', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, name: row.name, timeZone: row.time_zone, createdAt: row.created_at } : null;
}

/** Appends events to the audit log. */
export async function insertAuditEvents(db: Kysely<Database>, events: Insertable<AuditEventsTable>[]): Promise<void> {
  if (events.length > 0) await db.insertInto('audit_events').values(events).execute();
}

/** A link by its id, ended or not. */
export async function findLinkById(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('care_links').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? { id: row.id, clinicianId: row.clinician_id, patientId: row.patient_id, shareNotes: row.share_notes === 1, startedAt: row.started_at, endedAt: row.ended_at }
    : null;
}
