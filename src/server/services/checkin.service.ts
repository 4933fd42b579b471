/** Daily check-ins, always on the signed-in person's own data and calendar. */
import { isInFuture, isLocalDate, toLocalDate } from '../../core/calendar.js';
import { windowStart } from '../../core/checkin.js';
import { decideEdit, nextVersion } from '../../core/checkin-version.js';
import { AppError, ChangedSinceError } from '../../core/errors.js';
import { detailProblems, fitDetailToAreas, normalizeDetail, type CheckinDetail, type DetailProblem, type JournalRegion } from '../../core/journal/detail.js';
import { withoutPersonalWords } from '../../core/journal/personal-words.js';
import { PEG } from '../../core/questionnaires/index.js';
import type { Checkin, CheckinQuery, CreateCheckinBody, DeleteCheckinQuery, Peg, UpdateCheckinBody } from '../../contract/checkin.js';
import {
  deleteCheckin as deleteRow,
  encodeDetail,
  findCheckin,
  insertCheckin,
  listCheckins as listRows,
  updateCheckin as updateRow,
  type CheckinRange,
  type CheckinRow,
  type PegWrite,
  type StoredCheckin,
} from '../../db/checkin.repository.js';
import { read, seesPersonalNotes, write } from '../../core/access/policy.js';
import { requireAccess, type Subject, type SubjectRef } from '../access.js';
import type { Person, Services } from '../context.js';
import { presentCheckin } from '../presenters.js';
import { checkDateRange } from './date-range.js';

const DEFAULT_DAYS = 30;
/** The PEG given in a check-in as its answer set is written (null removes it). */
function pegWrite(services: Services, peg: Peg | null): PegWrite {
  return { peg, newId: services.newId(), version: PEG.version };
}

function checkNotInFuture(at: string, now: string): void {
  if (isInFuture(at, now)) {
    throw new AppError('unacceptable', 'A check-in cannot be in the future. Check the date and time.', 'at');
  }
}

/** The columns of the fields the person gave, and only those (an edit keeps the others). */
function optionalFields(input: UpdateCheckinBody): Partial<CheckinRow> {
  // Plain assignments, not ten spreads: this runs on every check-in write (issue 16, the write path).
  const fields: Partial<CheckinRow> = {};
  if (input.pain !== undefined) fields.pain = input.pain;
  if (input.flare !== undefined) fields.flare = input.flare ? 1 : 0;
  if (input.areas !== undefined) fields.areas = JSON.stringify(input.areas);
  if (input.stiffness !== undefined) fields.stiffness = input.stiffness;
  if (input.sleep !== undefined) fields.sleep = input.sleep;
  if (input.mood !== undefined) fields.mood = input.mood;
  if (input.energy !== undefined) fields.energy = input.energy;
  if (input.stress !== undefined) fields.stress = input.stress;
  if (input.notes !== undefined) fields.notes = input.notes === '' ? null : input.notes;
  if (input.somethingNew !== undefined) fields.something_new = input.somethingNew ? 1 : 0;
  return fields;
}

const DETAIL_PROBLEM_WORDS: Record<DetailProblem['code'], string> = {
  region_not_chosen: 'A region has its own pain number but is not among the places that hurt. Choose it too, or take its number out.',
  spread_without_back_or_neck: 'Pain that spreads into an arm or a leg is recorded with neck or back pain. Choose the neck or back too.',
  other_words_without_other: 'Words for "other" need "other" chosen too.',
};

/** The detail as stored (lists in order, empty as none); 422 when it does not fit the areas. */
function checkedDetail(areas: readonly JournalRegion[], detail: CheckinDetail | null): CheckinDetail | null {
  if (detail === null) return null;
  const [problem] = detailProblems(areas, detail);
  if (problem) throw new AppError('unacceptable', DETAIL_PROBLEM_WORDS[problem.code], problem.field);
  return normalizeDetail(detail);
}

/** Logs a check-in; the same `clientId` twice stores one entry and returns it both times. */
export async function createCheckin(services: Services, actor: Person, subjectId: string, input: CreateCheckinBody): Promise<Checkin> {
  const subject = await requireAccess(services, actor, write('journal'), subjectId);
  const now = services.clock.now();
  const at = input.at === undefined ? now : new Date(input.at).toISOString();
  checkNotInFuture(at, now);
  const row: CheckinRow = {
    id: services.newId(),
    user_id: subject.id,
    client_id: input.clientId ?? null,
    at,
    local_date: toLocalDate(at, subject.timeZone),
    pain: input.pain,
    flare: 0,
    areas: '[]',
    stiffness: null,
    sleep: null,
    mood: null,
    energy: null,
    stress: null,
    notes: null,
    something_new: 0,
    detail: encodeDetail(checkedDetail(input.areas ?? [], input.detail ?? null)),
    created_at: now,
    updated_at: now,
    change_id: null,
    ...optionalFields(input),
  };
  return presentCheckin(await insertCheckin(services.db, row, pegWrite(services, input.peg ?? null)));
}

/** Lists check-ins in a range of the person's days or of instants; the last 30 days by default. */
export async function listCheckins(services: Services, actor: Person, subjectId: string, query: CheckinQuery): Promise<Checkin[]> {
  const subject = await requireAccess(services, actor, read('journal'), subjectId);
  const rows = await listRows(services.db, subject.id, rangeOf(services, subject, query));
  return rows.map((row) => presentFor(subject, row));
}

/** A check-in as the caller may see it: the person's own words in it only if they share their notes. */
function presentFor(subject: Subject, row: StoredCheckin): Checkin {
  const checkin = presentCheckin(row);
  return seesPersonalNotes(subject.relation) ? checkin : withoutPersonalWords(checkin);
}

function rangeOf(services: Services, subject: SubjectRef, query: CheckinQuery): CheckinRange {
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const from = query.from ?? windowStart(today, DEFAULT_DAYS);
  const to = query.to ?? (query.from !== undefined && !isLocalDate(query.from) ? services.clock.now() : today);
  if (isLocalDate(from) !== isLocalDate(to)) {
    throw new AppError('validation_failed', 'Give from and to in the same form: both days or both times.', 'to');
  }
  checkDateRange(from, to);
  if (isLocalDate(from)) return { by: 'day', from, to };
  return { by: 'instant', from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** One of the person's check-ins; someone else's is not found. */
export async function getCheckin(services: Services, actor: Person, subjectId: string, id: string): Promise<Checkin> {
  const subject = await requireAccess(services, actor, read('journal'), subjectId);
  const row = await findCheckin(services.db, subject.id, id);
  if (!row) throw notFound();
  return presentFor(subject, row);
}

/**
 * Edits one of the person's check-ins; someone else's is not found. With `version`, an edit made on
 * an older version answers 409 `changed_since` with the check-in as it stands; an edit whose
 * `changeId` was the last applied is a repeat, answered with the check-in without applying it again.
 */
export async function updateCheckin(
  services: Services,
  actor: Person,
  subjectId: string,
  id: string,
  input: UpdateCheckinBody,
): Promise<Checkin> {
  const subject = await requireAccess(services, actor, write('journal'), subjectId);
  const stored = await findCheckin(services.db, subject.id, id);
  if (!stored) throw notFound();
  const decision = decideEdit(stored, input);
  if (decision === 'repeat') return presentCheckin(stored);
  if (decision === 'changed_since') throw changedSince(stored);
  const changes = editedFields(services, subject, stored, input);
  const peg = input.peg === undefined ? undefined : pegWrite(services, input.peg);
  // Written only on the version just read: an edit that raced in between makes this one a 409.
  if (!(await updateRow(services.db, subject.id, id, changes, peg, stored.updatedAt))) throw await lostRace(services, subject.id, id);
  const row = await findCheckin(services.db, subject.id, id);
  if (!row) throw notFound();
  return presentCheckin(row);
}

/** The columns an edit writes: its fields, the detail fitted to the areas, a new version and its change id. */
function editedFields(services: Services, subject: SubjectRef, stored: StoredCheckin, input: UpdateCheckinBody) {
  const changes: Partial<CheckinRow> & { updated_at: string } = {
    ...optionalFields(input),
    updated_at: nextVersion(stored.updatedAt, services.clock.now()),
    change_id: input.changeId ?? null,
  };
  if (input.detail !== undefined || input.areas !== undefined) {
    const areas = input.areas ?? stored.areas;
    changes.detail = encodeDetail(input.detail !== undefined ? checkedDetail(areas, input.detail) : fitDetailToAreas(areas, stored.detail));
  }
  if (input.at !== undefined) {
    const at = new Date(input.at).toISOString();
    checkNotInFuture(at, services.clock.now());
    Object.assign(changes, { at, local_date: toLocalDate(at, subject.timeZone) });
  }
  return changes;
}

/**
 * Deletes one of the person's check-ins; someone else's, or one already gone, is not found. With
 * `version`, a delete made on an older version answers 409 `changed_since` with the check-in as it stands.
 */
export async function deleteCheckin(services: Services, actor: Person, subjectId: string, id: string, query: DeleteCheckinQuery = {}): Promise<void> {
  const subject = await requireAccess(services, actor, write('journal'), subjectId);
  if (query.version === undefined) {
    if (!(await deleteRow(services.db, subject.id, id))) throw notFound();
    return;
  }
  const stored = await findCheckin(services.db, subject.id, id);
  if (!stored) throw notFound();
  if (decideEdit(stored, { version: query.version }) === 'changed_since') throw changedSince(stored);
  if (!(await deleteRow(services.db, subject.id, id, stored.updatedAt))) throw await lostRace(services, subject.id, id);
}

/** The 409 for a check-in that changed since the version sent, with the check-in as it stands. */
function changedSince(current: StoredCheckin): ChangedSinceError {
  return new ChangedSinceError('This check-in was changed since you opened it, so your change was not made. Here is what is saved now.', presentCheckin(current));
}

/** After a write on a version that moved meanwhile: 409 with the check-in now, or 404 when it is gone. */
async function lostRace(services: Services, userId: string, id: string): Promise<AppError> {
  const now = await findCheckin(services.db, userId, id);
  return now ? changedSince(now) : notFound();
}

function notFound(): AppError {
  return new AppError('not_found', 'That check-in was not found.');
}
