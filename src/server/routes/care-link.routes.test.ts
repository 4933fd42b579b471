// Links, notes and who looked, on every database kind (issue 10): 401 without a session; 400 per
// field; 404 for a person on clinician routes, an unlinked clinician and an ended link; ending a
// link cuts access on the very next request (no cached access); the person keeps their notes
// after a link ends; notes are idempotent by clientId and marked read; a clinician's look shows
// in the person's access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

type Who = { cookie: string; id: string };
const NOBODY = '7d0c8f0e-3b7a-4a55-9d43-1b2f3c4d5e6f';

describe.each(testDatabaseKinds())('care links and notes on $name', (kind) => {
  let test: TestApp;
  let lena: Who;
  let tom: Who;
  let maya: Who;
  let walter: Who;
  let mayaLinkId: string;
  const send = (who: Who | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload ? { payload } : {}) });
  const link = async (clinician: Who, person: Who, shareNotes = false): Promise<string> => {
    const made = (await send(clinician, 'POST', '/api/practice/invitations', {})).json<{ code: string }>();
    const accepted = await send(person, 'POST', '/api/care-invitations/accept', { code: made.code, shareNotes });
    expect(accepted.statusCode).toBe(201);
    return accepted.json<{ id: string }>().id;
  };
  const who = (name: string) => ({ lena, tom, maya, walter })[name] ?? null;

  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    tom = await signUpStaff(test, 'tom@example.org', 'clinician', 'Tom');
    maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya', timeZone: 'Europe/Berlin' });
    walter = await signUpPerson(test, 'walter@example.org');
    mayaLinkId = await link(lena, maya, true);
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me/clinicians', undefined],
    ['DELETE', `/api/me/clinicians/${NOBODY}`, undefined],
    ['GET', '/api/me/access-log', undefined],
    ['DELETE', `/api/patients/${NOBODY}/link`, undefined],
    ['GET', '/api/me/notes', undefined],
    ['POST', '/api/me/notes', { clinicianId: NOBODY, body: 'Hello' }],
    ['POST', '/api/me/notes/read', { clinicianId: NOBODY }],
    ['GET', `/api/patients/${NOBODY}/notes`, undefined],
    ['POST', `/api/patients/${NOBODY}/notes`, { body: 'Hello' }],
  ] as const)('%s %s answers 401 without a session', async (method, url, payload) => {
    expect((await send(null, method, url, payload)).statusCode).toBe(401);
  });

  it.each([
    ['linkId', 'maya', 'DELETE', '/api/me/clinicians/nope', undefined],
    ['from', 'maya', 'GET', '/api/me/access-log?from=2026-13-01', undefined],
    ['to', 'maya', 'GET', '/api/me/access-log?from=2026-11-10&to=2026-11-01', undefined],
    ['patientId', 'lena', 'DELETE', '/api/patients/nope/link', undefined],
    ['clinicianId', 'maya', 'POST', '/api/me/notes', { clinicianId: 'nope', body: 'Hello' }],
    ['body', 'maya', 'POST', '/api/me/notes', { clinicianId: NOBODY, body: '   ' }],
    ['body', 'maya', 'POST', '/api/me/notes', { clinicianId: NOBODY, body: 'ring\u0007' }],
    ['body', 'maya', 'POST', '/api/me/notes', { clinicianId: NOBODY, body: 'x'.repeat(2001) }],
    ['clientId', 'maya', 'POST', '/api/me/notes', { clinicianId: NOBODY, body: 'Hello', clientId: 'again' }],
    ['clinicianId', 'maya', 'POST', '/api/me/notes/read', {}],
    ['patientId', 'lena', 'GET', '/api/patients/nope/notes', undefined],
    ['body', 'lena', 'POST', `/api/patients/${NOBODY}/notes`, { body: '' }],
  ] as const)('answers 400 naming %s', async (field, caller, method, url, payload) => {
    const response = await send(who(caller), method, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 422 for an access log of more than 366 days', async () => {
    const response = await send(maya, 'GET', '/api/me/access-log?from=2025-01-01&to=2026-11-24');
    expect([response.statusCode, response.json().error.field]).toEqual([422, 'from']);
  });

  it.each([
    ['a person', 'walter'],
    ['an unlinked clinician', 'tom'],
  ])('answers 404 on a patient’s notes and link to %s', async (_label, caller) => {
    for (const [method, url, payload] of [
      ['GET', `/api/patients/${maya.id}/notes`, undefined],
      ['POST', `/api/patients/${maya.id}/notes`, { body: 'Hello' }],
      ['DELETE', `/api/patients/${maya.id}/link`, undefined],
    ] as const) {
      expect((await send(who(caller), method, url, payload)).statusCode).toBe(404);
    }
  });

  it('lists the person’s clinicians with what they share', async () => {
    const response = await send(maya, 'GET', '/api/me/clinicians');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      items: [{ id: mayaLinkId, clinician: { id: lena.id, name: 'Lena', email: 'lena@example.org' }, since: test.clock.now(), sharesNotes: true }],
    });
    expect((await send(walter, 'GET', '/api/me/clinicians')).json()).toEqual({ items: [] });
  });

  it('carries notes both ways, once per clientId, and marks them read', async () => {
    const clientId = 'a6f1c2d3-4b5e-4f60-8a7b-9c0d1e2f3a4b';
    const fromLena = await send(lena, 'POST', `/api/patients/${maya.id}/notes`, { body: '  Try the walk after lunch.\r\nSee you Tuesday. ', clientId });
    expect(fromLena.statusCode).toBe(201);
    expect(fromLena.json()).toEqual({
      id: expect.any(String), clinician: { id: lena.id, name: 'Lena' }, fromMe: true,
      body: 'Try the walk after lunch.\nSee you Tuesday.', createdAt: test.clock.now(), readAt: null,
    });
    const retried = await send(lena, 'POST', `/api/patients/${maya.id}/notes`, { body: 'Try the walk after lunch.', clientId });
    expect(retried.json().id).toBe(fromLena.json().id);
    test.clock.advance(60_000);
    const fromMaya = await send(maya, 'POST', '/api/me/notes', { clinicianId: lena.id, body: 'Thank you!' });
    expect([fromMaya.statusCode, fromMaya.json().fromMe]).toEqual([201, true]);
    const mine = (await send(maya, 'GET', '/api/me/notes')).json().items;
    expect(mine.map((n: { body: string; fromMe: boolean }) => [n.body, n.fromMe])).toEqual([
      ['Try the walk after lunch.\nSee you Tuesday.', false],
      ['Thank you!', true],
    ]);
    expect(mine[0].readAt).toBeNull();
    expect((await send(maya, 'POST', '/api/me/notes/read', { clinicianId: lena.id })).statusCode).toBe(204);
    expect((await send(maya, 'GET', '/api/me/notes')).json().items[0].readAt).toBe(test.clock.now());
    const thread = await send(lena, 'GET', `/api/patients/${maya.id}/notes`);
    expect(thread.statusCode).toBe(200);
    expect(thread.json().items.map((n: { fromMe: boolean }) => n.fromMe)).toEqual([true, false]);
    expect((await send(maya, 'GET', '/api/me/notes')).json().items[1].readAt).toBe(test.clock.now());
  });

  it('answers 404 to a note for a clinician the person is not linked to', async () => {
    expect((await send(maya, 'POST', '/api/me/notes', { clinicianId: tom.id, body: 'Hello' })).statusCode).toBe(404);
  });

  it('shows a clinician’s look in the person’s access log, on the person’s day', async () => {
    const response = await send(maya, 'GET', '/api/me/access-log');
    expect(response.statusCode).toBe(200);
    const log = response.json();
    expect(log.to).toBe('2026-11-24');
    expect(log.from).toBe('2026-08-27');
    expect(log.items).toEqual([{ day: '2026-11-24', clinician: { id: lena.id, name: 'Lena' }, areas: ['care_notes'], changed: ['care_notes'], count: 3 }]);
    expect((await send(walter, 'GET', '/api/me/access-log')).json().items).toEqual([]);
  });

  it('ends a link at the person’s word: the very next clinician request is 404; the person keeps the notes', async () => {
    expect((await send(lena, 'GET', `/api/patients/${maya.id}/notes`)).statusCode).toBe(200);
    expect((await send(walter, 'DELETE', `/api/me/clinicians/${mayaLinkId}`)).statusCode).toBe(404);
    expect((await send(maya, 'DELETE', `/api/me/clinicians/${mayaLinkId}`)).statusCode).toBe(204);
    expect((await send(lena, 'GET', `/api/patients/${maya.id}/notes`)).statusCode).toBe(404);
    expect((await send(lena, 'POST', `/api/patients/${maya.id}/notes`, { body: 'Hello?' })).statusCode).toBe(404);
    expect((await send(lena, 'DELETE', `/api/patients/${maya.id}/link`)).statusCode).toBe(404);
    expect((await send(maya, 'DELETE', `/api/me/clinicians/${mayaLinkId}`)).statusCode).toBe(404);
    expect((await send(maya, 'GET', '/api/me/clinicians')).json().items).toEqual([]);
    expect((await send(maya, 'GET', '/api/me/notes')).json().items).toHaveLength(2);
    expect((await send(maya, 'POST', '/api/me/notes', { clinicianId: lena.id, body: 'Still there?' })).statusCode).toBe(404);
    const row = await test.database.db.selectFrom('care_links').select(['ended_at', 'ended_by']).where('id', '=', mayaLinkId).executeTakeFirstOrThrow();
    expect(row).toEqual({ ended_at: test.clock.now(), ended_by: maya.id });
  });

  it('lets a clinician end their link: 204, then 404 for the ended link', async () => {
    await link(tom, walter);
    expect((await send(tom, 'GET', `/api/patients/${walter.id}/notes`)).statusCode).toBe(200);
    expect((await send(tom, 'DELETE', `/api/patients/${walter.id}/link`)).statusCode).toBe(204);
    expect((await send(tom, 'GET', `/api/patients/${walter.id}/notes`)).statusCode).toBe(404);
    expect((await send(tom, 'DELETE', `/api/patients/${walter.id}/link`)).statusCode).toBe(404);
    expect((await send(walter, 'GET', '/api/me/clinicians')).json().items).toEqual([]);
    const lines = (await send(walter, 'GET', '/api/me/access-log')).json().items;
    expect(lines).toEqual([{ day: '2026-11-24', clinician: { id: tom.id, name: 'Tom' }, areas: ['care_notes'], changed: ['care_link'], count: 2 }]);
  });
});

describe.each(testDatabaseKinds())('deleting an account with care links on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  it('takes the person’s notes and links with it; the clinician finds nothing', async () => {
    const lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    const maya = await signUpPerson(test, 'maya@example.org');
    const made = (await test.request({ method: 'POST', url: '/api/practice/invitations', cookie: lena.cookie, payload: {} })).json<{ code: string }>();
    await test.request({ method: 'POST', url: '/api/care-invitations/accept', cookie: maya.cookie, payload: { code: made.code, shareNotes: false } });
    await test.request({ method: 'POST', url: '/api/me/notes', cookie: maya.cookie, payload: { clinicianId: lena.id, body: 'Hello' } });
    const deleted = await test.request({ method: 'DELETE', url: '/api/me', cookie: maya.cookie, payload: { password: 'a calm walk by the river' } });
    expect(deleted.statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: `/api/patients/${maya.id}/notes`, cookie: lena.cookie })).statusCode).toBe(404);
    const left = await test.database.db.selectFrom('care_notes').select('id').where('patient_id', '=', maya.id).execute();
    const links = await test.database.db.selectFrom('care_links').select('id').where('patient_id', '=', maya.id).execute();
    expect([left.length, links.length]).toEqual([0, 0]);
  });
});
