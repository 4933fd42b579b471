/** Exercise session logs of the signed-in person, filed under their own calendar day. */
import { isInFuture, toLocalDate } from '../../core/calendar.js';
import { windowStart } from '../../core/checkin.js';
import { AppError } from '../../core/errors.js';
import type { CreateSessionLogRequest, SessionLog, SessionLogQuery } from '../../contract/session-log.js';
import { insertSessionLog, listSessionLogs as listRows } from '../../db/session-log.repository.js';
import { read, seesPersonalNotes, write } from '../../core/access/policy.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { presentSessionLog } from '../presenters.js';
import { checkDateRange } from './date-range.js';
import type { Library } from './library.service.js';
import { libraryForSubject } from './subject-library.js';

/**
 * Saves a session log; the same clientId twice stores one. Every exercise must exist in the
 * person's library: the built-in one, or a clinician's own prescribed to them (issue 11).
 */
export async function createSessionLog(
  services: Services,
  actor: Person, subjectId: string,
  input: CreateSessionLogRequest,
  builtin: Library,
): Promise<SessionLog> {
  const subject = await requireAccess(services, actor, write('sessions'), subjectId);
  const library = await libraryForSubject(services, builtin, subject.id);
  input.items.forEach((item, index) => {
    if (!library.has(item.exerciseId)) {
      throw new AppError('unacceptable', `There is no exercise "${item.exerciseId}" in the library.`, `items.${index}.exerciseId`);
    }
  });
  const now = services.clock.now();
  const startedAt = new Date(input.startedAt).toISOString();
  if (isInFuture(startedAt, now)) {
    throw new AppError('unacceptable', 'A session cannot start in the future. Check the date and time.', 'startedAt');
  }
  const { log } = await insertSessionLog(services.db, {
    id: services.newId(),
    userId: subject.id,
    clientId: input.clientId,
    startedAt,
    localDate: toLocalDate(startedAt, subject.timeZone),
    painBefore: input.painBefore,
    painAfter: input.painAfter,
    items: input.items,
    partial: input.partial === true,
    stopReason: input.stopReason ?? null,
    toleranceTest: input.toleranceTest === true,
    notes: input.notes ?? null,
    createdAt: now,
  });
  return presentSessionLog(log);
}

/** The person's session logs between two of their calendar days; the last 30 days by default. */
export async function listSessionLogs(services: Services, actor: Person, subjectId: string, query: SessionLogQuery): Promise<SessionLog[]> {
  const subject = await requireAccess(services, actor, read('sessions'), subjectId);
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const from = query.from ?? windowStart(today, 30);
  const to = query.to ?? today;
  checkDateRange(from, to);
  const logs = (await listRows(services.db, subject.id, from, to)).map(presentSessionLog);
  // The notes written after a session reach a clinician only if the person shares their notes.
  return seesPersonalNotes(subject.relation) ? logs : logs.map((log) => ({ ...log, notes: null }));
}
