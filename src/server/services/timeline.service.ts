/** History's timeline: the person's whole journal over a bounded span of their own days. */
import { addDays, toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { read, seesPersonalNotes } from '../../core/access/policy.js';
import { withoutPersonalWords } from '../../core/journal/personal-words.js';
import { isTimelineSpan, TIMELINE_MAX_DAYS } from '../../core/journal/timeline.js';
import type { TimelineQuery, TimelineResponse } from '../../contract/timeline.js';
import { listCheckins } from '../../db/checkin.repository.js';
import { listSessionLogs } from '../../db/session-log.repository.js';
import { listAnsweredQuestionnaires, listMarkedBadDays } from '../../db/timeline.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { presentCheckin, presentSessionLog } from '../presenters.js';
import { checkDateRange } from './date-range.js';

const DEFAULT_DAYS = 30;

/** The journal between two of the person's days (the last 30 by default), at most 92 days. */
export async function getTimeline(services: Services, actor: Person, subjectId: string, query: TimelineQuery): Promise<TimelineResponse> {
  const subject = await requireAccess(services, actor, read('journal'), subjectId);
  const to = query.to ?? toLocalDate(services.clock.now(), subject.timeZone);
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  checkDateRange(from, to);
  if (!isTimelineSpan(from, to)) throw new AppError('validation_failed', `Ask for at most ${TIMELINE_MAX_DAYS} days at a time.`, 'to');
  const [checkins, sessions, badDays, answers] = await Promise.all([
    listCheckins(services.db, subject.id, { by: 'day', from, to }),
    listSessionLogs(services.db, subject.id, from, to),
    listMarkedBadDays(services.db, subject.id, from, to),
    listAnsweredQuestionnaires(services.db, subject.id, from, to),
  ]);
  const shares = seesPersonalNotes(subject.relation);
  return {
    from,
    to,
    checkins: checkins.map((row) => (shares ? presentCheckin(row) : withoutPersonalWords(presentCheckin(row)))),
    sessions: sessions.map((log) => (shares ? presentSessionLog(log) : { ...presentSessionLog(log), notes: null })),
    badDays,
    answers,
  };
}
