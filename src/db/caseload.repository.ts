/**
 * What the caseload reads, for all of a clinician's patients at once: one query per table, each
 * over only the window its figures need. Rows are decoded here (0/1 to booleans, stored weeks
 * parsed with their schema), so the service works with values, never rows.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { CaseloadCheckin, CaseloadSession, PlannedWeek } from '../core/caseload/index.js';
import type { Database } from './schema.js';

/** A patient the clinician follows now. */
export interface LinkedPatient {
  id: string;
  name: string | null;
  email: string;
  timeZone: string;
  linkedSince: string;
}

/** The clinician's actively linked patients. */
export async function listLinkedPatients(db: Kysely<Database>, clinicianId: string): Promise<LinkedPatient[]> {
  const rows = await db
    .selectFrom('care_links as l')
    .innerJoin('users as u', 'u.id', 'l.patient_id')
    .select(['u.id', 'u.name', 'u.email', 'u.time_zone', 'l.started_at'])
    .where('l.clinician_id', '=', clinicianId)
    .where('l.ended_at', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, timeZone: r.time_zone, linkedSince: r.started_at }));
}

type ByPatient<T> = Map<string, T[]>;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): ByPatient<T> {
  const groups: ByPatient<T> = new Map();
  for (const row of rows) {
    const id = key(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** Check-ins (pain and flare) from a day on, per patient. */
export async function listCheckinsSince(db: Kysely<Database>, ids: readonly string[], from: string): Promise<ByPatient<CaseloadCheckin & { userId: string }>> {
  const rows = await db
    .selectFrom('checkins')
    .select(['user_id', 'local_date', 'pain', 'flare'])
    .where('user_id', 'in', ids)
    .where('local_date', '>=', from)
    .execute();
  return groupBy(rows.map((r) => ({ userId: r.user_id, localDate: r.local_date, pain: r.pain, flare: r.flare === 1 })), (r) => r.userId);
}

/** The last check-in day of each patient who has one (for those with none in the window read). */
export async function listLastCheckinDays(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('checkins')
    .select((eb) => ['user_id', eb.fn.max('local_date').as('last_day')])
    .where('user_id', 'in', ids)
    .groupBy('user_id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.last_day]));
}

/** Sessions from a day on, per patient; with `stopsOnly`, only those that ended with a stop reason. */
export async function listSessionsSince(
  db: Kysely<Database>,
  ids: readonly string[],
  from: string,
  stopsOnly = false,
): Promise<ByPatient<CaseloadSession & { userId: string }>> {
  let query = db
    .selectFrom('exercise_sessions')
    .select(['user_id', 'local_date', 'started_at', 'stop_reason'])
    .where('user_id', 'in', ids)
    .where('local_date', '>=', from);
  if (stopsOnly) query = query.where('stop_reason', 'is not', null);
  const rows = await query.execute();
  return groupBy(rows.map((r) => ({ userId: r.user_id, localDate: r.local_date, startedAt: r.started_at, stopReason: r.stop_reason })), (r) => r.userId);
}

/** The part of a stored week the caseload reads: each day's date and sessions. */
const StoredWeekDays = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refer') }),
  z.object({ status: z.literal('ok'), days: z.array(z.object({ date: z.string(), sessions: z.array(z.unknown()) })) }),
]);

/** The sessions each stored week planned, from a Monday on, per patient. */
export async function listPlannedWeeksSince(db: Kysely<Database>, ids: readonly string[], fromWeek: string): Promise<ByPatient<PlannedWeek & { userId: string }>> {
  const rows = await db
    .selectFrom('weekly_plans')
    .select(['user_id', 'week_start', 'plan'])
    .where('user_id', 'in', ids)
    .where('week_start', '>=', fromWeek)
    .execute();
  const weeks = rows.map((r) => {
    const plan = StoredWeekDays.parse(JSON.parse(r.plan));
    const sessionDates = plan.status === 'ok' ? plan.days.flatMap((d) => d.sessions.map(() => d.date)) : [];
    return { userId: r.user_id, weekStart: r.week_start, sessionDates };
  });
  return groupBy(weeks, (w) => w.userId);
}

/** A clinician's review of a patient's record. */
export interface ReviewRecord {
  id: string;
  clinicianId: string;
  patientId: string;
  reviewedAt: string;
  minutes: number;
}

/** The clinician's latest review of each of these patients. */
export async function listLastReviews(db: Kysely<Database>, clinicianId: string, ids: readonly string[]): Promise<Map<string, ReviewRecord>> {
  const rows = await db
    .selectFrom('care_reviews')
    .selectAll()
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', 'in', ids)
    .orderBy('reviewed_at', 'desc')
    .execute();
  const latest = new Map<string, ReviewRecord>();
  for (const row of rows) if (!latest.has(row.patient_id)) latest.set(row.patient_id, toReview(row));
  return latest;
}

/** Stores a review. */
export async function insertReview(db: Kysely<Database>, review: ReviewRecord): Promise<void> {
  await db
    .insertInto('care_reviews')
    .values({ id: review.id, clinician_id: review.clinicianId, patient_id: review.patientId, reviewed_at: review.reviewedAt, minutes: review.minutes })
    .execute();
}

/** The clinician's reviews of one patient, newest first. */
export async function listReviews(db: Kysely<Database>, clinicianId: string, patientId: string): Promise<ReviewRecord[]> {
  const rows = await db
    .selectFrom('care_reviews')
    .selectAll()
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', '=', patientId)
    .orderBy('reviewed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toReview);
}

function toReview(row: { id: string; clinician_id: string; patient_id: string; reviewed_at: string; minutes: number }): ReviewRecord {
  return { id: row.id, clinicianId: row.clinician_id, patientId: row.patient_id, reviewedAt: row.reviewed_at, minutes: row.minutes };
}
