/**
 * An import into a new account (issue 12, moving servers): whether the account holds anything
 * yet, and every row of a file written at once inside the caller's transaction, so a failure
 * stores nothing. Rows arrive decoded; they are encoded here as the other repositories do.
 */
import type { Insertable, Kysely } from 'kysely';
import type { ExportDocument } from '../contract/export.js';
import { isEmptyFlarePlan, normalizeFlarePlan } from '../core/flare-plan.js';
import { normalizeDetail } from '../core/journal/detail.js';
import type { PlanBasis } from '../core/planner/plan-basis.js';
import { encodeDetail } from './checkin.repository.js';
import { saveFlarePlan } from './flare-plan.repository.js';
import { normalizeReminderSettings } from '../core/reminders/settings.js';
import { saveReminderSettings } from './reminder.repository.js';
import { insertLessonEvents } from './lesson.repository.js';
import { insertSessionLog } from './session-log.repository.js';
import { saveIntakeDraft, saveProfile } from './profile.repository.js';
import type { CheckinsTable, Database, QuestionnaireResponsesTable } from './schema.js';

type Doc = ExportDocument;

/** What an import writes for one account: the file's rows with their new ids. */
export interface ImportRowsToStore {
  profile: Doc['profile'];
  intakeDraft: Doc['intakeDraft'];
  checkins: Doc['checkins'];
  sessions: Doc['sessions'];
  responses: Doc['questionnaireResponses'];
  weeks: Doc['weeks'];
  badDays: Doc['badDays'];
  lessonEvents: (Doc['lessonEvents'][number] & { id: string })[];
  flarePlan: Doc['flarePlan'];
  /** Reminder choices (issue 13); absent from older files. */
  reminderSettings?: Doc['reminderSettings'];
}

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound values. */
const BATCH = 50;

/**
 * The basis an imported week is stored with: nothing the new server built it on, so if it is
 * this week it is rebuilt at the first look rather than kept.
 */
const IMPORTED_BASIS: PlanBasis = { profileUpdatedAt: 'imported', flareSince: null, badDays: [] };

/**
 * Holds the account's row until the transaction ends, so two imports into one account at once
 * take turns: the second then finds the first one's rows (PostgreSQL locks the row; SQLite has
 * one writer at a time anyway).
 */
export async function lockAccount(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('users').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('id', '=', userId).execute();
}

/**
 * True when the account already holds a check-in, a session, an answer set, a profile or a flare
 * plan. Lessons read or put off do not count: the lesson card greets a new account before any import.
 */
export async function hasAnyData(db: Kysely<Database>, userId: string): Promise<boolean> {
  const tables = ['checkins', 'exercise_sessions', 'questionnaire_responses', 'profiles', 'flare_plans'] as const;
  const found = await Promise.all(
    tables.map((table) => db.selectFrom(table).select('user_id').where('user_id', '=', userId).limit(1).executeTakeFirst()),
  );
  return found.some((row) => row !== undefined);
}

/** Writes every row of an import for the account; call inside a transaction. */
export async function insertImportedRows(db: Kysely<Database>, userId: string, rows: ImportRowsToStore, now: string): Promise<void> {
  if (rows.profile) await saveProfile(db, userId, rows.profile.profile, rows.profile.updatedAt);
  if (rows.intakeDraft) await saveIntakeDraft(db, userId, rows.intakeDraft, now);
  await insertBatches(db, 'checkins', rows.checkins.map((c) => checkinRowOf(userId, c)));
  for (const log of rows.sessions) await insertSessionLog(db, { ...log, userId });
  await insertBatches(db, 'questionnaire_responses', rows.responses.map((r) => responseRowOf(userId, r)));
  const weeks = rows.weeks.map((w) => ({ user_id: userId, week_start: w.weekStart, plan: JSON.stringify(w.plan), basis: JSON.stringify(IMPORTED_BASIS), created_at: w.createdAt }));
  await insertBatches(db, 'weekly_plans', weeks);
  await insertBatches(db, 'bad_days', rows.badDays.map((d) => ({ user_id: userId, local_date: d.localDate, created_at: d.markedAt, week_before: null })));
  for (let start = 0; start < rows.lessonEvents.length; start += BATCH) {
    await insertLessonEvents(db, rows.lessonEvents.slice(start, start + BATCH).map((e) => ({ ...e, userId })));
  }
  if (rows.flarePlan) {
    const { updatedAt, createdAt, ...plan } = rows.flarePlan;
    // Stored as the route stores it; a plan with nothing in it is no plan.
    const normal = normalizeFlarePlan(plan);
    if (!isEmptyFlarePlan(normal)) await saveFlarePlan(db, userId, normal, updatedAt, createdAt);
  }
  if (rows.reminderSettings) await saveReminderSettings(db, userId, normalizeReminderSettings(rows.reminderSettings), now);
}

type BatchTable = 'checkins' | 'questionnaire_responses' | 'weekly_plans' | 'bad_days';

async function insertBatches<T extends BatchTable>(db: Kysely<Database>, table: T, values: Insertable<Database[T]>[]): Promise<void> {
  for (let start = 0; start < values.length; start += BATCH) {
    // Kysely cannot narrow a table name held in a type parameter; each caller passes that table's rows.
    await db.insertInto(table as BatchTable).values(values.slice(start, start + BATCH) as Insertable<Database[BatchTable]>[]).execute();
  }
}

function checkinRowOf(userId: string, c: Doc['checkins'][number]): Insertable<CheckinsTable> {
  return {
    id: c.id, user_id: userId, client_id: c.clientId, at: c.at, local_date: c.localDate, pain: c.pain, flare: c.flare ? 1 : 0,
    areas: JSON.stringify(c.areas), stiffness: c.stiffness, sleep: c.sleep, mood: c.mood, energy: c.energy, stress: c.stress,
    notes: c.notes, something_new: c.somethingNew ? 1 : 0, detail: encodeDetail(c.detail && normalizeDetail(c.detail)), created_at: c.createdAt, updated_at: c.updatedAt,
  };
}

function responseRowOf(userId: string, r: Doc['questionnaireResponses'][number]): Insertable<QuestionnaireResponsesTable> {
  return {
    id: r.id, user_id: userId, instrument: r.instrument, version: r.version, local_date: r.localDate, at: r.at,
    answers: JSON.stringify(r.answers), checkin_id: r.checkinId, client_id: r.clientId, created_at: r.createdAt, updated_at: r.createdAt,
  };
}
