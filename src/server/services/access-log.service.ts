/** Who looked at the person's data (issue 10): the audit log about them, grouped in core. */
import { read } from '../../core/access/policy.js';
import { addDays, toLocalDate } from '../../core/calendar.js';
import { ACCESS_LOG_DEFAULT_DAYS, ACCESS_LOG_MAX_DAYS, groupAccessLog } from '../../core/care/access-log.js';
import { AppError } from '../../core/errors.js';
import type { AccessLog, AccessLogQuery } from '../../contract/care.js';
import { listAccessEvents } from '../../db/care-note.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

/** The grouped log over a range of the person's days (the last 90 by default, at most 366). */
export async function getMyAccessLog(services: Services, person: Person, query: AccessLogQuery): Promise<AccessLog> {
  const subject = await requireAccess(services, person, read('account'), person.id);
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const to = query.to ?? (query.from ? minDay(addDays(query.from, ACCESS_LOG_DEFAULT_DAYS - 1), today) : today);
  const from = query.from ?? addDays(to, -(ACCESS_LOG_DEFAULT_DAYS - 1));
  if (addDays(from, ACCESS_LOG_MAX_DAYS - 1) < to) {
    throw new AppError('unacceptable', `Ask for at most ${ACCESS_LOG_MAX_DAYS} days at a time.`, 'from');
  }
  // Instants a day either side of the range cover every time zone; core keeps the person's days.
  const events = await listAccessEvents(services.db, subject.id, `${addDays(from, -1)}T00:00:00.000Z`, `${addDays(to, 2)}T00:00:00.000Z`);
  const lines = groupAccessLog(events, subject.timeZone, from, to);
  return { from, to, items: lines.map((line) => ({ ...line, clinician: { id: line.clinician.id, name: line.clinician.name ?? '' } })) };
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
