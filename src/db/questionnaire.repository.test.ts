// The questionnaire repository on every database kind (issue 12). Dimensions: an answer set stored
// once per clientId and person; answers decoded with the contract's schema (a malformed stored set
// is an error, never a guess); lists by person, instrument and day; schedules replaced per
// instrument; the first and latest answer set of every instrument of many people in one query,
// which the index on (user, instrument, day) answers.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredResponse } from '../core/questionnaires/types.js';
import type { DatabaseHandle } from './connect.js';
import {
  findResponseByClientId,
  insertResponse,
  listPegAnswers,
  listResponseEnds,
  listResponses,
  listSchedules,
  saveSchedule,
} from './questionnaire.repository.js';
import { testDatabaseKinds } from './testing.js';

const T0 = '2026-11-01T08:00:00.000Z';
const pgic = (id: string, day: string, value: number, clientId: string | null = null): StoredResponse => ({
  id, instrument: 'pgic', version: '1', localDate: day, at: `${day}T09:00:00.000Z`, answers: [{ linkId: 'change', value, code: String(value), label: null }], checkinId: null, clientId,
});

describe.each(testDatabaseKinds())('questionnaire repository on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
    for (const id of ['ann', 'ben']) {
      await handle.db.insertInto('users').values({ id, email: `${id}@example.org`, password_hash: 'h', name: null, time_zone: 'UTC', created_at: T0, updated_at: T0 }).execute();
    }
  });
  afterAll(async () => handle.close());

  it('stores an answer set once per clientId and person, and hands back the first', async () => {
    expect(await insertResponse(handle.db, 'ann', pgic('r1', '2026-11-02', 2, 'c1'), T0)).toEqual(pgic('r1', '2026-11-02', 2, 'c1'));
    expect(await insertResponse(handle.db, 'ann', pgic('r2', '2026-11-02', 6, 'c1'), T0)).toEqual(pgic('r1', '2026-11-02', 2, 'c1'));
    expect((await insertResponse(handle.db, 'ben', pgic('r3', '2026-11-02', 6, 'c1'), T0)).id).toBe('r3');
    expect(await findResponseByClientId(handle.db, 'ann', 'c9')).toBeNull();
  });

  it('lists a person’s answer sets oldest first, by instrument and up to a day', async () => {
    await insertResponse(handle.db, 'ann', pgic('r4', '2026-11-30', 3), T0);
    await insertResponse(handle.db, 'ann', { ...pgic('r5', '2026-11-15', 5), instrument: 'peg', answers: [
      { linkId: 'pain', value: 5, code: null, label: null }, { linkId: 'enjoyment', value: 4, code: null, label: null }, { linkId: 'activity', value: 3, code: null, label: null },
    ] }, T0);
    expect((await listResponses(handle.db, 'ann')).map((r) => r.id)).toEqual(['r1', 'r5', 'r4']);
    expect((await listResponses(handle.db, 'ann', { instrument: 'pgic', to: '2026-11-20' })).map((r) => r.id)).toEqual(['r1']);
    expect(await listPegAnswers(handle.db, 'ann', '2026-11-01', '2026-11-30')).toEqual([{ localDate: '2026-11-15', at: '2026-11-15T09:00:00.000Z', pain: 5, enjoyment: 4, activity: 3 }]);
  });

  it('refuses to guess at a malformed stored answer set', async () => {
    await handle.db.insertInto('questionnaire_responses').values({
      id: 'bad', user_id: 'ben', instrument: 'pgic', version: '1', local_date: '2026-11-03', at: T0, answers: '[{"linkId":""}]', checkin_id: null, client_id: null, created_at: T0, updated_at: T0,
    }).execute();
    await expect(listResponses(handle.db, 'ben')).rejects.toThrow();
    await handle.db.deleteFrom('questionnaire_responses').where('id', '=', 'bad').execute();
  });

  it('replaces a clinician’s schedule of an instrument', async () => {
    await saveSchedule(handle.db, 'ann', { instrument: 'psfs', everyDays: 28, setBy: { clinicianId: 'lena', name: 'Lena', at: T0 } });
    await saveSchedule(handle.db, 'ann', { instrument: 'psfs', everyDays: null, setBy: { clinicianId: 'omar', name: 'Omar', at: '2026-11-02T00:00:00.000Z' } });
    expect(await listSchedules(handle.db, 'ann')).toEqual([{ instrument: 'psfs', everyDays: null, setBy: { clinicianId: 'omar', name: 'Omar', at: '2026-11-02T00:00:00.000Z' } }]);
    expect(await listSchedules(handle.db, 'ben')).toEqual([]);
  });

  it('finds the first and latest answer set of every instrument of many people at once', async () => {
    await insertResponse(handle.db, 'ann', pgic('r6', '2026-11-30', 1), T0);
    const ends = await listResponseEnds(handle.db, ['ann', 'ben', 'nobody']);
    expect(ends.get('ann')?.get('pgic')).toMatchObject({ first: { id: 'r1' }, latest: { id: 'r6' } });
    expect(ends.get('ann')?.get('peg')).toMatchObject({ first: { id: 'r5' }, latest: { id: 'r5' } });
    expect([...(ends.get('ben')?.keys() ?? [])]).toEqual(['pgic']);
    expect(ends.has('nobody')).toBe(false);
    expect((await listResponseEnds(handle.db, [])).size).toBe(0);
  });

  it('answers the ends of each person’s instruments from the index on user, instrument and day', async () => {
    const query = handle.db
      .selectFrom('questionnaire_responses')
      .select((eb) => ['user_id', 'instrument', eb.fn.min('local_date').as('first_day')])
      .where('user_id', 'in', ['ann'])
      .groupBy(['user_id', 'instrument'])
      .compile();
    const text = query.sql.replace(/\?|\$1/u, "'ann'");
    const plan = kind.name === 'sqlite'
      ? (await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${text}`).execute(handle.db)).rows.map((r) => r.detail)
      // On a table this small PostgreSQL would rightly scan it; with scans off it shows the index is usable.
      : await handle.db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_seqscan = off`.execute(trx);
          return (await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`).execute(trx)).rows.map((r) => r['QUERY PLAN']);
        });
    expect(plan.join(' ')).toContain('questionnaire_responses_user');
  });
});
