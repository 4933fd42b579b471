/**
 * The rows of each CSV file of an export, one builder per kind: check-ins, session items (the
 * session's columns repeated on each), questionnaire answers (one row per answer, with the answer
 * set's score) and pacing's changes. Instants are written in the person's zone with its offset.
 */
import type { ExportedCheckin } from '../checkin.js';
import { toCsv, type CsvCell } from './csv.js';
import { DETAIL_HEADER, detailCells } from './csv-journal.js';
import { toZonedIsoInstant } from './zoned-instant.js';

/** A check-in as the CSV needs it: as every export has it. */
export type CsvCheckin = ExportedCheckin;

/** A session log item's dose: what was done, or what the plan asked. */
interface CsvDose {
  minutes?: number | undefined;
  sets?: number | undefined;
  reps?: number | undefined;
  holdSeconds?: number | undefined;
}

/** A session log as the CSV needs it. */
export interface CsvSession {
  id: string;
  startedAt: string;
  localDate: string;
  painBefore: number;
  painAfter: number | null;
  partial: boolean;
  stopReason: string | null;
  toleranceTest: boolean;
  notes: string | null;
  items: readonly (CsvDose & { exerciseId: string; status: string; feedback?: string | undefined; painDuring?: number | undefined; planned?: CsvDose | undefined })[];
}

/** An answer set with its score (null when the instrument is not scored). */
export interface CsvResponse {
  id: string;
  instrument: string;
  version: string;
  localDate: string;
  at: string;
  checkinId: string | null;
  score: { value: number | null; se: number | null; raw: number | null; method: string | null } | null;
  answers: readonly { linkId: string; value: number | null; code: string | null; label: string | null }[];
}

/** One change pacing made to a quota, with a name a person understands. */
export interface CsvPacingChange {
  at: string;
  activity: string;
  label: string;
  unit: string;
  from: number | null;
  to: number;
  code: string;
  message: string;
}

/** One CSV file: its name in the zip and its text. */
export interface CsvFile {
  name: string;
  text: string;
}

const CHECKIN_HEADER = [
  'checkin_id', 'local_date', 'at', 'pain', 'flare', 'pain_areas', 'stiffness', 'sleep', 'mood', 'energy', 'stress', 'something_new',
  'peg_pain', 'peg_enjoyment', 'peg_activity', 'notes', ...DETAIL_HEADER,
];

/** `checkins.csv`: one row per check-in, its detail (issue 14) in the last columns. */
export function checkinsCsv(checkins: readonly CsvCheckin[], timeZone: string): CsvFile {
  const rows = checkins.map((c): CsvCell[] => [
    c.id, c.localDate, toZonedIsoInstant(c.at, timeZone), c.pain, c.flare, c.areas.join(';'),
    c.stiffness, c.sleep, c.mood, c.energy, c.stress, c.somethingNew,
    c.peg?.pain ?? null, c.peg?.enjoyment ?? null, c.peg?.activity ?? null, c.notes, ...detailCells(c.detail),
  ]);
  return { name: 'checkins.csv', text: toCsv(CHECKIN_HEADER, rows) };
}

const SESSION_HEADER = [
  'session_id', 'local_date', 'started_at', 'pain_before', 'pain_after', 'partial', 'stop_reason', 'tolerance_test', 'session_notes',
  'item_number', 'exercise_id', 'exercise_name', 'status', 'minutes', 'sets', 'reps', 'hold_seconds', 'feedback', 'pain_during',
  'planned_minutes', 'planned_sets', 'planned_reps', 'planned_hold_seconds',
];

const doseCells = (dose: CsvDose | undefined): CsvCell[] => [dose?.minutes ?? null, dose?.sets ?? null, dose?.reps ?? null, dose?.holdSeconds ?? null];

/** `session-items.csv`: one row per item of a session, the session's own columns repeated. */
export function sessionItemsCsv(sessions: readonly CsvSession[], timeZone: string, exerciseName: (id: string) => string | null): CsvFile {
  const rows = sessions.flatMap((s) => {
    const session: CsvCell[] = [
      s.id, s.localDate, toZonedIsoInstant(s.startedAt, timeZone), s.painBefore, s.painAfter, s.partial, s.stopReason, s.toleranceTest, s.notes,
    ];
    return s.items.map((item, index): CsvCell[] => [
      ...session, index + 1, item.exerciseId, exerciseName(item.exerciseId), item.status,
      ...doseCells(item), item.feedback ?? null, item.painDuring ?? null, ...doseCells(item.planned),
    ]);
  });
  return { name: 'session-items.csv', text: toCsv(SESSION_HEADER, rows) };
}

const RESPONSE_HEADER = [
  'response_id', 'instrument', 'version', 'local_date', 'at', 'checkin_id', 'score', 'score_se', 'raw_score', 'score_method',
  'item', 'answer_value', 'answer_code', 'answer_label',
];

/** `questionnaire-responses.csv`: one row per answer, with its answer set's day and score. */
export function questionnaireResponsesCsv(responses: readonly CsvResponse[], timeZone: string): CsvFile {
  const rows = responses.flatMap((r) => {
    const set: CsvCell[] = [
      r.id, r.instrument, r.version, r.localDate, toZonedIsoInstant(r.at, timeZone), r.checkinId,
      r.score?.value ?? null, r.score?.se ?? null, r.score?.raw ?? null, r.score?.method ?? null,
    ];
    if (r.answers.length === 0) return [[...set, null, null, null, null]];
    return r.answers.map((a): CsvCell[] => [...set, a.linkId, a.value, a.code, a.label]);
  });
  return { name: 'questionnaire-responses.csv', text: toCsv(RESPONSE_HEADER, rows) };
}

const PACING_HEADER = ['local_date', 'activity', 'activity_name', 'unit', 'from', 'to', 'reason_code', 'reason'];

/** `pacing-changes.csv`: every change pacing made to a quota, oldest first, with its reason. */
export function pacingChangesCsv(changes: readonly CsvPacingChange[]): CsvFile {
  const rows = changes.map((c): CsvCell[] => [c.at, c.activity, c.label, c.unit, c.from, c.to, c.code, c.message]);
  return { name: 'pacing-changes.csv', text: toCsv(PACING_HEADER, rows) };
}
