// The second factor on every database kind. Dimensions: 401 without a session; 400 per field;
// 404 for a person (they have no second factor); 403 for other routes while the factor is
// pending; setup → confirm → recovery codes; a code used twice; a recovery code used twice; the
// failure limit (429) and its end; 409 when a factor exists and this session has not passed it;
// new recovery codes with the password, the old ones no longer working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { hashPassword } from '../auth/passwords.js';
import { codeAt } from '../auth/totp.js';
import { randomIds } from '../context.js';
import { sessionCookieOf, signUpPerson, STAFF_PASSWORD, startTestApp, type TestApp } from '../testing.js';

const ROUTES = [
  ['POST', '/api/me/second-factor/setup'],
  ['POST', '/api/me/second-factor/confirm'],
  ['POST', '/api/auth/second-factor'],
  ['POST', '/api/me/recovery-codes'],
] as const;

describe.each(testDatabaseKinds())('second-factor routes on $name', (kind) => {
  let test: TestApp;
  let passwordHash: string;
  beforeAll(async () => {
    test = await startTestApp(kind);
    passwordHash = await hashPassword(STAFF_PASSWORD);
  });
  afterAll(async () => test.close());

  /** A clinician or admin in the database, not yet past the second factor. */
  async function addStaff(email: string, role: 'clinician' | 'admin' = 'clinician') {
    const id = randomIds();
    const now = test.clock.now();
    await test.database.db.insertInto('users').values({ id, email, name: 'Lena', role, password_hash: passwordHash, time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
    return id;
  }
  async function signIn(email: string, password = STAFF_PASSWORD) {
    const response = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return { cookie: sessionCookieOf(response), account: response.json<{ secondFactor: string }>() };
  }
  const post = (url: string, cookie: string, payload?: object) => test.request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });
  const me = async (cookie: string) => (await test.request({ method: 'GET', url: '/api/me', cookie })).json<{ secondFactor: string }>().secondFactor;
  const nowMs = () => Date.parse(test.clock.now());

  /** Sets up the authenticator for a new clinician; answers the secret and the recovery codes. */
  async function setUpFactor(email: string) {
    await addStaff(email);
    const { cookie } = await signIn(email);
    const setup = (await post('/api/me/second-factor/setup', cookie)).json<{ secret: string }>();
    const confirm = await post('/api/me/second-factor/confirm', cookie, { code: codeAt(setup.secret, nowMs()) });
    expect(confirm.statusCode).toBe(200);
    return { cookie, secret: setup.secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
  }

  it.each(ROUTES)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: {} });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it.each([
    ['/api/me/second-factor/confirm', {}, 'code'],
    ['/api/me/second-factor/confirm', { code: '12345' }, 'code'],
    ['/api/me/second-factor/confirm', { code: 'abcde-fghjk' }, 'code'],
    ['/api/me/second-factor/confirm', { code: '123456', extra: true }, undefined],
    ['/api/auth/second-factor', {}, 'code'],
    ['/api/auth/second-factor', { code: 'not a code' }, 'code'],
    ['/api/auth/second-factor', { code: 123456 }, 'code'],
    ['/api/me/recovery-codes', {}, 'password'],
    ['/api/me/recovery-codes', { password: '' }, 'password'],
  ])('POST %s with %j answers 400 naming %s', async (url, payload, field) => {
    const email = `bad-${randomIds()}@example.org`;
    const id = await addStaff(email);
    const { cookie } = await signIn(email);
    if (url === '/api/me/recovery-codes') await test.database.db.updateTable('auth_sessions').set({ second_factor_at: test.clock.now() }).where('user_id', '=', id).execute();
    const response = await post(url, cookie, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it.each([
    ['/api/me/second-factor/setup', undefined],
    ['/api/me/second-factor/confirm', { code: '123456' }],
    ['/api/auth/second-factor', { code: '123456' }],
    ['/api/me/recovery-codes', { password: 'a calm walk by the river' }],
  ])('POST %s answers 404 to a person: people have no second factor', async (url, payload) => {
    const { cookie } = await signUpPerson(test, `person-${randomIds()}@example.org`);
    const response = await post(url, cookie, payload);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('sets up the authenticator at the first sign-in and shows the recovery codes once', async () => {
    const id = await addStaff('lena@example.org');
    const { cookie, account } = await signIn('lena@example.org');
    expect(account.secondFactor).toBe('setup_needed');
    expect((await test.request({ method: 'GET', url: '/api/me/security', cookie })).statusCode).toBe(403);
    const setup = await post('/api/me/second-factor/setup', cookie);
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrCode } = setup.json<{ secret: string; otpauthUri: string; qrCode: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/u);
    expect(otpauthUri).toContain('issuer=Pacewise');
    expect(otpauthUri).toContain('lena%40example.org');
    expect(qrCode.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const wrong = await post('/api/me/second-factor/confirm', cookie, { code: codeAt(secret, nowMs() - 120_000) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'invalid_credentials', field: 'code' });
    const code = codeAt(secret, nowMs());
    const confirmed = await post('/api/me/second-factor/confirm', cookie, { code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(await me(cookie)).toBe('done');
    const stored = await test.database.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', id).execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((row) => row.code_hash)).not.toContain(recoveryCodes[0]?.replace('-', ''));
    const row = await test.database.db.selectFrom('users').select(['totp_secret', 'totp_pending_secret']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: secret, totp_pending_secret: null });
  });

  it('asks for a code at the next sign-in, refuses a code used before, and refuses to set up again', async () => {
    const { secret } = await setUpFactor('walter.staff@example.org');
    const { cookie, account } = await signIn('walter.staff@example.org');
    expect(account.secondFactor).toBe('code_needed');
    expect((await post('/api/me/second-factor/setup', cookie)).statusCode).toBe(409);
    expect((await post('/api/me/second-factor/confirm', cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(409);
    const reused = await post('/api/auth/second-factor', cookie, { code: codeAt(secret, nowMs()) });
    expect(reused.statusCode).toBe(401);
    expect(await me(cookie)).toBe('code_needed');
    test.clock.advance(30_000);
    const passed = await post('/api/auth/second-factor', cookie, { code: codeAt(secret, nowMs()) });
    expect(passed.statusCode).toBe(200);
    expect(passed.json()).toMatchObject({ email: 'walter.staff@example.org', role: 'clinician', secondFactor: 'done' });
    expect(await me(cookie)).toBe('done');
    const other = await signIn('walter.staff@example.org');
    expect((await post('/api/auth/second-factor', other.cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(401);
    test.clock.advance(30_000);
    expect((await post('/api/auth/second-factor', other.cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(200);
  });

  it('lets a recovery code be used once', async () => {
    const { recoveryCodes } = await setUpFactor('priya.staff@example.org');
    const first = await signIn('priya.staff@example.org');
    const code = (recoveryCodes[3] ?? '').toUpperCase();
    expect((await post('/api/auth/second-factor', first.cookie, { code })).statusCode).toBe(200);
    expect(await me(first.cookie)).toBe('done');
    const second = await signIn('priya.staff@example.org');
    const again = await post('/api/auth/second-factor', second.cookie, { code });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.message).toMatch(/only once/u);
    const overview = await test.request({ method: 'GET', url: '/api/me/security', cookie: first.cookie });
    expect(overview.json().secondFactor).toEqual({ state: 'done', setUp: true, required: true, recoveryCodesLeft: 9 });
  });

  it('stops trying codes after five failures for 15 minutes, even with the right code', async () => {
    const { secret } = await setUpFactor('dan.staff@example.org');
    test.clock.advance(30_000);
    const { cookie } = await signIn('dan.staff@example.org');
    const right = codeAt(secret, nowMs());
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await post('/api/auth/second-factor', cookie, { code: wrong })).statusCode).toBe(401);
    const limited = await post('/api/auth/second-factor', cookie, { code: right });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    test.clock.advance(15 * 60_000);
    expect((await post('/api/auth/second-factor', cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(200);
  });

  it('asks for the password to replace an authenticator, and signs out the sessions that passed the old one', async () => {
    // A second look found a stolen session alone could swap the authenticator and keep the others.
    const { cookie, secret } = await setUpFactor('omar.staff@example.org');
    test.clock.advance(60_000);
    const other = await signIn('omar.staff@example.org');
    expect((await post('/api/auth/second-factor', other.cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(200);
    for (const payload of [undefined, { password: 'not the password' }]) {
      const refused = await post('/api/me/second-factor/setup', cookie, payload);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.field).toBe('password');
    }
    const setup = await post('/api/me/second-factor/setup', cookie, { password: STAFF_PASSWORD });
    expect(setup.statusCode).toBe(200);
    test.clock.advance(60_000);
    const confirm = await post('/api/me/second-factor/confirm', cookie, { code: codeAt(setup.json<{ secret: string }>().secret, nowMs()) });
    expect(confirm.statusCode).toBe(200);
    expect(await me(cookie)).toBe('done');
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: other.cookie })).statusCode).toBe(401);
  });

  it('makes new recovery codes with the password; the old ones stop working', async () => {
    const { cookie, recoveryCodes } = await setUpFactor('maya.staff@example.org');
    const wrong = await post('/api/me/recovery-codes', cookie, { password: 'not the password' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.field).toBe('password');
    const renewed = await post('/api/me/recovery-codes', cookie, { password: STAFF_PASSWORD });
    expect(renewed.statusCode).toBe(200);
    const fresh = renewed.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    const later = await signIn('maya.staff@example.org');
    expect((await post('/api/auth/second-factor', later.cookie, { code: recoveryCodes[0] })).statusCode).toBe(401);
    expect((await post('/api/auth/second-factor', later.cookie, { code: fresh[0] })).statusCode).toBe(200);
  });

  it('lets an admin pass with a code, and answers 409 to a code before any setup', async () => {
    await addStaff('admin@example.org', 'admin');
    const { cookie } = await signIn('admin@example.org');
    const early = await post('/api/auth/second-factor', cookie, { code: '123456' });
    expect(early.statusCode).toBe(409);
    const { secret } = (await post('/api/me/second-factor/setup', cookie)).json<{ secret: string }>();
    expect((await post('/api/me/second-factor/confirm', cookie, { code: codeAt(secret, nowMs()) })).statusCode).toBe(200);
    expect(await me(cookie)).toBe('done');
  });
});
