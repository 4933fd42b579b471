/**
 * Questionnaires as one module (issue 12): one table of answer sets (the weekly PEG moves here
 * from its three check-in columns, every answer kept), a clinician's schedules per patient, and
 * the FHIR Questionnaire files an admin imported. Answers are stored as JSON, decoded with the
 * contract's AnswerSchema. The intake's goals are the first PSFS answer set: each profile with
 * goals gets one, dated by the day the profile was saved in the person's time zone.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { toLocalDate } from '../../core/calendar.js';

interface PegRow {
  id: string;
  user_id: string;
  at: string;
  local_date: string;
  created_at: string;
  updated_at: string;
  peg_pain: number;
  peg_enjoyment: number;
  peg_activity: number;
}

const PEG_BATCH = 500;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    /** `pain_rating`, `peg`, `psfs`, `pgic` or `imported:<id>`. */
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    /** The answers, as the contract's AnswerSchema array. */
    .addColumn('answers', 'text', (c) => c.notNull())
    /** The check-in it was given in (the weekly PEG); deleted with it. */
    .addColumn('checkin_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('questionnaire_responses_user').on('questionnaire_responses').columns(['user_id', 'instrument', 'local_date']).execute();
  await sql`CREATE UNIQUE INDEX questionnaire_responses_client ON questionnaire_responses (user_id, client_id) WHERE client_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX questionnaire_responses_checkin ON questionnaire_responses (checkin_id) WHERE checkin_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable('questionnaire_schedules')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('instrument', 'text', (c) => c.notNull())
    /** Every N days; null: switched off by the clinician. */
    .addColumn('every_days', 'integer')
    .addColumn('set_by_id', 'text', (c) => c.notNull())
    .addColumn('set_by_name', 'text')
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_schedules_pk', ['user_id', 'instrument'])
    .execute();

  await db.schema
    .createTable('imported_questionnaires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    /** The file as imported (FHIR R4 Questionnaire JSON), kept whole. */
    .addColumn('resource', 'text', (c) => c.notNull())
    /** The form Pacewise renders from it (core FormDefinition JSON). */
    .addColumn('form', 'text', (c) => c.notNull())
    /** The PROMIS form its items match (`pi_6a` …), else null. */
    .addColumn('scoring', 'text')
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await movePegAnswers(db);
  await writePsfsBaselines(db);
  await sql`DROP INDEX IF EXISTS checkins_user_peg`.execute(db);
  for (const column of ['peg_pain', 'peg_enjoyment', 'peg_activity']) {
    await db.schema.alterTable('checkins').dropColumn(column).execute();
  }
}

/** Every PEG given in a check-in becomes an answer set of the `peg` instrument, linked to it. */
async function movePegAnswers(db: Kysely<unknown>): Promise<void> {
  const any = db as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the schema before this migration
  for (let offset = 0; ; offset += PEG_BATCH) {
    const rows = (await any
      .selectFrom('checkins')
      .select(['id', 'user_id', 'at', 'local_date', 'created_at', 'updated_at', 'peg_pain', 'peg_enjoyment', 'peg_activity'])
      .where('peg_pain', 'is not', null)
      .where('peg_enjoyment', 'is not', null)
      .where('peg_activity', 'is not', null)
      .orderBy('id')
      .limit(PEG_BATCH)
      .offset(offset)
      .execute()) as PegRow[];
    if (rows.length === 0) return;
    await any.insertInto('questionnaire_responses').values(rows.map(pegResponseOf)).execute();
  }
}

function pegResponseOf(row: PegRow) {
  const answer = (linkId: string, value: number) => ({ linkId, value, code: null, label: null });
  return {
    id: randomUUID(),
    user_id: row.user_id,
    instrument: 'peg',
    version: '1',
    local_date: row.local_date,
    at: row.at,
    answers: JSON.stringify([answer('pain', row.peg_pain), answer('enjoyment', row.peg_enjoyment), answer('activity', row.peg_activity)]),
    checkin_id: row.id,
    client_id: null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

interface ProfileRow {
  user_id: string;
  data: string;
  updated_at: string;
  time_zone: string;
}

/** The intake's goals (activity and 0-10 score) as stored in a profile, where they are well formed. */
function goalsOf(data: string): { activity: string; score: number }[] {
  const parsed: unknown = JSON.parse(data);
  const goals = typeof parsed === 'object' && parsed !== null && 'goals' in parsed && Array.isArray(parsed.goals) ? (parsed.goals as unknown[]) : [];
  return goals.flatMap((goal) => {
    if (typeof goal !== 'object' || goal === null) return [];
    const { activity, score } = goal as Record<string, unknown>;
    return typeof activity === 'string' && activity.trim() !== '' && typeof score === 'number' ? [{ activity: activity.trim(), score }] : [];
  });
}

/** Every profile with goals gets its first PSFS answer set (linkIds `activity-1` …, labels the activities). */
async function writePsfsBaselines(db: Kysely<unknown>): Promise<void> {
  const any = db as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the schema as of this migration
  for (let offset = 0; ; offset += PEG_BATCH) {
    const rows = (await any
      .selectFrom('profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select(['p.user_id', 'p.data', 'p.updated_at', 'u.time_zone'])
      .orderBy('p.user_id')
      .limit(PEG_BATCH)
      .offset(offset)
      .execute()) as ProfileRow[];
    if (rows.length === 0) return;
    const values = rows.flatMap(psfsResponseOf);
    if (values.length > 0) await any.insertInto('questionnaire_responses').values(values).execute();
  }
}

function psfsResponseOf(row: ProfileRow) {
  const goals = goalsOf(row.data).slice(0, 5);
  if (goals.length === 0) return [];
  const answers = goals.map((goal, n) => ({ linkId: `activity-${n + 1}`, value: goal.score, code: null, label: goal.activity }));
  return [{
    id: randomUUID(),
    user_id: row.user_id,
    instrument: 'psfs',
    version: '1',
    local_date: toLocalDate(row.updated_at, row.time_zone),
    at: row.updated_at,
    answers: JSON.stringify(answers),
    checkin_id: null,
    client_id: null,
    created_at: row.updated_at,
    updated_at: row.updated_at,
  }];
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['peg_pain', 'peg_enjoyment', 'peg_activity']) {
    await db.schema.alterTable('checkins').addColumn(column, 'integer').execute();
  }
  await db.schema.dropTable('imported_questionnaires').execute();
  await db.schema.dropTable('questionnaire_schedules').execute();
  await db.schema.dropTable('questionnaire_responses').execute();
}
