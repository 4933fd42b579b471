/**
 * What a person did with the lessons (issue 14): `read` or `later` events, append-only, scoped to
 * one person. Rows are decoded once here; an event of a lesson no longer in the catalog is skipped.
 */
import type { Kysely } from 'kysely';
import { LESSON_EVENT_KINDS, isLessonId, type LessonEvent } from '../core/lessons/catalog.js';
import type { Database } from './schema.js';

/** A lesson event to store, with its id and the person it belongs to. */
export interface NewLessonEvent extends LessonEvent {
  id: string;
  userId: string;
}

function isEventKind(value: string): value is LessonEvent['kind'] {
  return (LESSON_EVENT_KINDS as readonly string[]).includes(value);
}

/** Every lesson event of a person, oldest first (events of one instant by lesson and kind, so a move keeps their order). */
export async function listLessonEvents(db: Kysely<Database>, userId: string): Promise<LessonEvent[]> {
  const rows = await db
    .selectFrom('lesson_events')
    .select(['lesson_id', 'kind', 'at'])
    .where('user_id', '=', userId)
    .orderBy('at', 'asc')
    .orderBy('lesson_id', 'asc')
    .orderBy('kind', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.flatMap((r) => (isLessonId(r.lesson_id) && isEventKind(r.kind) ? [{ lessonId: r.lesson_id, kind: r.kind, at: r.at }] : []));
}

/** How many lesson events the person stored at or after an instant. */
export async function countLessonEventsSince(db: Kysely<Database>, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('lesson_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many lesson events the person has stored in all. */
export async function countLessonEvents(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('lesson_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores lesson events (one, or many at import). */
export async function insertLessonEvents(db: Kysely<Database>, events: readonly NewLessonEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('lesson_events')
    .values(events.map((e) => ({ id: e.id, user_id: e.userId, lesson_id: e.lessonId, kind: e.kind, at: e.at })))
    .execute();
}
