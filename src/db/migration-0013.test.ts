// Migration 0013 keeps every PEG answer stored on check-ins (now answer sets of the `peg`
// questionnaire linked by checkin_id) and writes each profile's goals as its first PSFS answer set,
// dated by the profile's save in the person's own time zone; on every database kind.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m0013 from './migrations/0013-questionnaires.js';
import { testDatabaseKinds } from './testing.js';
import type { DatabaseHandle } from './connect.js';
import { decodeAnswers, listResponses } from './questionnaire.repository.js';

async function seedBeforeMigration(db: Kysely<unknown>): Promise<void> {
  const user = (id: string, zone: string) =>
    sql`INSERT INTO users (id, email, password_hash, name, time_zone, created_at, updated_at) VALUES (${id}, ${`${id}@example.org`}, 'x', NULL, ${zone}, '2026-01-01', '2026-01-01')`.execute(db);
  await user('u1', 'Pacific/Auckland');
  await user('u2', 'UTC');
  const checkin = (id: string, userId: string, day: string, peg: [number, number, number] | null) =>
    sql`INSERT INTO checkins (id, user_id, client_id, at, local_date, pain, flare, areas, notes, peg_pain, peg_enjoyment, peg_activity, something_new, created_at, updated_at)
        VALUES (${id}, ${userId}, NULL, ${`${day}T09:00:00.000Z`}, ${day}, 5, 0, '[]', NULL, ${peg?.[0] ?? null}, ${peg?.[1] ?? null}, ${peg?.[2] ?? null}, 0, ${`${day}T09:00:00.000Z`}, ${`${day}T09:05:00.000Z`})`.execute(db);
  await checkin('c1', 'u1', '2026-02-02', [6, 4, 5]);
  await checkin('c2', 'u1', '2026-02-03', null);
  await checkin('c3', 'u1', '2026-02-09', [0, 0, 1]);
  await checkin('c4', 'u2', '2026-02-02', [10, 10, 10]);
  const goals = JSON.stringify({ painToday: 4, goals: [{ activity: 'Gardening', score: 3 }, { activity: 'Walk to the shop', score: 6 }] });
  // Saved at 20:30 UTC on 1 March: already 2 March in Auckland.
  await sql`INSERT INTO profiles (user_id, data, updated_at) VALUES ('u1', ${goals}, '2026-03-01T20:30:00.000Z')`.execute(db);
  await sql`INSERT INTO profiles (user_id, data, updated_at) VALUES ('u2', ${JSON.stringify({ painToday: 2 })}, '2026-03-01T20:30:00.000Z')`.execute(db);
}

describe.each(testDatabaseKinds())('migration 0013 on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
    const db = handle.db as unknown as Kysely<unknown>;
    await m0013.down(db);
    await seedBeforeMigration(db);
    await m0013.up(db);
  });
  afterAll(async () => handle.close());

  it('keeps every PEG stored on a check-in as a `peg` answer set linked to it', async () => {
    const pegs = await handle.db.selectFrom('questionnaire_responses').selectAll().where('instrument', '=', 'peg').orderBy('checkin_id').execute();
    expect(pegs.map((r) => ({ user: r.user_id, checkin: r.checkin_id, day: r.local_date, at: r.at, answers: decodeAnswers(r.answers) }))).toEqual([
      { user: 'u1', checkin: 'c1', day: '2026-02-02', at: '2026-02-02T09:00:00.000Z', answers: peg(6, 4, 5) },
      { user: 'u1', checkin: 'c3', day: '2026-02-09', at: '2026-02-09T09:00:00.000Z', answers: peg(0, 0, 1) },
      { user: 'u2', checkin: 'c4', day: '2026-02-02', at: '2026-02-02T09:00:00.000Z', answers: peg(10, 10, 10) },
    ]);
    expect(pegs.every((r) => r.version === '1' && r.client_id === null)).toBe(true);
  });

  it('drops the three PEG columns and keeps the check-ins', async () => {
    const rows = await handle.db.selectFrom('checkins').selectAll().orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(Object.keys(rows[0] ?? {})).not.toContain('peg_pain');
  });

  it('writes the intake goals as the first PSFS answer set, on the person’s own day', async () => {
    const [psfs, ...more] = await listResponses(handle.db, 'u1', { instrument: 'psfs' });
    expect(more).toEqual([]);
    expect(psfs).toMatchObject({ localDate: '2026-03-02', at: '2026-03-01T20:30:00.000Z', checkinId: null });
    expect(psfs?.answers).toEqual([
      { linkId: 'activity-1', value: 3, code: null, label: 'Gardening' },
      { linkId: 'activity-2', value: 6, code: null, label: 'Walk to the shop' },
    ]);
    expect(await listResponses(handle.db, 'u2', { instrument: 'psfs' })).toEqual([]);
  });
});

function peg(pain: number, enjoyment: number, activity: number) {
  return [
    { linkId: 'pain', value: pain, code: null, label: null },
    { linkId: 'enjoyment', value: enjoyment, code: null, label: null },
    { linkId: 'activity', value: activity, code: null, label: null },
  ];
}
