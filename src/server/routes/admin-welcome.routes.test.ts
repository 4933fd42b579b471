// One-use welcome links on every database kind. Dimensions: 400 for a malformed token and per
// field of the claim; the first admin's link from the command-line function; what a link offers;
// a weak password (422); claiming creates the account and a session held at the second factor;
// a link used twice (404, also when two tabs race), withdrawn or expired (404, the same answer);
// an existing account takes the role only with its own password, and keeps its journal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { SessionCache } from '../auth/session-cache.js';
import { loadConfig } from '../config.js';
import { randomIds, type Services } from '../context.js';
import { createAdminInvitation } from '../services/staff-invitation.service.js';
import { sessionCookieOf, signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const PASSWORD = 'a quiet morning stretch';
const tokenOf = (link: string) => link.split('/welcome/')[1] ?? '';

describe.each(testDatabaseKinds())('welcome links on $name', (kind) => {
  let test: TestApp;
  let services: Services;
  beforeAll(async () => {
    test = await startTestApp(kind);
    services = { db: test.database.db, config: loadConfig({ PORT: '3000' }), clock: test.clock, newId: randomIds, sessionCache: new SessionCache() };
  });
  afterAll(async () => test.close());

  const welcome = (token: string) => test.request({ method: 'GET', url: `/api/auth/welcome/${token}` });
  const claim = (token: string, payload: Record<string, unknown>) => test.request({ method: 'POST', url: `/api/auth/welcome/${token}`, payload });

  it.each(['short', 'x'.repeat(44), `${'a'.repeat(42)}!`])('a malformed token %s answers 400 naming the token', async (token) => {
    for (const response of [await welcome(token), await claim(token, { password: PASSWORD })]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', field: 'token' });
    }
  });

  it.each([
    [{}, 'password'],
    [{ password: '' }, 'password'],
    [{ password: PASSWORD, name: '' }, 'name'],
    [{ password: PASSWORD, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ password: PASSWORD, role: 'admin' }, undefined],
  ])('claiming with %j answers 400 naming %s', async (payload, field) => {
    const { link } = await createAdminInvitation(services, 'someone@example.org');
    const response = await claim(tokenOf(link), payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('an unknown token answers 404', async () => {
    expect((await welcome('A'.repeat(43))).statusCode).toBe(404);
    expect((await claim('A'.repeat(43), { password: PASSWORD })).statusCode).toBe(404);
  });

  it('makes the first admin: the link offers the role, refuses a weak password, then works once', async () => {
    const { link, expiresAt } = await createAdminInvitation(services, ' Boss@Example.org ');
    expect(link).toMatch(/^http:\/\/localhost:3000\/welcome\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);
    const offer = await welcome(token);
    expect(offer.statusCode).toBe(200);
    expect(offer.json()).toEqual({ kind: 'admin', email: 'boss@example.org', invitedBy: null, expiresAt, hasAccount: false });
    const weak = await claim(token, { password: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'password' });
    const claimed = await claim(token, { password: PASSWORD, name: 'Ruth', timeZone: 'Europe/Berlin' });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ email: 'boss@example.org', name: 'Ruth', role: 'admin', timeZone: 'Europe/Berlin', secondFactor: 'setup_needed' });
    const cookie = sessionCookieOf(claimed);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie })).json()).toMatchObject({ role: 'admin', secondFactor: 'setup_needed' });
    expect((await test.request({ method: 'GET', url: '/api/admin/staff', cookie })).statusCode).toBe(403);
    expect((await welcome(token)).statusCode).toBe(404);
    expect((await claim(token, { password: PASSWORD })).statusCode).toBe(404);
  });

  it('stores only the hash of the token', async () => {
    const { link, id } = await createAdminInvitation(services, 'hash@example.org');
    const row = await test.database.db.selectFrom('account_invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(tokenOf(link));
  });

  it('lets only one of two tabs use a link', async () => {
    const { link } = await createAdminInvitation(services, 'race@example.org');
    const answers = await Promise.all([claim(tokenOf(link), { password: PASSWORD }), claim(tokenOf(link), { password: PASSWORD })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 404]);
    const users = await test.database.db.selectFrom('users').select('id').where('email', '=', 'race@example.org').execute();
    expect(users).toHaveLength(1);
  });

  it('closes an admin link after 24 hours', async () => {
    const { link } = await createAdminInvitation(services, 'late@example.org');
    test.clock.advance(24 * 3_600_000);
    expect((await welcome(tokenOf(link))).statusCode).toBe(404);
    expect((await claim(tokenOf(link), { password: PASSWORD })).statusCode).toBe(404);
  });

  it('closes a withdrawn link and a replaced one', async () => {
    const admin = await signUpStaff(test, 'ruth-w@example.org', 'admin', 'Ruth');
    const invite = () => test.request({ method: 'POST', url: '/api/admin/clinician-invitations', cookie: admin.cookie, payload: { email: 'omar@example.org' } });
    const first = (await invite()).json<{ link: string; id: string }>();
    const second = (await invite()).json<{ link: string; id: string }>();
    expect((await welcome(tokenOf(first.link))).statusCode).toBe(404);
    expect((await test.request({ method: 'DELETE', url: `/api/admin/clinician-invitations/${second.id}`, cookie: admin.cookie })).statusCode).toBe(204);
    expect((await welcome(tokenOf(second.link))).statusCode).toBe(404);
  });

  it('gives the clinician role to an existing account only with its own password, and keeps its journal', async () => {
    const maya = await signUpPerson(test, 'lena@example.org', { name: 'Lena' });
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { clientId: randomIds(), pain: 3, areas: [] } });
    const admin = await signUpStaff(test, 'ruth@example.org', 'admin', 'Ruth');
    const created = await test.request({ method: 'POST', url: '/api/admin/clinician-invitations', cookie: admin.cookie, payload: { email: 'Lena@example.org', name: 'Lena K' } });
    expect(created.statusCode).toBe(201);
    const token = tokenOf(created.json<{ link: string }>().link);
    expect((await welcome(token)).json()).toMatchObject({ kind: 'clinician', invitedBy: 'Ruth', hasAccount: true, email: 'lena@example.org' });
    const wrong = await claim(token, { password: 'not the right one at all' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_credentials', field: 'password' });
    const claimed = await claim(token, { password: 'a calm walk by the river' });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ id: maya.id, role: 'clinician', name: 'Lena', secondFactor: 'setup_needed' });
    const checkins = await test.database.db.selectFrom('checkins').select('id').where('user_id', '=', maya.id).execute();
    expect(checkins).toHaveLength(1);
  });
});
