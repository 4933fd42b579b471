/**
 * The clinician's caseload: one row per actively linked patient, each figure in the patient's
 * own calendar, sorted "needs attention first" by the rule in core/caseload.
 */
import { practice } from '../../core/access/policy.js';
import { addDays, toLocalDate, weekStartOf, type LocalDate } from '../../core/calendar.js';
import { ADHERENCE_WEEKS, DATA_WINDOW_DAYS, STOP_SIGN_WINDOW_DAYS, assessPatient, sortByAttention } from '../../core/caseload/index.js';
import type { CaseloadResponse, CaseloadRow } from '../../contract/practice.js';
import {
  listCheckinsSince,
  listLastCheckinDays,
  listLastReviews,
  listLinkedPatients,
  listPlannedWeeksSince,
  listSessionsSince,
  type LinkedPatient,
  type ReviewRecord,
} from '../../db/caseload.repository.js';
import { listResponseEnds, pegOfAnswers, type ResponseEnds } from '../../db/questionnaire.repository.js';
import type { PegCheckin } from '../../core/caseload/index.js';
import { buildHistory, importedIdOf, type InstrumentKey, type StoredResponse } from '../../core/questionnaires/index.js';
import { listImportedQuestionnaires, type ImportedQuestionnaireRecord } from '../../db/imported-questionnaire.repository.js';
import { instrumentOf } from './questionnaire-instruments.js';
import { audit, requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

const earliest = (days: readonly LocalDate[]): LocalDate => days.reduce((a, b) => (a < b ? a : b));

/** Where each window starts, as the earliest over all patients (each row filters its own). */
function windowsOf(todays: readonly LocalDate[], reviews: Map<string, ReviewRecord>, patients: readonly LinkedPatient[]) {
  const stopFrom = patients.map((p, n) => {
    const recent = addDays(todays[n] ?? '', -(STOP_SIGN_WINDOW_DAYS - 1));
    const review = reviews.get(p.id);
    const reviewDay = review ? toLocalDate(review.reviewedAt, p.timeZone) : recent;
    return reviewDay < recent ? reviewDay : recent;
  });
  return {
    dataFrom: earliest(todays.map((t) => addDays(t, -(DATA_WINDOW_DAYS - 1)))),
    weeksFrom: earliest(todays.map((t) => addDays(weekStartOf(t), -7 * (ADHERENCE_WEEKS - 1)))),
    stopFrom: earliest(stopFrom),
  };
}

/** Everything the rows are computed from, read once for all patients. */
async function loadCaseloadData(services: Services, person: Person, patients: readonly LinkedPatient[], todays: readonly LocalDate[]) {
  const { db } = services;
  const ids = patients.map((p) => p.id);
  const reviews = await listLastReviews(db, person.id, ids);
  const windows = windowsOf(todays, reviews, patients);
  const [checkins, answered, sessions, stops, weeks] = await Promise.all([
    listCheckinsSince(db, ids, windows.dataFrom),
    listResponseEnds(db, ids),
    listSessionsSince(db, ids, windows.dataFrom),
    listSessionsSince(db, ids, windows.stopFrom, true),
    listPlannedWeeksSince(db, ids, windows.weeksFrom),
  ]);
  // The window holds most patients' last check-in; look further back only for the quiet ones.
  const lastDays = await listLastCheckinDays(db, ids.filter((id) => !checkins.has(id)));
  for (const [id, rows] of checkins) lastDays.set(id, rows.reduce((last, c) => (c.localDate > last ? c.localDate : last), ''));
  // Imported forms are read once for the whole caseload, and only when someone answered one.
  const hasImported = [...answered.values()].some((byInstrument) => [...byInstrument.keys()].some((key) => importedIdOf(key) !== null));
  const imported = hasImported ? await listImportedQuestionnaires(db, { includeRetired: true }) : [];
  return { reviews, checkins, answered, imported, lastDays, sessions, stops, weeks };
}

type CaseloadData = Awaited<ReturnType<typeof loadCaseloadData>>;

/** Each questionnaire answered other than the weekly PEG: its first and latest score and the change. */
function outcomesOf(answered: ReadonlyMap<InstrumentKey, ResponseEnds>, imported: readonly ImportedQuestionnaireRecord[]): CaseloadRow['outcomes'] {
  return [...answered].flatMap(([key, ends]) => {
    const instrument = key === 'peg' ? null : instrumentOf(key, imported);
    if (!instrument) return [];
    const responses = ends.first.id === ends.latest.id ? [ends.first] : [ends.first, ends.latest];
    const { points } = buildHistory(instrument, responses);
    const [first, latest] = [points[0], points.at(-1)];
    if (!first || !latest || first.score.value === null || latest.score.value === null) return [];
    return [{
      instrument: key,
      title: instrument.title,
      first: { localDate: first.localDate, score: first.score.value },
      latest: { localDate: latest.localDate, score: latest.score.value },
      change: latest === first ? null : latest.change,
      mark: latest.mark,
      direction: latest.direction,
    }];
  });
}

/** A PEG answer set as the caseload's figures read it. */
function pegCheckinOf(response: StoredResponse): PegCheckin | null {
  const peg = pegOfAnswers(response.answers);
  return peg ? { ...peg, localDate: response.localDate, at: response.at } : null;
}

function rowOf(patient: LinkedPatient, today: LocalDate, data: CaseloadData): CaseloadRow {
  const review = data.reviews.get(patient.id) ?? null;
  const answered = data.answered.get(patient.id);
  const peg = answered?.get('peg');
  const assessed = assessPatient({
    today,
    checkins: data.checkins.get(patient.id) ?? [],
    sessions: data.sessions.get(patient.id) ?? [],
    stops: data.stops.get(patient.id) ?? [],
    weeks: data.weeks.get(patient.id) ?? [],
    firstPeg: peg ? pegCheckinOf(peg.first) : null,
    latestPeg: peg ? pegCheckinOf(peg.latest) : null,
    lastCheckinOn: data.lastDays.get(patient.id) ?? null,
    lastReviewAt: review?.reviewedAt ?? null,
  });
  const lastReview = review ? { reviewedAt: review.reviewedAt, minutes: review.minutes } : null;
  const outcomes = outcomesOf(answered ?? new Map(), data.imported);
  return { ...assessed, patientId: patient.id, name: patient.name, email: patient.email, linkedSince: patient.linkedSince, today, lastReview, outcomes };
}

/** The caseload of the signed-in clinician, needs attention first; each patient shown is audited. */
export async function getCaseload(services: Services, person: Person): Promise<CaseloadResponse> {
  await requireAccess(services, person, practice('caseload'), person.id);
  const patients = await listLinkedPatients(services.db, person.id);
  if (patients.length === 0) return { items: [] };
  const now = services.clock.now();
  const todays = patients.map((p) => toLocalDate(now, p.timeZone));
  const data = await loadCaseloadData(services, person, patients, todays);
  const rows = patients.map((patient, n) => rowOf(patient, todays[n] ?? '', data));
  const ranked = sortByAttention(rows.map((row) => ({ row, id: row.patientId, name: row.name ?? row.email, tier: row.tier, lastReviewAt: row.lastReview?.reviewedAt ?? null })));
  await audit(services, person, patients.map((p) => p.id), 'read:summary');
  return { items: ranked.map((r) => r.row) };
}
