/**
 * The parts of History's timeline no other list reads by day: bad days with when they were
 * marked, and questionnaires answered on their own (the weekly PEG inside a check-in shows with
 * the check-in). Both bounded by the person's days, both scoped to one person.
 */
import type { Kysely } from 'kysely';
import { InstrumentKeySchema } from '../contract/questionnaire.js';
import type { InstrumentKey } from '../core/questionnaires/types.js';
import type { Database } from './schema.js';

/** A bad day and the instant it was marked. */
export interface MarkedBadDay {
  localDate: string;
  markedAt: string;
}

/** A questionnaire answer set, named but not scored. */
export interface AnsweredQuestionnaire {
  id: string;
  instrument: InstrumentKey;
  localDate: string;
  at: string;
}

/** The person's bad days between two of their days, both included, newest first. */
export async function listMarkedBadDays(db: Kysely<Database>, userId: string, from: string, to: string): Promise<MarkedBadDay[]> {
  const rows = await db
    .selectFrom('bad_days')
    .select(['local_date', 'created_at'])
    .where('user_id', '=', userId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('local_date', 'desc')
    .execute();
  return rows.map((r) => ({ localDate: r.local_date, markedAt: r.created_at }));
}

/** Questionnaires the person answered on their own between two of their days, newest first. */
export async function listAnsweredQuestionnaires(db: Kysely<Database>, userId: string, from: string, to: string): Promise<AnsweredQuestionnaire[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select(['id', 'instrument', 'local_date', 'at'])
    .where('user_id', '=', userId)
    .where('checkin_id', 'is', null)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, instrument: InstrumentKeySchema.parse(r.instrument) as InstrumentKey, localDate: r.local_date, at: r.at }));
}
