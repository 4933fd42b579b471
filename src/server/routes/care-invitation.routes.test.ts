// Care invitations on every database kind (issue 10): 401 without a session; 400 per field; 404
// for a person on the clinician's routes and for another clinician's invitation; the link and
// code are shown once and stored hashed; the code reads back whatever its case and dashes;
// unknown, used, withdrawn and expired invitations answer 404 in the same words; one use under
// two accepts at once; 409 when already linked; 422 for one's own; 429 when guessing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

type Who = { cookie: string; id: string };
const DAY = 86_400_000;
const GONE = 'This invitation cannot be found. It may have expired, been used or been withdrawn; ask your clinician for a new one.';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(testDatabaseKinds())('care invitations on $name', (kind) => {
  let test: TestApp;
  let lena: Who;
  let tom: Who;
  let maya: Who;
  let walter: Who;
  const send = (who: Who | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload ? { payload } : {}) });
  const invite = async (who: Who, label?: string) => {
    const response = await send(who, 'POST', '/api/practice/invitations', label ? { label } : {});
    expect(response.statusCode).toBe(201);
    const body = response.json<{ id: string; link: string; code: string; expiresAt: string }>();
    return { ...body, token: body.link.split('/join/')[1] ?? '' };
  };

  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    tom = await signUpStaff(test, 'tom@example.org', 'clinician', 'Tom');
    maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya' });
    walter = await signUpPerson(test, 'walter@example.org');
  });
  afterAll(async () => test.close());

  it.each([
    ['POST', '/api/practice/invitations', {}],
    ['GET', '/api/practice/invitations', undefined],
    ['DELETE', '/api/practice/invitations/7d0c8f0e-3b7a-4a55-9d43-1b2f3c4d5e6f', undefined],
    ['POST', '/api/care-invitations/find', { code: 'ABCD-EFGH' }],
    ['POST', '/api/care-invitations/accept', { code: 'ABCD-EFGH', shareNotes: false }],
    ['POST', '/api/care-invitations/decline', { code: 'ABCD-EFGH' }],
  ] as const)('%s %s answers 401 without a session', async (method, url, payload) => {
    expect((await send(null, method, url, payload)).statusCode).toBe(401);
  });

  it.each([
    ['POST', '/api/practice/invitations', {}],
    ['GET', '/api/practice/invitations', undefined],
    ['DELETE', '/api/practice/invitations/7d0c8f0e-3b7a-4a55-9d43-1b2f3c4d5e6f', undefined],
  ] as const)('%s %s answers 404 to a person', async (method, url, payload) => {
    expect((await send(maya, method, url, payload)).statusCode).toBe(404);
  });

  it.each([
    ['label', 'lena', 'POST', '/api/practice/invitations', { label: 'x'.repeat(81) }],
    ['label', 'lena', 'POST', '/api/practice/invitations', { label: 7 }],
    ['id', 'lena', 'DELETE', '/api/practice/invitations/not-an-id', undefined],
    ['token', 'maya', 'POST', '/api/care-invitations/find', { token: 'short' }],
    ['code', 'maya', 'POST', '/api/care-invitations/find', { code: 'ABCD-EFG0' }],
    ['code', 'maya', 'POST', '/api/care-invitations/find', { code: 'ABCD-EFGH', token: 'a'.repeat(43) }],
    ['code', 'maya', 'POST', '/api/care-invitations/find', {}],
    ['shareNotes', 'maya', 'POST', '/api/care-invitations/accept', { code: 'ABCD-EFGH' }],
    ['shareNotes', 'maya', 'POST', '/api/care-invitations/accept', { code: 'ABCD-EFGH', shareNotes: 'yes' }],
    ['code', 'maya', 'POST', '/api/care-invitations/decline', { code: 'AB' }],
  ] as const)('answers 400 naming %s', async (field, who, method, url, payload) => {
    const response = await send(who === 'lena' ? lena : maya, method, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('makes a one-use link and code, shown once and stored only as hashes', async () => {
    const made = await invite(lena, 'Maya, Tuesday 3pm');
    expect(made.link).toMatch(/^http:\/\/localhost\/join\/[A-Za-z0-9_-]{43}$/);
    expect(made.code).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/);
    expect(made.expiresAt).toBe(new Date(Date.parse(test.clock.now()) + 14 * DAY).toISOString());
    const row = await test.database.db.selectFrom('care_invitations').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(made.token));
    expect(row.code_hash).toBe(sha256(made.code.replace('-', '')));
    const list = await send(lena, 'GET', '/api/practice/invitations');
    const listed = list.json().items.find((item: { id: string }) => item.id === made.id);
    expect(listed).toEqual({ id: made.id, label: 'Maya, Tuesday 3pm', status: 'open', createdAt: test.clock.now(), expiresAt: made.expiresAt, answeredAt: null });
    expect(list.body).not.toContain(made.token);
    expect((await send(tom, 'GET', '/api/practice/invitations')).json().items).toEqual([]);
  });

  it('shows who invites and exactly what is shared, by link or by code typed any way', async () => {
    const made = await invite(lena);
    const expected = {
      clinician: { name: 'Lena', email: 'lena@example.org' },
      shares: ['checkins', 'sessions', 'plan_pacing', 'insights', 'outcomes', 'answers'],
      optionalShares: ['checkin_notes'],
      expiresAt: made.expiresAt,
    };
    for (const ref of [{ token: made.token }, { code: made.code }, { code: made.code.toLowerCase().replace('-', ' ') }]) {
      const response = await send(walter, 'POST', '/api/care-invitations/find', ref);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(expected);
    }
  });

  it('answers 404 in the same words for unknown, withdrawn, used and expired invitations', async () => {
    const unknown = await send(walter, 'POST', '/api/care-invitations/find', { token: 'a'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(GONE);

    const withdrawn = await invite(lena);
    expect((await send(tom, 'DELETE', `/api/practice/invitations/${withdrawn.id}`)).statusCode).toBe(404);
    expect((await send(lena, 'DELETE', `/api/practice/invitations/${withdrawn.id}`)).statusCode).toBe(204);
    expect((await send(lena, 'DELETE', `/api/practice/invitations/${withdrawn.id}`)).statusCode).toBe(409);
    const afterWithdraw = await send(walter, 'POST', '/api/care-invitations/find', { code: withdrawn.code });
    expect([afterWithdraw.statusCode, afterWithdraw.json().error.message]).toEqual([404, GONE]);

    const used = await invite(tom);
    expect((await send(walter, 'POST', '/api/care-invitations/accept', { token: used.token, shareNotes: false })).statusCode).toBe(201);
    const afterUse = await send(maya, 'POST', '/api/care-invitations/find', { token: used.token });
    expect([afterUse.statusCode, afterUse.json().error.message]).toEqual([404, GONE]);
  });

  it('expires exactly 14 days after it was made', async () => {
    const made = await invite(lena);
    const start = test.clock.now();
    test.clock.advance(14 * DAY - 1);
    expect((await send(walter, 'POST', '/api/care-invitations/find', { code: made.code })).statusCode).toBe(200);
    test.clock.advance(1);
    const expired = await send(walter, 'POST', '/api/care-invitations/find', { code: made.code });
    expect([expired.statusCode, expired.json().error.message]).toEqual([404, GONE]);
    expect((await send(walter, 'POST', '/api/care-invitations/accept', { code: made.code, shareNotes: false })).statusCode).toBe(404);
    const listed = (await send(lena, 'GET', '/api/practice/invitations')).json().items.find((i: { id: string }) => i.id === made.id);
    expect(listed.status).toBe('expired');
    test.clock.set(start);
  });

  it('accepts once, with the person’s choice about notes, and answers 409 when already linked', async () => {
    const made = await invite(lena);
    const accepted = await send(maya, 'POST', '/api/care-invitations/accept', { code: made.code, shareNotes: true });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toEqual({
      id: expect.any(String), clinician: { id: lena.id, name: 'Lena', email: 'lena@example.org' }, since: test.clock.now(), sharesNotes: true,
    });
    const again = await invite(lena);
    expect((await send(maya, 'POST', '/api/care-invitations/accept', { token: again.token, shareNotes: false })).statusCode).toBe(409);
    const listed = (await send(lena, 'GET', '/api/practice/invitations')).json().items;
    expect(listed.find((i: { id: string }) => i.id === made.id).status).toBe('accepted');
    expect(listed.find((i: { id: string }) => i.id === again.id).status).toBe('open');
  });

  it('lets only one of two accepts at the same moment through', async () => {
    const made = await invite(tom);
    // Two people Tom has no link with (Walter has one from above: had he locked the invitation
    // first, he would have heard "already linked" and Maya would have had it after him).
    const noor = await signUpPerson(test, 'noor.race@example.org');
    const [first, second] = await Promise.all([
      send(maya, 'POST', '/api/care-invitations/accept', { token: made.token, shareNotes: false }),
      send(noor, 'POST', '/api/care-invitations/accept', { code: made.code, shareNotes: false }),
    ]);
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([201, 404]);
    const links = await test.database.db.selectFrom('care_links').select('patient_id').where('clinician_id', '=', tom.id).where('patient_id', 'in', [maya.id, noor.id]).execute();
    expect(links.map((l) => l.patient_id)).toEqual([first?.statusCode === 201 ? maya.id : noor.id]);
  });

  it('lets the same person in two tabs make one link', async () => {
    const made = await invite(tom);
    const person = await signUpPerson(test, 'priya@example.org');
    const answers = await Promise.all([1, 2].map(() => send(person, 'POST', '/api/care-invitations/accept', { token: made.token, shareNotes: false })));
    // One link, once. The other tab hears "already linked" (409) or "no longer open" (404),
    // depending on which of the two checks it reaches after the first tab's commit.
    const [first, second] = answers.map((a) => a.statusCode).sort();
    expect(first).toBe(201);
    expect([404, 409]).toContain(second);
    const links = await test.database.db.selectFrom('care_links').select('id').where('patient_id', '=', person.id).execute();
    expect(links).toHaveLength(1);
  });

  it('answers 422 to a clinician accepting or declining their own invitation', async () => {
    const made = await invite(lena);
    expect((await send(lena, 'POST', '/api/care-invitations/accept', { code: made.code, shareNotes: false })).statusCode).toBe(422);
    expect((await send(lena, 'POST', '/api/care-invitations/decline', { code: made.code })).statusCode).toBe(422);
  });

  it('declines: nothing is linked and the invitation cannot be used again', async () => {
    const made = await invite(lena);
    expect((await send(walter, 'POST', '/api/care-invitations/decline', { token: made.token })).statusCode).toBe(204);
    expect((await send(walter, 'POST', '/api/care-invitations/find', { token: made.token })).statusCode).toBe(404);
    expect((await send(walter, 'POST', '/api/care-invitations/decline', { token: made.token })).statusCode).toBe(404);
    const listed = (await send(lena, 'GET', '/api/practice/invitations')).json().items.find((i: { id: string }) => i.id === made.id);
    expect(listed.status).toBe('declined');
    expect((await send(walter, 'GET', '/api/me/clinicians')).json().items.map((l: { clinician: { id: string } }) => l.clinician.id)).not.toContain(lena.id);
  });
});

describe.each(testDatabaseKinds())('guessing invitation codes on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind, { SIGNIN_LIMIT_PER_ADDRESS: '3' });
  });
  afterAll(async () => test.close());

  it('answers 429 once an address has tried too many codes', async () => {
    const maya = await signUpPerson(test, 'maya@example.org');
    const tries = [];
    for (let i = 0; i < 4; i += 1) {
      tries.push((await test.request({ method: 'POST', url: '/api/care-invitations/find', cookie: maya.cookie, payload: { code: 'ABCD-EFGH' } })).statusCode);
    }
    expect(tries).toEqual([404, 404, 404, 429]);
  });
});
