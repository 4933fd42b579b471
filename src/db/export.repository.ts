/**
 * What the personal export needs beyond the journal (issue 16, finding 14; issue 10): stored
 * weeks, bad days, the ids a device gave its entries, and everything about the person's care —
 * links, notes, reviews and every look at their data.
 */
import type { Kysely } from 'kysely';
import { PlanSchema } from '../contract/plan.js';
import type { Database } from './schema.js';

/** Every stored week, oldest first, with its plan as shown. */
export async function listAllWeeks(db: Kysely<Database>, userId: string) {
  const rows = await db.selectFrom('weekly_plans').select(['week_start', 'plan', 'created_at']).where('user_id', '=', userId).orderBy('week_start').execute();
  return rows.map((row) => ({ weekStart: row.week_start, plan: PlanSchema.parse(JSON.parse(row.plan)), createdAt: row.created_at }));
}

/** Every day marked as a bad day, oldest first. */
export async function listAllBadDays(db: Kysely<Database>, userId: string) {
  const rows = await db.selectFrom('bad_days').select(['local_date', 'created_at']).where('user_id', '=', userId).orderBy('local_date').execute();
  return rows.map((row) => ({ localDate: row.local_date, markedAt: row.created_at }));
}

/** The id each check-in had on the device that made it, by check-in id. */
export async function listCheckinClientIds(db: Kysely<Database>, userId: string): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom('checkins').select(['id', 'client_id']).where('user_id', '=', userId).execute();
  return new Map(rows.map((row) => [row.id, row.client_id]));
}

/** Every link with a clinician, ended or not, oldest first. */
export async function listAllLinksOfPatient(db: Kysely<Database>, patientId: string) {
  const rows = await db
    .selectFrom('care_links')
    .leftJoin('users', 'users.id', 'care_links.clinician_id')
    .select(['care_links.id', 'care_links.clinician_id', 'users.name', 'users.email', 'care_links.share_notes', 'care_links.started_at', 'care_links.ended_at'])
    .where('care_links.patient_id', '=', patientId)
    .orderBy('care_links.started_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    clinician: { id: row.clinician_id, name: row.name ?? null, email: row.email ?? null },
    sharesNotes: row.share_notes === 1,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  }));
}

/** Every note between the person and a clinician, oldest first. */
export async function listAllNotesOfPatient(db: Kysely<Database>, patientId: string) {
  const rows = await db.selectFrom('care_notes').selectAll().where('patient_id', '=', patientId).orderBy('created_at').execute();
  return rows.map((row) => ({
    id: row.id,
    clinicianId: row.clinician_id,
    fromMe: row.author_id === patientId,
    body: row.body,
    createdAt: row.created_at,
    readAt: row.read_at,
  }));
}

/** Every review of the person's record, oldest first. */
export async function listAllReviewsOfPatient(db: Kysely<Database>, patientId: string) {
  const rows = await db.selectFrom('care_reviews').selectAll().where('patient_id', '=', patientId).orderBy('reviewed_at').execute();
  return rows.map((row) => ({ clinicianId: row.clinician_id, reviewedAt: row.reviewed_at, minutes: row.minutes }));
}

/** Every look at or change of the person's data by someone else, oldest first. */
export async function listAllLooksAtPatient(db: Kysely<Database>, patientId: string) {
  const rows = await db.selectFrom('audit_events').selectAll().where('patient_id', '=', patientId).orderBy('at').execute();
  return rows.map((row) => ({ at: row.at, actorId: row.actor_id, actorName: row.actor_name, actorRole: row.actor_role, action: row.action }));
}
