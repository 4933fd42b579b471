/**
 * Questionnaire answer sets and a clinician's schedules (issue 12). Answers are stored as JSON and
 * decoded here, once, with the contract's AnswerSchema; the weekly PEG is an answer set of the
 * `peg` instrument linked to the check-in it was given in (see checkin.repository.ts).
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import { AnswerSchema, InstrumentKeySchema } from '../contract/questionnaire.js';
import type { Answer, AssignedSchedule, InstrumentKey, StoredResponse } from '../core/questionnaires/types.js';
import type { Database, QuestionnaireResponsesTable } from './schema.js';

const AnswersSchema = z.array(AnswerSchema);

type Db = Kysely<Database> | Transaction<Database>;
type ResponseRow = Selectable<QuestionnaireResponsesTable>;

/** The answers stored as JSON, decoded. */
export function decodeAnswers(json: string): Answer[] {
  return AnswersSchema.parse(JSON.parse(json));
}

/** An instrument key as stored, checked. */
function decodeInstrument(stored: string): InstrumentKey {
  return InstrumentKeySchema.parse(stored) as InstrumentKey;
}

function decodeResponse(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    instrument: decodeInstrument(row.instrument),
    version: row.version,
    localDate: row.local_date,
    at: row.at,
    answers: decodeAnswers(row.answers),
    checkinId: row.checkin_id,
    clientId: row.client_id,
  };
}

/** Stores an answer set; with a clientId already used by this person, nothing is stored. */
export async function insertResponse(db: Db, userId: string, response: StoredResponse, now: string): Promise<StoredResponse> {
  const row: ResponseRow = {
    id: response.id,
    user_id: userId,
    instrument: response.instrument,
    version: response.version,
    local_date: response.localDate,
    at: response.at,
    answers: JSON.stringify(response.answers),
    checkin_id: response.checkinId,
    client_id: response.clientId,
    created_at: now,
    updated_at: now,
  };
  if (response.clientId === null) {
    await db.insertInto('questionnaire_responses').values(row).execute();
    return response;
  }
  await db
    .insertInto('questionnaire_responses')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'client_id']).where('client_id', 'is not', null).doNothing())
    .execute();
  const stored = await findResponseByClientId(db, userId, response.clientId);
  if (!stored) throw new Error('The answer set was neither stored nor found.');
  return stored;
}

/** The person's answer set sent with this clientId, or null. */
export async function findResponseByClientId(db: Db, userId: string, clientId: string): Promise<StoredResponse | null> {
  const row = await db.selectFrom('questionnaire_responses').selectAll().where('user_id', '=', userId).where('client_id', '=', clientId).executeTakeFirst();
  return row ? decodeResponse(row) : null;
}

/** The person's answer sets, oldest first; of one instrument when named, and up to a day when given. */
export async function listResponses(db: Db, userId: string, filter: { instrument?: InstrumentKey; to?: string } = {}): Promise<StoredResponse[]> {
  let query = db.selectFrom('questionnaire_responses').selectAll().where('user_id', '=', userId);
  if (filter.instrument !== undefined) query = query.where('instrument', '=', filter.instrument);
  if (filter.to !== undefined) query = query.where('local_date', '<=', filter.to);
  const rows = await query.orderBy('local_date').orderBy('at').orderBy('id').execute();
  return rows.map(decodeResponse);
}

/** The PEG's three answers (0-10 each). */
export interface PegAnswers {
  pain: number;
  enjoyment: number;
  activity: number;
}

/** The three PEG answers of an answer set, or null when one is missing. */
export function pegOfAnswers(answers: readonly Answer[]): PegAnswers | null {
  const value = (linkId: string) => answers.find((a) => a.linkId === linkId)?.value ?? null;
  const [pain, enjoyment, activity] = [value('pain'), value('enjoyment'), value('activity')];
  return pain === null || enjoyment === null || activity === null ? null : { pain, enjoyment, activity };
}

/** A PEG as the answer set stores it. */
export function answersOfPeg(peg: PegAnswers): Answer[] {
  const answer = (linkId: string, value: number): Answer => ({ linkId, value, code: null, label: null });
  return [answer('pain', peg.pain), answer('enjoyment', peg.enjoyment), answer('activity', peg.activity)];
}

/** A PEG given on a day. */
export interface DatedPeg extends PegAnswers {
  localDate: string;
  at: string;
}

/** The person's PEG answers between two of their days (both included), oldest first. */
export async function listPegAnswers(db: Db, userId: string, from: string, to: string): Promise<DatedPeg[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select(['local_date', 'at', 'answers'])
    .where('user_id', '=', userId)
    .where('instrument', '=', 'peg')
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('local_date')
    .orderBy('at')
    .execute();
  return rows.flatMap((row) => {
    const peg = pegOfAnswers(decodeAnswers(row.answers));
    return peg ? [{ ...peg, localDate: row.local_date, at: row.at }] : [];
  });
}

/** What the check-in's PEG answer set is written with. */
export interface CheckinPegWrite {
  userId: string;
  checkinId: string;
  localDate: string;
  at: string;
  /** The answers; null removes the answer set. */
  peg: PegAnswers | null;
  /** The id of a new answer set, and the PEG's version. */
  newId: string;
  version: string;
  now: string;
}

/** Writes, replaces or removes the PEG given in a check-in (call inside the check-in's transaction). */
export async function writeCheckinPeg(db: Db, write: CheckinPegWrite): Promise<void> {
  await deleteCheckinPeg(db, write.userId, write.checkinId);
  if (write.peg === null) return;
  await db
    .insertInto('questionnaire_responses')
    .values({
      id: write.newId,
      user_id: write.userId,
      instrument: 'peg',
      version: write.version,
      local_date: write.localDate,
      at: write.at,
      answers: JSON.stringify(answersOfPeg(write.peg)),
      checkin_id: write.checkinId,
      client_id: null,
      created_at: write.now,
      updated_at: write.now,
    })
    .execute();
}

/** Moves the PEG of a check-in to the check-in's new time. */
export async function moveCheckinPeg(db: Db, userId: string, checkinId: string, change: { localDate: string; at: string; now: string }): Promise<void> {
  await db
    .updateTable('questionnaire_responses')
    .set({ local_date: change.localDate, at: change.at, updated_at: change.now })
    .where('user_id', '=', userId)
    .where('checkin_id', '=', checkinId)
    .execute();
}

/** Removes the PEG given in a check-in. */
export async function deleteCheckinPeg(db: Db, userId: string, checkinId: string): Promise<void> {
  await db.deleteFrom('questionnaire_responses').where('user_id', '=', userId).where('checkin_id', '=', checkinId).execute();
}

/** A clinician's schedules for one patient. */
export async function listSchedules(db: Db, userId: string): Promise<AssignedSchedule[]> {
  const rows = await db.selectFrom('questionnaire_schedules').selectAll().where('user_id', '=', userId).orderBy('instrument').execute();
  return rows.map((r) => ({
    instrument: decodeInstrument(r.instrument),
    everyDays: r.every_days,
    setBy: { clinicianId: r.set_by_id, name: r.set_by_name, at: r.set_at },
  }));
}

/** Sets (or replaces) a clinician's schedule of one instrument for one patient. */
export async function saveSchedule(db: Db, userId: string, schedule: AssignedSchedule): Promise<void> {
  const values = {
    every_days: schedule.everyDays,
    set_by_id: schedule.setBy.clinicianId,
    set_by_name: schedule.setBy.name,
    set_at: schedule.setBy.at,
  };
  await db
    .insertInto('questionnaire_schedules')
    .values({ user_id: userId, instrument: schedule.instrument, ...values })
    .onConflict((oc) => oc.columns(['user_id', 'instrument']).doUpdateSet(values))
    .execute();
}

/** The first and latest answer set of an instrument. */
export interface ResponseEnds {
  first: StoredResponse;
  latest: StoredResponse;
}

/**
 * The first and latest answer set of every instrument of each of these people, in one query (the
 * index on user, instrument and day finds both ends without reading every answer set).
 */
export async function listResponseEnds(db: Db, userIds: readonly string[]): Promise<Map<string, Map<InstrumentKey, ResponseEnds>>> {
  const result = new Map<string, Map<InstrumentKey, ResponseEnds>>();
  if (userIds.length === 0) return result;
  const ends = db
    .selectFrom('questionnaire_responses')
    .select((eb) => ['user_id', 'instrument', eb.fn.min('local_date').as('first_day'), eb.fn.max('local_date').as('last_day')])
    .where('user_id', 'in', userIds)
    .groupBy(['user_id', 'instrument'])
    .as('e');
  const rows = await db
    .selectFrom(ends)
    .innerJoin('questionnaire_responses as r', (join) =>
      join
        .onRef('r.user_id', '=', 'e.user_id')
        .onRef('r.instrument', '=', 'e.instrument')
        .on((eb) => eb.or([eb('r.local_date', '=', eb.ref('e.first_day')), eb('r.local_date', '=', eb.ref('e.last_day'))])),
    )
    .selectAll('r')
    .execute();
  for (const row of rows) addEnd(result, row.user_id, decodeResponse(row));
  return result;
}

function addEnd(result: Map<string, Map<InstrumentKey, ResponseEnds>>, userId: string, response: StoredResponse): void {
  const byInstrument = result.get(userId) ?? new Map<InstrumentKey, ResponseEnds>();
  result.set(userId, byInstrument);
  const entry = byInstrument.get(response.instrument);
  if (!entry) {
    byInstrument.set(response.instrument, { first: response, latest: response });
    return;
  }
  const key = (r: StoredResponse) => `${r.localDate} ${r.at} ${r.id}`;
  if (key(response) < key(entry.first)) entry.first = response;
  if (key(response) > key(entry.latest)) entry.latest = response;
}
