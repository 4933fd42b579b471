// Account routes on every database kind. Dimensions: 401 without a session; 400 per field;
// 409/422 for unacceptable sign-ups; 401 and 429 for sign-in; session rotation and sign-out;
// the Origin check; export and deletion acting only on the signed-in person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { sessionCookieOf, signUpPerson, startTestApp, type TestApp } from '../testing.js';

const PASSWORD = 'a calm walk by the river';

describe.each(testDatabaseKinds())('account routes on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me'],
    ['PATCH', '/api/me'],
    ['DELETE', '/api/me'],
    ['GET', '/api/me/export'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: method === 'GET' ? undefined : {} });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it.each([
    [{ password: PASSWORD }, 'email'],
    [{ email: 'not-an-email', password: PASSWORD }, 'email'],
    [{ email: 'x@example.org' }, 'password'],
    [{ email: 'x@example.org', password: PASSWORD, name: '' }, 'name'],
    [{ email: 'x@example.org', password: PASSWORD, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ email: 'x@example.org', password: PASSWORD, admin: true }, undefined],
  ])('sign-up with %j answers 400 naming %s', async (payload, field) => {
    const response = await test.request({ method: 'POST', url: '/api/auth/signup', payload });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; field?: string; message: string } }>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.field).toBe(field);
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it.each([
    ['short1234', 'too short'],
    ['password123', 'common'],
    ['qwertyuiop', 'keyboard run'],
    ['Password!2026', 'a common word padded'],
  ])('sign-up refuses the password %s (%s) with 422', async (password) => {
    const response = await test.request({ method: 'POST', url: '/api/auth/signup', payload: { email: 'weak@example.org', password } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'weak_password', field: 'password' });
  });

  it('signs up, keeps the time zone, stores an argon2id hash, and makes no second account for the email', async () => {
    const response = await test.request({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: ' Maya@Example.org ', password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ email: 'maya@example.org', name: 'Maya', timeZone: 'Europe/Berlin' });
    expect(response.json()).not.toHaveProperty('password_hash');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const row = await test.database.db.selectFrom('users').select('password_hash').where('email', '=', 'maya@example.org').executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    // With its own password the address signs in (signup-taken.routes.test.ts); with another, 409.
    const again = await test.request({ method: 'POST', url: '/api/auth/signup', payload: { email: 'maya@example.org', password: 'another long password here' } });
    expect(again.statusCode).toBe(409);
  });

  it('signs in with a new session each time and signs out', async () => {
    await signUpPerson(test, 'walter@example.org');
    const wrong = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'walter@example.org', password: 'not the password at all' } });
    expect(wrong.statusCode).toBe(401);
    const first = sessionCookieOf(await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'walter@example.org', password: PASSWORD } }));
    const rotated = await test.request({ method: 'POST', url: '/api/auth/login', cookie: first, payload: { email: 'walter@example.org', password: PASSWORD } });
    const second = sessionCookieOf(rotated);
    expect(second).not.toBe(first);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: first })).statusCode).toBe(401);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: second })).statusCode).toBe(200);
    expect((await test.request({ method: 'POST', url: '/api/auth/logout', cookie: second })).statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: second })).statusCode).toBe(401);
  });

  it('ends a session when it expires', async () => {
    const { cookie } = await signUpPerson(test, 'expiry@example.org');
    test.clock.advance(31 * 86_400_000);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    test.clock.set('2026-11-24T10:00:00.000Z');
  });

  it('refuses a state-changing request from another origin', async () => {
    const { cookie } = await signUpPerson(test, 'origin@example.org');
    const response = await test.request({ method: 'PATCH', url: '/api/me', cookie, headers: { origin: 'https://evil.example' }, payload: { name: 'x' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('origin_mismatch');
  });

  it('changes the time zone, validating it', async () => {
    const { cookie } = await signUpPerson(test, 'tz@example.org');
    const bad = await test.request({ method: 'PATCH', url: '/api/me', cookie, payload: { timeZone: 'Nowhere/City' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('timeZone');
    const good = await test.request({ method: 'PATCH', url: '/api/me', cookie, payload: { timeZone: 'America/Chicago' } });
    expect(good.json().timeZone).toBe('America/Chicago');
  });

  it('exports only the signed-in person’s data, as a download', async () => {
    const priya = await signUpPerson(test, 'priya@example.org');
    const dan = await signUpPerson(test, 'dan@example.org');
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: priya.cookie, payload: { pain: 6 } });
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: dan.cookie, payload: { pain: 2 } });
    const response = await test.request({ method: 'GET', url: '/api/me/export', cookie: priya.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="pacewise-export-\d{4}-\d{2}-\d{2}\.json"/);
    const document = response.json();
    expect(document).toMatchObject({ format: 'pacewise-export', version: 2, account: { email: 'priya@example.org' } });
    expect(document.checkins.map((c: { pain: number }) => c.pain)).toEqual([6]);
  });

  it('deletes an account only with its password, and then every row is gone', async () => {
    const lena = await signUpPerson(test, 'lena@example.org');
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: lena.cookie, payload: { pain: 3 } });
    const missing = await test.request({ method: 'DELETE', url: '/api/me', cookie: lena.cookie, payload: {} });
    expect(missing.statusCode).toBe(400);
    const wrong = await test.request({ method: 'DELETE', url: '/api/me', cookie: lena.cookie, payload: { password: 'wrong password here' } });
    expect(wrong.statusCode).toBe(403);
    const done = await test.request({ method: 'DELETE', url: '/api/me', cookie: lena.cookie, payload: { password: PASSWORD } });
    expect(done.statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: lena.cookie })).statusCode).toBe(401);
    const left = await test.database.db.selectFrom('checkins').select('id').where('user_id', '=', lena.id).execute();
    expect(left).toEqual([]);
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'lena@example.org', password: PASSWORD } });
    expect(login.statusCode).toBe(401);
  });
});

describe('sign-in limits', () => {
  const [sqlite] = testDatabaseKinds();
  it('wrong passwords from elsewhere do not lock the owner out (issue 16, finding 10)', async () => {
    const test = await startTestApp(sqlite!, { SIGNIN_LIMIT_PER_EMAIL: '3' });
    await signUpPerson(test, 'limit@example.org');
    const attempt = (ip: string, password: string) =>
      test.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, headers: { host: 'localhost' }, payload: { email: 'limit@example.org', password } });
    for (let i = 0; i < 3; i += 1) expect((await attempt('10.0.0.66', 'wrong password here')).statusCode).toBe(401);
    const blocked = await attempt('10.0.0.66', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    // The owner, at home, signs in as usual.
    expect((await attempt('10.0.0.5', PASSWORD)).statusCode).toBe(200);
    test.clock.advance(16 * 60_000);
    expect((await attempt('10.0.0.66', PASSWORD)).statusCode).toBe(200);
    await test.close();
  });

  it('still limits guessing spread over many addresses, at ten times the per-address count', async () => {
    const test = await startTestApp(sqlite!, { SIGNIN_LIMIT_PER_EMAIL: '3' });
    await signUpPerson(test, 'spread@example.org');
    const attempt = (ip: string, password: string) =>
      test.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, headers: { host: 'localhost' }, payload: { email: 'spread@example.org', password } });
    for (let i = 0; i < 30; i += 1) expect((await attempt(`10.0.1.${i}`, 'wrong password here')).statusCode).toBe(401);
    expect((await attempt('10.0.2.1', PASSWORD)).statusCode).toBe(429);
    test.clock.advance(16 * 60_000);
    expect((await attempt('10.0.2.1', PASSWORD)).statusCode).toBe(200);
    await test.close();
  });

  it('throttles the password check of DELETE /api/me (issue 16, finding 10)', async () => {
    const test = await startTestApp(sqlite!, { SIGNIN_LIMIT_PER_EMAIL: '3' });
    const { cookie } = await signUpPerson(test, 'delete-guess@example.org');
    const remove = (password: string) => test.request({ method: 'DELETE', url: '/api/me', cookie, payload: { password } });
    for (let i = 0; i < 3; i += 1) expect((await remove('wrong password here')).statusCode).toBe(403);
    const limited = await remove(PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(200);
    test.clock.advance(16 * 60_000);
    expect((await remove(PASSWORD)).statusCode).toBe(204);
    await test.close();
  });

  it('counts sign-ups and sign-ins from one address together (issue 16, finding 15)', async () => {
    const test = await startTestApp(sqlite!, { SIGNIN_LIMIT_PER_ADDRESS: '4' });
    const signup = (n: number) => test.request({ method: 'POST', url: '/api/auth/signup', payload: { email: `both${n}@example.org`, password: PASSWORD } });
    const login = () => test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'whatever it is here' } });
    expect((await signup(1)).statusCode).toBe(201);
    expect((await signup(2)).statusCode).toBe(201);
    expect((await login()).statusCode).toBe(401);
    expect((await login()).statusCode).toBe(401);
    expect((await signup(3)).statusCode).toBe(429);
    expect((await login()).statusCode).toBe(429);
    test.clock.advance(16 * 60_000);
    expect((await signup(3)).statusCode).toBe(201);
    await test.close();
  });

  it('limits sign-in attempts per address', async () => {
    const test = await startTestApp(sqlite!, { SIGNIN_LIMIT_PER_ADDRESS: '2' });
    const attempt = () => test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'whatever it is here' } });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    await test.close();
  });
});

describe('remembered sessions', () => {
  it('uses a changed time zone at once, and refuses a deleted account’s session at once', async () => {
    const test = await startTestApp(testDatabaseKinds()[0]!);
    const { cookie } = await signUpPerson(test, 'cache@example.org', { timeZone: 'Europe/Berlin' });
    await test.request({ method: 'GET', url: '/api/me', cookie });
    await test.request({ method: 'PATCH', url: '/api/me', cookie, payload: { timeZone: 'America/Chicago' } });
    const checkin = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, payload: { pain: 3, at: '2026-11-24T03:30:00.000Z' } });
    expect(checkin.json().localDate).toBe('2026-11-23');
    await test.request({ method: 'DELETE', url: '/api/me', cookie, payload: { password: PASSWORD } });
    expect((await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    await test.close();
  });
});
