/**
 * What the personal export reads (issue 16, finding 14; issue 10; issue 12): check-ins with the
 * ids a device gave them and their weekly PEG, questionnaire answer sets and schedules, stored
 * weeks, bad days, and everything about the person's care — links, notes, reviews and every look.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ExportDocument } from '../contract/export.js';
import { PlanSchema } from '../contract/plan.js';
import { AnswerSchema, InstrumentKeySchema } from '../contract/questionnaire.js';
import { listAllCheckins } from './checkin.repository.js';
import type { Database } from './schema.js';

/** A check-in as the export has it. */
export type ExportCheckin = ExportDocument['checkins'][number];
/** An answer set as the export has it. */
export type ExportResponse = ExportDocument['questionnaireResponses'][number];

const StoredAnswers = z.array(AnswerSchema);

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

/**
 * Every check-in, oldest first, with the id its device gave it and the weekly PEG read from the
 * answer set it was given with (the PEG lives in questionnaire_responses since issue 12).
 */
export async function listExportCheckins(db: Kysely<Database>, userId: string): Promise<ExportCheckin[]> {
  return (await listAllCheckins(db, userId)).map(({ peg, ...checkin }) => ({
    ...checkin,
    peg: peg === null ? null : { pain: peg.pain, enjoyment: peg.enjoyment, activity: peg.activity },
  }));
}

/** Every questionnaire answer set, oldest first, the weekly PEG included. */
export async function listExportResponses(db: Kysely<Database>, userId: string): Promise<ExportResponse[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('at')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    instrument: InstrumentKeySchema.parse(row.instrument),
    version: row.version,
    localDate: row.local_date,
    at: row.at,
    answers: StoredAnswers.parse(JSON.parse(row.answers)),
    checkinId: row.checkin_id,
    clientId: row.client_id,
    createdAt: row.created_at,
  }));
}

/** The schedules a clinician set for the person, by instrument. */
export async function listExportSchedules(db: Kysely<Database>, userId: string): Promise<ExportDocument['questionnaireSchedules']> {
  const rows = await db.selectFrom('questionnaire_schedules').selectAll().where('user_id', '=', userId).orderBy('instrument').execute();
  return rows.map((row) => ({
    instrument: InstrumentKeySchema.parse(row.instrument),
    everyDays: row.every_days,
    setBy: { clinicianId: row.set_by_id, name: row.set_by_name, at: row.set_at },
  }));
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
