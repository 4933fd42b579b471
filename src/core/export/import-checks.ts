/**
 * The checks of an import into a new account (issue 12, moving servers), made before anything is
 * written: which versions this server reads, a version 1 file's weekly PEG turned into answer
 * sets, rows that would collide or point nowhere, new ids for every row (links kept), and what
 * belongs to the old server and stays behind.
 */
import { detailProblems, type CheckinDetail, type JournalRegion } from '../journal/detail.js';
import { hasNoControlCharacters } from '../text.js';
import { pegAnswersOf, type PegValues } from './peg-answers.js';

/** The newest export version this server reads and writes. */
export const CURRENT_EXPORT_VERSION = 2;

/** What to do with a file of a version. */
export type VersionDecision = 'read' | 'newer' | 'unknown';

/** Versions 1 and 2 are read; a newer one needs a newer server. */
export function decideVersion(version: number): VersionDecision {
  if (version > CURRENT_EXPORT_VERSION) return 'newer';
  return version >= 1 ? 'read' : 'unknown';
}


/** An answer set as the export has it. */
export interface ImportResponse {
  id: string;
  instrument: string;
  version: string;
  localDate: string;
  at: string;
  answers: { linkId: string; value: number | null; code: string | null; label: string | null }[];
  checkinId: string | null;
  clientId: string | null;
  createdAt: string;
}

/** A check-in as either version has it (version 2's `peg` is read from its answer set). */
export interface ImportCheckin {
  id: string;
  at: string;
  localDate: string;
  clientId: string | null;
  peg: PegValues | null;
  createdAt: string;
}

/**
 * A version 1 file's weekly PEG as the answer sets version 2 keeps it in: the `peg` instrument,
 * answered in its check-in (the items and linkIds of the migration that moved stored PEGs).
 */
export function pegResponsesOf(checkins: readonly ImportCheckin[], newId: () => string): ImportResponse[] {
  return checkins.flatMap((c) => {
    if (!c.peg) return [];
    return [{
      id: newId(), instrument: 'peg', version: '1', localDate: c.localDate, at: c.at,
      answers: pegAnswersOf(c.peg), checkinId: c.id, clientId: null, createdAt: c.createdAt,
    }];
  });
}

/** A problem with one row of a file: where (as a path into the file) and what. */
export interface ImportProblem {
  field: string;
  message: string;
}

/** The rows of a file the checks read. */
export interface ImportRows {
  checkins: readonly { id: string; clientId: string | null; areas: readonly JournalRegion[]; detail: CheckinDetail | null }[];
  sessions: readonly { id: string; clientId: string }[];
  questionnaireResponses: readonly { id: string; clientId: string | null; checkinId: string | null }[];
  weeks: readonly { weekStart: string }[];
  badDays: readonly { localDate: string }[];
}

/** The first row that would collide with another or point at a check-in the file does not have. */
export function findImportProblem(rows: ImportRows): ImportProblem | null {
  const checkinIds = new Set(rows.checkins.map((c) => c.id));
  return (
    findRepeat(rows.checkins, 'checkins', 'id', (c) => c.id) ??
    findRepeat(rows.checkins, 'checkins', 'clientId', (c) => c.clientId) ??
    findDetailMisfit(rows.checkins) ??
    findRepeat(rows.sessions, 'sessions', 'id', (s) => s.id) ??
    findRepeat(rows.sessions, 'sessions', 'clientId', (s) => s.clientId) ??
    findRepeat(rows.questionnaireResponses, 'questionnaireResponses', 'id', (r) => r.id) ??
    findRepeat(rows.questionnaireResponses, 'questionnaireResponses', 'clientId', (r) => r.clientId) ??
    findRepeat(rows.questionnaireResponses, 'questionnaireResponses', 'checkinId', (r) => r.checkinId) ??
    findMissingCheckin(rows.questionnaireResponses, checkinIds) ??
    findRepeat(rows.weeks, 'weeks', 'weekStart', (w) => w.weekStart) ??
    findRepeat(rows.badDays, 'badDays', 'localDate', (d) => d.localDate)
  );
}

function findRepeat<T>(list: readonly T[], part: string, key: string, valueOf: (row: T) => string | null): ImportProblem | null {
  const seen = new Set<string>();
  for (const [index, row] of list.entries()) {
    const value = valueOf(row);
    if (value === null) continue;
    if (seen.has(value)) return { field: `${part}.${index}.${key}`, message: `${part}.${index}.${key}: this ${key} appears twice in the file.` };
    seen.add(value);
  }
  return null;
}

/** A check-in whose detail does not fit its areas, as the check-in route would refuse it (issue 14). */
function findDetailMisfit(checkins: ImportRows['checkins']): ImportProblem | null {
  for (const [index, checkin] of checkins.entries()) {
    const [problem] = checkin.detail ? detailProblems(checkin.areas, checkin.detail) : [];
    if (problem) return { field: `checkins.${index}.${problem.field}`, message: `checkins.${index}.${problem.field}: this part of the check-in's detail does not fit the places it says hurt.` };
  }
  return null;
}

/**
 * The most lesson events an account holds after an import (issue 14): reading every lesson every
 * day for two years. An account that only met the lesson card still counts as new, so without it
 * a file of lesson events alone could be imported again and again, past the daily cap of the routes.
 */
export const MAX_LESSON_EVENTS = 10_000;

/** Too many lesson events: the file's, added to those the account already holds. */
export function findTooManyLessonEvents(inFile: number, inAccount: number): ImportProblem | null {
  if (inFile === 0 || inFile + inAccount <= MAX_LESSON_EVENTS) return null;
  return { field: 'lessonEvents', message: `lessonEvents: an account holds at most ${MAX_LESSON_EVENTS} lessons read or put off.` };
}

/**
 * A lesson event dated after `now` (issue 14). Stored, it would count as read or put off until its
 * date: the chest-pain lesson would never be offered after a chest-pain stop, and the daily cap on
 * lesson events would refuse every read until then.
 */
export function findFutureLessonEvent(events: readonly { at: string }[], now: string): ImportProblem | null {
  const nowMs = Date.parse(now);
  const index = events.findIndex((e) => Date.parse(e.at) > nowMs);
  if (index < 0) return null;
  const field = `lessonEvents.${index}.at`;
  return { field, message: `${field}: a lesson cannot have been read or put off in the future.` };
}

function findMissingCheckin(responses: ImportRows['questionnaireResponses'], checkinIds: ReadonlySet<string>): ImportProblem | null {
  const index = responses.findIndex((r) => r.checkinId !== null && !checkinIds.has(r.checkinId));
  if (index < 0) return null;
  const field = `questionnaireResponses.${index}.checkinId`;
  return { field, message: `${field}: the file has no check-in with this id.` };
}

/**
 * The first text anywhere in a file that holds a control character other than a tab or a line
 * break — a person could not have typed it, and PostgreSQL refuses a NUL — by its path.
 */
export function findControlCharacter(value: unknown, path: readonly (string | number)[] = []): ImportProblem | null {
  if (typeof value === 'string') {
    if (hasNoControlCharacters(value)) return null;
    const field = path.join('.');
    return { field, message: `${field}: take out the hidden control characters.` };
  }
  if (typeof value !== 'object' || value === null) return null;
  // The checked rows are a few levels deep; anything deeper is not a Pacewise export.
  if (path.length > MAX_DEPTH) return { field: path.join('.'), message: `${path.join('.')}: this part of the file is nested too deeply.` };
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, inner] of entries) {
    const problem = findControlCharacter(inner, [...path, key]);
    if (problem) return problem;
  }
  return null;
}

const MAX_DEPTH = 16;

/** The longest texts the routes that write them take; an import keeps to the same. */
export const IMPORT_TEXT_LIMITS = { notes: 2000, clientId: 100, version: 40 } as const;

/** The first text longer than the route that writes it would take (a note, a device id, a version). */
export function findTooLongText(rows: {
  checkins: readonly { notes: string | null; clientId: string | null }[];
  sessions: readonly { notes: string | null; clientId: string }[];
  responses: readonly { clientId: string | null; version: string }[];
}): ImportProblem | null {
  const tooLong = (part: string, key: string, max: number, values: readonly (string | null)[]): ImportProblem | null => {
    const index = values.findIndex((v) => v !== null && v.length > max);
    if (index < 0) return null;
    const field = `${part}.${index}.${key}`;
    return { field, message: `${field}: at most ${max} characters.` };
  };
  return (
    tooLong('checkins', 'notes', IMPORT_TEXT_LIMITS.notes, rows.checkins.map((c) => c.notes)) ??
    tooLong('checkins', 'clientId', IMPORT_TEXT_LIMITS.clientId, rows.checkins.map((c) => c.clientId)) ??
    tooLong('sessions', 'notes', IMPORT_TEXT_LIMITS.notes, rows.sessions.map((c) => c.notes)) ??
    tooLong('sessions', 'clientId', IMPORT_TEXT_LIMITS.clientId, rows.sessions.map((c) => c.clientId)) ??
    tooLong('questionnaireResponses', 'clientId', IMPORT_TEXT_LIMITS.clientId, rows.responses.map((r) => r.clientId)) ??
    tooLong('questionnaireResponses', 'version', IMPORT_TEXT_LIMITS.version, rows.responses.map((r) => r.version))
  );
}

/**
 * New ids for the rows of a file, so the same file imported twice on one server never collides;
 * an answer set given in a check-in points at the check-in's new id.
 */
export function withNewIds<C extends { id: string }, S extends { id: string }, R extends { id: string; checkinId: string | null }>(
  rows: { checkins: readonly C[]; sessions: readonly S[]; responses: readonly R[] },
  newId: () => string,
): { checkins: C[]; sessions: S[]; responses: R[] } {
  const checkinIds = new Map(rows.checkins.map((c) => [c.id, newId()]));
  const newCheckinId = (old: string | null) => (old === null ? null : (checkinIds.get(old) ?? null));
  return {
    checkins: rows.checkins.map((c) => ({ ...c, id: checkinIds.get(c.id) ?? newId() })),
    sessions: rows.sessions.map((s) => ({ ...s, id: newId() })),
    responses: rows.responses.map((r) => ({ ...r, id: newId(), checkinId: newCheckinId(r.checkinId) })),
  };
}

/** What belongs to the old server and is not brought over, named by code. */
export const LEFT_BEHIND = ['care_links', 'care_notes', 'reviews', 'looks', 'prescription', 'questionnaire_schedules', 'this_week'] as const;
export type LeftBehind = (typeof LEFT_BEHIND)[number];

/** The parts of a file that stay behind: the old server's care, and weeks from today's on, which this server builds. */
export function leftBehindOf(file: {
  care: { links: readonly unknown[]; notes: readonly unknown[]; reviews: readonly unknown[]; looks: readonly unknown[]; prescription: readonly unknown[] } | null;
  schedules: number;
  laterWeeks: number;
}): LeftBehind[] {
  const counts: Record<LeftBehind, number> = {
    care_links: file.care?.links.length ?? 0,
    care_notes: file.care?.notes.length ?? 0,
    reviews: file.care?.reviews.length ?? 0,
    looks: file.care?.looks.length ?? 0,
    prescription: file.care?.prescription.length ?? 0,
    questionnaire_schedules: file.schedules,
    this_week: file.laterWeeks,
  };
  return LEFT_BEHIND.filter((part) => counts[part] > 0);
}
