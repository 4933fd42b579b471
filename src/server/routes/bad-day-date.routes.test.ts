// A bad-day mark means the day it was tapped (issue 13), on every database kind. Dimensions: 401
// without a session; 400 for a date that is not a day; 422 naming `date` for a day that is not
// today or yesterday in the person's zone (their zone, not the server's); 404 before intake;
// today and yesterday marked; repeats keep one mark; unmarking twice is the same as once; no date
// means today (older clients).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const PROFILE = {
  painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
  minutesPerDay: 20, daysPerWeek: 5, preferredTimes: ['morning'], equipment: ['chair'],
  likes: ['walking'], painToday: 4, safety: { heart_condition: false },
};

describe.each(testDatabaseKinds())('bad-day date on $name', (kind) => {
  let test: TestApp;
  let ana: { cookie: string; id: string };
  const mark = (method: 'POST' | 'DELETE', date?: string, cookie: string | undefined = ana.cookie) =>
    test.request({ method, url: `/api/me/plan/bad-day${date === undefined ? '' : `?date=${date}`}`, ...(cookie ? { cookie } : {}) });
  const marks = async () =>
    (await test.database.db.selectFrom('bad_days').select('local_date').where('user_id', '=', ana.id).orderBy('local_date').execute()).map((r) => r.local_date);
  beforeAll(async () => {
    test = await startTestApp(kind);
    // 10:00 UTC on 24 November is 23:00 on the 24th in Auckland (UTC+13): the person's today.
    test.clock.set('2026-11-24T10:00:00.000Z');
    ana = await signUpPerson(test, 'ana@example.org', { timeZone: 'Pacific/Auckland' });
  });
  afterAll(async () => test.close());

  it.each(['POST', 'DELETE'] as const)('%s answers 401 without a session', async (method) => {
    expect((await mark(method, '2026-11-24', '')).statusCode).toBe(401);
  });

  it('answers 404 before intake', async () => {
    expect((await mark('POST', '2026-11-24')).statusCode).toBe(404);
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: ana.cookie, payload: PROFILE });
  });

  it.each(['24-11-2026', '2026-02-30', 'today'])('a date of %s answers 400 naming date', async (date) => {
    const response = await mark('POST', date);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('date');
  });

  it.each([
    ['tomorrow in their zone', '2026-11-25'],
    ['two days ago', '2026-11-22'],
    ['a week ago', '2026-11-17'],
  ])('refuses %s with 422 naming date, storing nothing', async (_what, date) => {
    for (const method of ['POST', 'DELETE'] as const) {
      const response = await mark(method, date);
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'unacceptable', field: 'date' });
    }
    expect(await marks()).toEqual([]);
  });

  it('marks the day it was tapped — yesterday, after waiting on the device — once, however often it is sent', async () => {
    const first = await mark('POST', '2026-11-23');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ today: '2026-11-24', badDay: false });
    expect((await mark('POST', '2026-11-23')).statusCode).toBe(200);
    expect(await marks()).toEqual(['2026-11-23']);
  });

  it('marks today in the person’s zone, and a mark without a date means today', async () => {
    expect((await mark('POST', '2026-11-24')).json().badDay).toBe(true);
    expect((await mark('POST')).json().badDay).toBe(true);
    expect(await marks()).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('takes a mark back, and taking it back again is the same as once', async () => {
    expect((await mark('DELETE', '2026-11-24')).json().badDay).toBe(false);
    expect((await mark('DELETE', '2026-11-24')).statusCode).toBe(200);
    expect((await mark('DELETE', '2026-11-23')).statusCode).toBe(200);
    expect(await marks()).toEqual([]);
  });
});
