/**
 * Your data, out (issue 12): the JSON export (version 2: with every questionnaire answer set and
 * the schedules a clinician set; since issue 14 also the lessons and the flare plan) and the CSV
 * zip, for the person themselves or for a linked clinician (each download in the audit log). A
 * clinician's copy holds what their link shows: the person's own words (notes, and the detail's
 * medication and "other" words) only when shared, of the care only their own thread, and never
 * the person's lessons or flare plan.
 */
import { zipSync, strToU8 } from 'fflate';
import { read, seesPersonalNotes } from '../../core/access/policy.js';
import { toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { buildCsvFiles } from '../../core/export/csv-export.js';
import { withoutPersonalWords } from '../../core/journal/personal-words.js';
import { importedIdOf, importedInstrumentKey, isBuiltInInstrument, scoreAnswers, type Answer, type InstrumentKey, type Score } from '../../core/questionnaires/index.js';
import type { Account } from '../../contract/account.js';
import type { ExportDocument } from '../../contract/export.js';
import { IntakeDraftSchema, ProfileSchema } from '../../contract/profile.js';
import {
  listAllBadDays,
  listAllLinksOfPatient,
  listAllLooksAtPatient,
  listAllNotesOfPatient,
  listAllReviewsOfPatient,
  listAllWeeks,
  listExportCheckins,
  listExportResponses,
  listExportSchedules,
} from '../../db/export.repository.js';
import { listImportedQuestionnaires } from '../../db/imported-questionnaire.repository.js';
import { listAllAdjustmentsOfPatient } from '../../db/prescription.repository.js';
import { findFlarePlan } from '../../db/flare-plan.repository.js';
import { findReminderSettings } from '../../db/reminder.repository.js';
import { listLessonEvents } from '../../db/lesson.repository.js';
import { findIntakeDraft, findProfile } from '../../db/profile.repository.js';
import { listAllSessionLogs } from '../../db/session-log.repository.js';
import { listAllWeekChanges } from '../../db/week-changes.repository.js';
import { requireAccess, type Subject } from '../access.js';
import type { Person, Services } from '../context.js';
import { emergencyNumberOf, presentAccount } from '../presenters.js';
import type { Library } from './library.service.js';
import { getPacing } from './plan.service.js';
import { instrumentOf } from './questionnaire-instruments.js';
import { libraryForSubject } from './subject-library.js';

/** A file to download: its name and bytes. */
export interface Download {
  fileName: string;
  bytes: Buffer;
}

/** The most pacing changes a CSV lists: every one of years of use. */
const ALL_PACING_CHANGES = 100_000;

/** Everything Pacewise holds about the person, as one document (version 2). */
export async function exportAccount(services: Services, person: Person): Promise<ExportDocument> {
  const subject = await requireAccess(services, person, read('export'), person.id);
  return buildDocument(services, subject, presentAccount(person, services.config));
}

/** A linked patient's data as the JSON export, as far as the link shows it (in the audit log). */
export async function exportPatient(services: Services, actor: Person, patientId: string): Promise<ExportDocument> {
  const subject = await requireAccess(services, actor, read('export'), patientId);
  return buildDocument(services, subject, accountOfPatient(services, subject));
}

/** The person's data, or a linked patient's, as CSV files in a zip (a clinician's in the audit log). */
export async function exportCsv(services: Services, library: Library, actor: Person, subjectId: string): Promise<Download> {
  const subject = await requireAccess(services, actor, read('export'), subjectId);
  const { db } = services;
  const [checkins, sessions, responses, own, pacingChanges, scoreOf, { lessonEvents, flarePlan }] = await Promise.all([
    listExportCheckins(db, subject.id),
    listAllSessionLogs(db, subject.id),
    listExportResponses(db, subject.id),
    libraryForSubject(services, library, subject.id),
    listPacingChanges(services, library, actor, subject.id),
    loadScorer(services),
    ownJournalOf(services, subject),
  ]);
  const showNotes = seesPersonalNotes(subject.relation);
  const exportedAt = services.clock.now();
  const files = buildCsvFiles({
    timeZone: subject.timeZone,
    exportedAt,
    checkins: showNotes ? checkins : checkins.map(withoutPersonalWords),
    sessions: sessions.map((s) => ({ ...s, notes: showNotes ? s.notes : null })),
    responses: responses.map((r) => ({ ...r, score: scoreOf(r) })),
    pacingChanges,
    lessonEvents,
    flarePlan,
    exerciseName: (id) => own.index().get(id)?.name ?? null,
  });
  const mtime = new Date(exportedAt);
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime }]])), { level: 6 });
  const who = subject.relation.kind === 'self' ? 'export' : 'patient-export';
  return { fileName: `pacewise-${who}-${toLocalDate(exportedAt, subject.timeZone)}.zip`, bytes: Buffer.from(zip) };
}

/** Pacing's changes as the pacing page lists them, oldest first; none before the intake is done. */
async function listPacingChanges(services: Services, library: Library, actor: Person, subjectId: string) {
  try {
    const pacing = await getPacing(services, library, actor, subjectId, ALL_PACING_CHANGES);
    return [...pacing.changes].reverse();
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return [];
    throw error;
  }
}

/**
 * Scores an answer set as its instrument does (core's scoring, PROMIS included); null for an
 * instrument this server does not know (a form imported on another server).
 */
async function loadScorer(services: Services): Promise<(response: { instrument: string; answers: Answer[] }) => Score | null> {
  const imported = await listImportedQuestionnaires(services.db, { includeRetired: true });
  return ({ instrument, answers }) => {
    const key = keyOf(instrument);
    const known = key ? instrumentOf(key, imported) : null;
    return known ? scoreAnswers(known, answers) : null;
  };
}

function keyOf(instrument: string): InstrumentKey | null {
  if (isBuiltInInstrument(instrument)) return instrument;
  const id = importedIdOf(instrument);
  return id === null ? null : importedInstrumentKey(id);
}

/** The account part of a clinician's copy: the patient as the link shows them. */
function accountOfPatient(services: Services, subject: Subject): Account {
  return {
    id: subject.id, email: subject.email, name: subject.name, timeZone: subject.timeZone, createdAt: subject.createdAt,
    role: 'person', secondFactor: 'off', emergencyNumber: emergencyNumberOf(subject, services.config),
  };
}

async function buildDocument(services: Services, subject: Subject, account: Account): Promise<ExportDocument> {
  const { db } = services;
  const [profile, draft, checkins, sessions, weeks, badDays, weekChanges, care, responses, schedules] = await Promise.all([
    findProfile(db, subject.id),
    findIntakeDraft(db, subject.id),
    listExportCheckins(db, subject.id),
    listAllSessionLogs(db, subject.id),
    listAllWeeks(db, subject.id),
    listAllBadDays(db, subject.id),
    listAllWeekChanges(db, subject.id),
    exportCare(services, subject),
    listExportResponses(db, subject.id),
    listExportSchedules(db, subject.id),
  ]);
  const showNotes = seesPersonalNotes(subject.relation);
  return {
    format: 'pacewise-export',
    version: 2,
    exportedAt: services.clock.now(),
    account,
    profile: profile ? { profile: ProfileSchema.parse(profile.data), updatedAt: profile.updatedAt } : null,
    intakeDraft: draft ? IntakeDraftSchema.parse(draft.data) : null,
    checkins: showNotes ? checkins : checkins.map(withoutPersonalWords),
    sessions: sessions.map((s) => ({ ...s, notes: showNotes ? s.notes : null })),
    weeks,
    badDays,
    weekChanges,
    care,
    questionnaireResponses: responses,
    questionnaireSchedules: schedules,
    ...(await ownJournalOf(services, subject)),
  };
}

/** The lessons and the flare plan: the person's own (issue 14), never in a clinician's copy. */
async function ownJournalOf(services: Services, subject: Subject): Promise<Pick<ExportDocument, 'lessonEvents' | 'flarePlan' | 'reminderSettings'>> {
  if (subject.relation.kind !== 'self') return { lessonEvents: [], flarePlan: null, reminderSettings: null };
  const [lessonEvents, flarePlan, reminderSettings] = await Promise.all([listLessonEvents(services.db, subject.id), findFlarePlan(services.db, subject.id), findReminderSettings(services.db, subject.id)]);
  return { lessonEvents, flarePlan: flarePlan ? { ...flarePlan.plan, createdAt: flarePlan.createdAt, updatedAt: flarePlan.updatedAt } : null, reminderSettings };
}

/** The person's care; a clinician's copy holds only their own links and notes, and no one's looks. */
async function exportCare(services: Services, subject: Subject): Promise<ExportDocument['care']> {
  const [links, notes, reviews, looks, prescription] = await Promise.all([
    listAllLinksOfPatient(services.db, subject.id),
    listAllNotesOfPatient(services.db, subject.id),
    listAllReviewsOfPatient(services.db, subject.id),
    listAllLooksAtPatient(services.db, subject.id),
    listAllAdjustmentsOfPatient(services.db, subject.id),
  ]);
  if (subject.relation.kind === 'self') return { links, notes, reviews, looks, prescription };
  const clinicianId = links.find((l) => l.id === linkIdOf(subject))?.clinician.id ?? null;
  return {
    links: links.filter((l) => l.clinician.id === clinicianId),
    notes: notes.filter((n) => n.clinicianId === clinicianId),
    // Like the record's reviews list: a clinician sees their own reviews, not their colleagues'.
    reviews: reviews.filter((r) => r.clinicianId === clinicianId),
    looks: [],
    prescription,
  };
}

function linkIdOf(subject: Subject): string | null {
  return subject.relation.kind === 'clinician' ? subject.relation.linkId : null;
}

/**
 * The JSON export of a subject the caller's own `requireAccess` already allowed (the FHIR export
 * builds its Bundle from it): the person's own account, or the patient as the link shows them.
 */
export async function documentOf(services: Services, actor: Person, subject: Subject): Promise<ExportDocument> {
  const account = subject.relation.kind === 'self' ? presentAccount(actor, services.config) : accountOfPatient(services, subject);
  return buildDocument(services, subject, account);
}
