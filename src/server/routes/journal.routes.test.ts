// Profile and check-in routes on every database kind. Dimensions: 401 without a session;
// 400 per field; 404 for another person's ids; success; idempotent clientId; the person's own
// calendar day; range queries; nothing lost when a bad request follows a good one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp, sampleProfile } from '../testing.js';

const PROFILE = sampleProfile();

describe.each(testDatabaseKinds())('journal routes on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  let dan: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'America/Chicago' });
    dan = await signUpPerson(test, 'dan@example.org', { timeZone: 'Europe/Berlin' });
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me/profile'],
    ['PUT', '/api/me/profile'],
    ['GET', '/api/me/intake-draft'],
    ['PUT', '/api/me/intake-draft'],
    ['POST', '/api/me/checkins'],
    ['GET', '/api/me/checkins'],
    ['GET', '/api/me/checkins/00000000-0000-4000-8000-000000000000'],
    ['PATCH', '/api/me/checkins/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/api/me/checkins/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
    expect(response.statusCode).toBe(401);
  });

  it('answers 404 before intake and saves a full profile', async () => {
    expect((await test.request({ method: 'GET', url: '/api/me/profile', cookie: maya.cookie })).statusCode).toBe(404);
    const saved = await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: PROFILE });
    expect(saved.statusCode).toBe(200);
    const read = await test.request({ method: 'GET', url: '/api/me/profile', cookie: maya.cookie });
    // The server records when the safety questions were answered.
    expect(read.json().profile).toEqual({ ...PROFILE, safety: { ...PROFILE.safety, screenedAt: '2026-11-24T10:00:00.000Z' } });
    expect((await test.request({ method: 'GET', url: '/api/me/profile', cookie: dan.cookie })).statusCode).toBe(404);
  });

  it.each([
    ['painAreas', ['lower_back', 'lower_back']],
    ['painAreas', ['tail']],
    ['conditions', ['flu']],
    ['mobility', 'runs'],
    ['floorTransfers', 'yes'],
    ['minutesPerDay', 4],
    ['minutesPerDay', 91],
    ['daysPerWeek', 0],
    ['daysPerWeek', 8],
    ['preferredTimes', ['night']],
    ['equipment', ['treadmill']],
    ['likes', ['running']],
    ['painToday', 11],
    ['painToday', 2.5],
    ['safety', { chest_pain_rest: 'no' }],
    ['safety', { unknown_question: true }],
    ['age', 17],
    ['goals', [{ activity: 'a', score: 3 }, { activity: 'b', score: 3 }, { activity: 'c', score: 3 }, { activity: 'd', score: 3 }]],
    ['goals', [{ activity: '', score: 3 }]],
  ])('a profile with a bad %s answers 400 naming it and keeps the saved one', async (field, value) => {
    const response = await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: { ...PROFILE, [field]: value } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field?.split('.')[0]).toBe(field);
    const kept = await test.request({ method: 'GET', url: '/api/me/profile', cookie: maya.cookie });
    expect(kept.json().profile).toMatchObject(PROFILE);
  });

  it('saves and returns the unfinished intake, checking the answers given so far', async () => {
    expect((await test.request({ method: 'GET', url: '/api/me/intake-draft', cookie: dan.cookie })).json()).toEqual({ draft: null });
    const draft = { step: 2, answers: { painAreas: ['knee'], mobility: 'wheelchair' } };
    expect((await test.request({ method: 'PUT', url: '/api/me/intake-draft', cookie: dan.cookie, payload: draft })).statusCode).toBe(200);
    expect((await test.request({ method: 'GET', url: '/api/me/intake-draft', cookie: dan.cookie })).json()).toEqual({ draft });
    const bad = await test.request({ method: 'PUT', url: '/api/me/intake-draft', cookie: dan.cookie, payload: { step: 2, answers: { mobility: 'flying' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('answers.mobility');
  });

  it.each([
    [{}, 'pain'],
    [{ pain: -1 }, 'pain'],
    [{ pain: 11 }, 'pain'],
    [{ pain: 'high' }, 'pain'],
    [{ pain: 3, at: 'yesterday' }, 'at'],
    [{ pain: 3, flare: 'yes' }, 'flare'],
    [{ pain: 3, areas: ['elbow', 'elbow'] }, 'areas'],
    [{ pain: 3, stiffness: 12 }, 'stiffness'],
    [{ pain: 3, sleep: -2 }, 'sleep'],
    [{ pain: 3, mood: 1.5 }, 'mood'],
    [{ pain: 3, energy: '5' }, 'energy'],
    [{ pain: 3, stress: 99 }, 'stress'],
    [{ pain: 3, notes: 'x'.repeat(2001) }, 'notes'],
    [{ pain: 3, clientId: 'abc' }, 'clientId'],
  ])('a check-in %j answers 400 naming %s', async (payload, field) => {
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('refuses a check-in in the future with 422', async () => {
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 3, at: '2026-11-25T10:00:00.000Z' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('at');
  });

  it('files a check-in under the person’s own calendar day', async () => {
    // 03:30 UTC on 24 Nov is still 23 Nov in Chicago but already 24 Nov in Berlin.
    const at = '2026-11-24T03:30:00.000Z';
    const mayas = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 4, at } });
    const dans = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: dan.cookie, payload: { pain: 4, at } });
    expect(mayas.json().localDate).toBe('2026-11-23');
    expect(dans.json().localDate).toBe('2026-11-24');
  });

  it('stores one check-in when the same clientId is posted twice', async () => {
    const payload = { pain: 7, flare: true, areas: ['neck'], notes: 'Rough night', clientId: '6f1c2c1e-7f3a-4a57-9d0e-2f7f4c1b9a10' };
    const first = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: dan.cookie, payload });
    const second = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: dan.cookie, payload });
    expect(first.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const list = await test.request({ method: 'GET', url: '/api/me/checkins', cookie: dan.cookie });
    expect(list.json().items.filter((c: { notes: string }) => c.notes === 'Rough night')).toHaveLength(1);
  });

  it('lists by days or instants, newest first, and checks the range', async () => {
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 2, at: '2026-11-20T15:00:00.000Z' } });
    const days = await test.request({ method: 'GET', url: '/api/me/checkins?from=2026-11-20&to=2026-11-23', cookie: maya.cookie });
    expect(days.json().items.map((c: { localDate: string }) => c.localDate)).toEqual(['2026-11-23', '2026-11-20']);
    const instants = await test.request({ method: 'GET', url: '/api/me/checkins?from=2026-11-21T00:00:00Z&to=2026-11-24T23:00:00Z', cookie: maya.cookie });
    expect(instants.json().items).toHaveLength(1);
    const backwards = await test.request({ method: 'GET', url: '/api/me/checkins?from=2026-11-23&to=2026-11-20', cookie: maya.cookie });
    expect(backwards.statusCode).toBe(400);
    const mixed = await test.request({ method: 'GET', url: '/api/me/checkins?from=2026-11-23&to=2026-11-24T00:00:00Z', cookie: maya.cookie });
    expect(mixed.statusCode).toBe(400);
    const bad = await test.request({ method: 'GET', url: '/api/me/checkins?from=2026-02-30', cookie: maya.cookie });
    expect(bad.json().error.field).toBe('from');
  });

  it('edits and deletes only the person’s own check-ins; another person gets 404', async () => {
    const created = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 5 } });
    const id = created.json().id as string;
    const url = `/api/me/checkins/${id}`;
    expect((await test.request({ method: 'GET', url, cookie: dan.cookie })).statusCode).toBe(404);
    expect((await test.request({ method: 'GET', url, cookie: maya.cookie })).json().pain).toBe(5);
    expect((await test.request({ method: 'PATCH', url, cookie: dan.cookie, payload: { pain: 1 } })).statusCode).toBe(404);
    expect((await test.request({ method: 'DELETE', url, cookie: dan.cookie })).statusCode).toBe(404);
    expect((await test.request({ method: 'PATCH', url: '/api/me/checkins/not-a-uuid', cookie: maya.cookie, payload: { pain: 1 } })).json().error.field).toBe('id');
    expect((await test.request({ method: 'PATCH', url, cookie: maya.cookie, payload: {} })).statusCode).toBe(400);
    expect((await test.request({ method: 'PATCH', url, cookie: maya.cookie, payload: { pain: 12 } })).json().error.field).toBe('pain');
    const edited = await test.request({ method: 'PATCH', url, cookie: maya.cookie, payload: { pain: 3, notes: 'Better after a walk', at: '2026-11-24T01:00:00.000Z' } });
    expect(edited.json()).toMatchObject({ pain: 3, notes: 'Better after a walk', localDate: '2026-11-23' });
    expect((await test.request({ method: 'DELETE', url, cookie: maya.cookie })).statusCode).toBe(204);
    expect((await test.request({ method: 'DELETE', url, cookie: maya.cookie })).statusCode).toBe(404);
  });
});

describe.each(testDatabaseKinds())('the weekly PEG inside a check-in on $name', (kind) => {
  it('stores the three answers, checks each, and returns them', async () => {
    const test = await startTestApp(kind);
    const { cookie } = await signUpPerson(test, 'peg@example.org');
    const bad = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, payload: { pain: 5, peg: { pain: 6, enjoyment: 11, activity: 5 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('peg.enjoyment');
    const saved = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, payload: { pain: 5, peg: { pain: 6, enjoyment: 4, activity: 5 } } });
    expect(saved.json().peg).toEqual({ pain: 6, enjoyment: 4, activity: 5 });
    const plain = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, payload: { pain: 4 } });
    expect(plain.json().peg).toBeNull();
    await test.close();
  });
});
