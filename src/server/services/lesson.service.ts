/**
 * Lessons (issue 14): the one offered now and why, and what the person has read. Reading or
 * putting off a lesson is recorded as an event; nothing is graded.
 */
import { addDays, toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { read, write } from '../../core/access/policy.js';
import type { LessonEventKind, LessonId } from '../../core/lessons/catalog.js';
import { CHEST_PAIN_WINDOW_DAYS, FLARE_WINDOW_DAYS, NERVE_WINDOW_DAYS, lessonFactsOf, offerLesson, summarizeReads } from '../../core/lessons/offer.js';
import type { LessonsResponse } from '../../contract/lesson.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listCheckins } from '../../db/checkin.repository.js';
import { countLessonEventsSince, insertLessonEvents, listLessonEvents } from '../../db/lesson.repository.js';
import { listBadDays } from '../../db/plan.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listSessionLogs } from '../../db/session-log.repository.js';
import { requireAccess, type SubjectRef } from '../access.js';
import type { Person, Services } from '../context.js';

/** No one reads or puts off lessons this often: more events than this in a day are refused. */
export const LESSON_EVENTS_PER_DAY = 200;

/** The lesson offered to the person now, if any, and the lessons they have read. */
export async function getLessons(services: Services, actor: Person, subjectId: string): Promise<LessonsResponse> {
  const subject = await requireAccess(services, actor, read('lessons'), subjectId);
  return lessonsOf(services, subject);
}

/** Records that the person read a lesson (again, if they had before). */
export function markLessonRead(services: Services, actor: Person, subjectId: string, lessonId: LessonId): Promise<LessonsResponse> {
  return recordEvent(services, actor, subjectId, lessonId, 'read');
}

/** Records "not now": the lesson is offered again in a few days. */
export function markLessonLater(services: Services, actor: Person, subjectId: string, lessonId: LessonId): Promise<LessonsResponse> {
  return recordEvent(services, actor, subjectId, lessonId, 'later');
}

async function recordEvent(services: Services, actor: Person, subjectId: string, lessonId: LessonId, kind: LessonEventKind): Promise<LessonsResponse> {
  const subject = await requireAccess(services, actor, write('lessons'), subjectId);
  const now = services.clock.now();
  const dayAgo = new Date(Date.parse(now) - 86_400_000).toISOString();
  if ((await countLessonEventsSince(services.db, subject.id, dayAgo)) >= LESSON_EVENTS_PER_DAY) {
    throw new AppError('rate_limited', 'Lessons have been marked very many times today. Please try again tomorrow.');
  }
  await insertLessonEvents(services.db, [{ id: services.newId(), userId: subject.id, lessonId, kind, at: now }]);
  return lessonsOf(services, subject);
}

/** Gathers the facts with one query per kind of record, then asks the offering rule. */
async function lessonsOf(services: Services, subject: SubjectRef): Promise<LessonsResponse> {
  const now = services.clock.now();
  const today = toLocalDate(now, subject.timeZone);
  const from = addDays(today, -(Math.max(NERVE_WINDOW_DAYS, CHEST_PAIN_WINDOW_DAYS) - 1));
  const [events, checkins, badDays, sessions, profile] = await Promise.all([
    listLessonEvents(services.db, subject.id),
    listCheckins(services.db, subject.id, { by: 'day', from, to: today }),
    listBadDays(services.db, subject.id, addDays(today, -(FLARE_WINDOW_DAYS - 1)), today),
    listSessionLogs(services.db, subject.id, from, today),
    findProfile(services.db, subject.id),
  ]);
  const parsed = profile ? ProfileSchema.safeParse(profile.data) : null;
  const facts = lessonFactsOf({ today, now, checkins, badDays, sessions, profile: parsed?.success ? parsed.data : null });
  return { offered: offerLesson(events, facts), read: summarizeReads(events) };
}
