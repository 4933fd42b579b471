// History's timeline route on every database kind: 401 without a session; 400 per bad field and
// for a span past 92 days; the caller's own journal only (a clinician's is empty, another person's
// is theirs); then the whole journal of the span and nothing outside it or of anyone else:
// check-ins, sessions (a stopped one keeps its reason), bad days and questionnaires answered on their own, but not the PEG inside a check-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(testDatabaseKinds())('timeline route on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  let omar: { cookie: string; id: string };
  const get = (query: string, cookie?: string) =>
    test.request({ method: 'GET', url: `/api/me/timeline${query}`, ...(cookie ? { cookie } : {}) });

  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org');
    omar = await signUpPerson(test, 'omar@example.org');
    const post = (cookie: string, url: string, payload: object) => test.request({ method: 'POST', url, cookie, payload });
    await post(maya.cookie, '/api/me/checkins', { pain: 4, at: '2026-11-20T08:00:00.000Z', notes: 'Slept badly' });
    await post(maya.cookie, '/api/me/checkins', { pain: 7, flare: true, at: '2026-11-22T18:00:00.000Z', peg: { pain: 6, enjoyment: 5, activity: 5 } });
    await post(maya.cookie, '/api/me/checkins', { pain: 3, at: '2026-09-01T08:00:00.000Z' });
    await post(omar.cookie, '/api/me/checkins', { pain: 9, at: '2026-11-21T08:00:00.000Z' });
    const item = { exerciseId: 'walk-home-laps', minutes: 10, status: 'done' };
    await post(maya.cookie, '/api/me/sessions', { clientId: ID(1), startedAt: '2026-11-21T09:00:00.000Z', painBefore: 4, painAfter: 3, items: [item] });
    await post(maya.cookie, '/api/me/sessions', { clientId: ID(2), startedAt: '2026-11-22T09:00:00.000Z', painBefore: 5, painAfter: null, partial: true, stopReason: 'dizzy', items: [item] });
    const db = test.database.db;
    await db.insertInto('bad_days').values({ user_id: maya.id, local_date: '2026-11-22', created_at: '2026-11-22T07:30:00.000Z', week_before: null }).execute();
    await db.insertInto('bad_days').values({ user_id: omar.id, local_date: '2026-11-22', created_at: '2026-11-22T07:30:00.000Z', week_before: null }).execute();
    const now = '2026-11-23T10:00:00.000Z';
    await db.insertInto('questionnaire_responses').values({ id: ID(3), user_id: maya.id, instrument: 'pgic', version: '1', local_date: '2026-11-23', at: now, answers: '[]', checkin_id: null, client_id: null, created_at: now, updated_at: now }).execute();
  });
  afterAll(async () => test.close());

  it('answers 401 without a session', async () => {
    expect((await get('')).statusCode).toBe(401);
  });

  it.each([
    ['?from=2026-13-01', 'from'],
    ['?to=yesterday', 'to'],
    ['?from=2026-11-20&to=2026-11-01', 'to'],
    ['?from=2026-08-01&to=2026-11-24', 'to'],
    ['?days=7', undefined],
  ])('answers 400 for %s', async (query, field) => {
    const response = await get(query, maya.cookie);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  // The route names no person: it reads the caller's own journal, so there is no one else's to
  // find (the 404s of a linked clinician's reads belong to the patient routes).
  it('gives a clinician and another person only their own journal', async () => {
    const lena = await signUpStaff(test, 'lena@example.org', 'clinician');
    const staff = (await get('?from=2026-11-01&to=2026-11-24', lena.cookie)).json();
    expect([staff.checkins, staff.sessions, staff.badDays, staff.answers].flat()).toEqual([]);
    const other = (await get('?from=2026-11-01&to=2026-11-24', omar.cookie)).json();
    expect(other.checkins.map((c: { pain: number }) => c.pain)).toEqual([9]);
    expect(other.sessions).toEqual([]);
  });

  it('answers the whole journal of the span, and only the person’s own', async () => {
    const response = await get('?from=2026-11-01&to=2026-11-24', maya.cookie);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ from: '2026-11-01', to: '2026-11-24' });
    expect(body.checkins.map((c: { pain: number }) => c.pain).sort()).toEqual([4, 7]);
    expect(body.checkins.find((c: { pain: number }) => c.pain === 4).notes).toBe('Slept badly');
    expect(body.sessions).toHaveLength(2);
    expect(body.sessions.find((s: { partial: boolean }) => s.partial)).toMatchObject({ stopReason: 'dizzy', painAfter: null });
    expect(body.badDays).toEqual([{ localDate: '2026-11-22', markedAt: '2026-11-22T07:30:00.000Z' }]);
    expect(body.answers).toEqual([{ id: ID(3), instrument: 'pgic', localDate: '2026-11-23', at: '2026-11-23T10:00:00.000Z' }]);
  });

  it('takes the last 30 days by default', async () => {
    const body = (await get('', maya.cookie)).json();
    expect(body).toMatchObject({ from: '2026-10-26', to: '2026-11-24' });
    expect(body.checkins).toHaveLength(2);
  });
});
