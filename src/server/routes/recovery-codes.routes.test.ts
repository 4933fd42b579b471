// Recovery codes for a forgotten password (issue 15), on every database kind. Dimensions: 401
// without a session; 400 per field; a wrong password (403) and its throttle; a clinician's codes
// belong to the authenticator (409); ten codes shown once, counted, renewed (the old ones stop);
// setting a new password with a code: 400 per field, the password rules (422), a wrong code and an
// unknown email answer alike (enumeration), a code works once, other sessions end, staff codes do
// not reset a password, guessing is throttled per email and address but not for the owner elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { sessionCookieOf, signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const PASSWORD = 'a calm walk by the river';
const NEW_PASSWORD = 'slow steps up the garden hill';
const WRONG_CODE = 'abcde-fghjk';

describe.each(testDatabaseKinds())('recovery codes on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  let n = 0;
  const freshEmail = (what: string) => `${what}-${++n}@example.org`;
  const makeCodes = async (cookie: string, password = PASSWORD) =>
    test.request({ method: 'POST', url: '/api/me/password-recovery-codes', cookie, payload: { password } });
  const codesOf = async (cookie: string): Promise<string[]> => {
    const response = await makeCodes(cookie);
    expect(response.statusCode).toBe(200);
    return response.json<{ recoveryCodes: string[] }>().recoveryCodes;
  };
  const reset = (payload: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
    test.request({ method: 'POST', url: '/api/auth/recovery/code', payload, remoteAddress });
  const signIn = (email: string, password: string) => test.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it.each([['GET'], ['POST']] as const)('%s /api/me/password-recovery-codes answers 401 without a session', async (method) => {
    const response = await test.request({ method, url: '/api/me/password-recovery-codes', ...(method === 'POST' ? { payload: { password: PASSWORD } } : {}) });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    [{}, 'password'],
    [{ password: '' }, 'password'],
    [{ password: 'x'.repeat(201) }, 'password'],
    [{ password: PASSWORD, codes: 20 }, undefined],
  ])('making codes with %j answers 400 naming %s', async (payload, field) => {
    const { cookie } = await signUpPerson(test, freshEmail('bad'));
    const response = await test.request({ method: 'POST', url: '/api/me/password-recovery-codes', cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('makes ten codes after the password, counts them, and renewing ends the old ones', async () => {
    const email = freshEmail('maya');
    const { cookie } = await signUpPerson(test, email);
    expect((await test.request({ method: 'GET', url: '/api/me/password-recovery-codes', cookie })).json()).toEqual({ left: 0 });
    const wrong = await makeCodes(cookie, 'not my password at all');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.field).toBe('password');
    const first = await codesOf(cookie);
    expect(first).toHaveLength(10);
    expect(new Set(first).size).toBe(10);
    for (const code of first) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await test.request({ method: 'GET', url: '/api/me/password-recovery-codes', cookie })).json()).toEqual({ left: 10 });
    const second = await codesOf(cookie);
    expect((await reset({ email, code: first[0], newPassword: NEW_PASSWORD })).statusCode).toBe(401);
    expect((await reset({ email, code: second[0], newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/me/password-recovery-codes', cookie: sessionCookieOf(await signIn(email, NEW_PASSWORD)) })).json()).toEqual({ left: 9 });
  });

  it('keeps the codes of a clinician for the authenticator (409)', async () => {
    const { cookie } = await signUpStaff(test, freshEmail('lena'), 'clinician');
    const response = await test.request({ method: 'POST', url: '/api/me/password-recovery-codes', cookie, payload: { password: 'a steady hand on the rail' } });
    expect(response.statusCode).toBe(409);
  });

  it('throttles the password asked before making codes', async () => {
    const { cookie } = await signUpPerson(test, freshEmail('guess'));
    for (let i = 0; i < 8; i++) expect((await makeCodes(cookie, `wrong guess ${i} here`)).statusCode).toBe(403);
    expect((await makeCodes(cookie)).statusCode).toBe(429);
  });

  it.each([
    [{ code: WRONG_CODE, newPassword: NEW_PASSWORD }, 'email'],
    [{ email: 'not an email', code: WRONG_CODE, newPassword: NEW_PASSWORD }, 'email'],
    [{ email: 'a@example.org', newPassword: NEW_PASSWORD }, 'code'],
    [{ email: 'a@example.org', code: '123456', newPassword: NEW_PASSWORD }, 'code'],
    [{ email: 'a@example.org', code: 'abcde-fghj0', newPassword: NEW_PASSWORD }, 'code'],
    [{ email: 'a@example.org', code: WRONG_CODE }, 'newPassword'],
    [{ email: 'a@example.org', code: WRONG_CODE, newPassword: 'x'.repeat(201) }, 'newPassword'],
    [{ email: 'a@example.org', code: WRONG_CODE, newPassword: NEW_PASSWORD, admin: true }, undefined],
  ])('a reset with %j answers 400 naming %s', async (payload, field) => {
    const response = await reset(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('holds a new password to the sign-up rules, and keeps the code for the next try', async () => {
    const email = freshEmail('weak');
    const { cookie } = await signUpPerson(test, email);
    const [code] = await codesOf(cookie);
    const weak = await reset({ email, code, newPassword: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });
    expect((await reset({ email, code, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
  });

  it('answers a wrong code and an unknown email the same way (no one learns who has an account)', async () => {
    const email = freshEmail('known');
    await codesOf((await signUpPerson(test, email)).cookie);
    const known = await reset({ email, code: WRONG_CODE, newPassword: NEW_PASSWORD });
    const unknown = await reset({ email: freshEmail('nobody'), code: WRONG_CODE, newPassword: NEW_PASSWORD });
    expect(known.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(known.json().error.field).toBe('code');
    // Headers too (no cookie, same length); only the clock and the per-minute count move: the
    // date, the count left and the seconds until it resets (a check now takes ten argon2id
    // verifications, so the two answers can fall either side of a second).
    const moving = ['date', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
    const headersOf = (response: typeof known) => Object.fromEntries(Object.entries(response.headers).filter(([name]) => !moving.includes(name)));
    expect(headersOf(unknown)).toEqual(headersOf(known));
  });

  it('sets the password with a code once: every session ends, the old password stops, the code cannot be reused', async () => {
    const email = freshEmail('once');
    const { cookie } = await signUpPerson(test, email);
    const other = sessionCookieOf(await signIn(email, PASSWORD));
    const [code] = await codesOf(cookie);
    expect((await reset({ email, code: code?.toUpperCase().replace('-', ' '), newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    for (const session of [cookie, other]) expect((await test.request({ method: 'GET', url: '/api/me', cookie: session })).statusCode).toBe(401);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);
    const again = await reset({ email, code, newPassword: 'another quiet morning walk' });
    expect(again.statusCode).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let a clinician’s second-factor recovery code replace the password', async () => {
    const email = freshEmail('staff');
    const staff = await signUpStaff(test, email, 'clinician');
    // Codes stored for the account as the authenticator's setup stores them.
    const holder = await signUpPerson(test, freshEmail('holder'));
    const [code] = await codesOf(holder.cookie);
    const hashes = await test.database.db.selectFrom('recovery_codes').select(['code_hash', 'created_at']).where('user_id', '=', holder.id).execute();
    await test.database.db.insertInto('recovery_codes').values(hashes.map((h) => ({ user_id: staff.id, code_hash: h.code_hash, created_at: h.created_at, used_at: null }))).execute();
    const response = await reset({ email, code, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(401);
  });

  it('throttles code guessing per email and address, while the owner elsewhere still gets in', async () => {
    const email = freshEmail('target');
    const [code] = await codesOf((await signUpPerson(test, email)).cookie);
    for (let i = 0; i < 5; i++) expect((await reset({ email, code: WRONG_CODE, newPassword: NEW_PASSWORD }, '203.0.113.7')).statusCode).toBe(401);
    const blocked = await reset({ email, code, newPassword: NEW_PASSWORD }, '203.0.113.7');
    expect(blocked.statusCode).toBe(429);
    // An unknown email is throttled the same way (the limit says nothing about who has an account).
    const stranger = freshEmail('stranger');
    for (let i = 0; i < 5; i++) await reset({ email: stranger, code: WRONG_CODE, newPassword: NEW_PASSWORD }, '203.0.113.7');
    expect((await reset({ email: stranger, code: WRONG_CODE, newPassword: NEW_PASSWORD }, '203.0.113.7')).statusCode).toBe(429);
    expect((await reset({ email, code, newPassword: NEW_PASSWORD }, '198.51.100.4')).statusCode).toBe(204);
  });

  it('throttles guessing spread over many addresses per email', async () => {
    const email = freshEmail('spread');
    const [code] = await codesOf((await signUpPerson(test, email)).cookie);
    for (let i = 0; i < 50; i++) await reset({ email, code: WRONG_CODE, newPassword: NEW_PASSWORD }, `192.0.2.${i + 1}`);
    expect((await reset({ email, code, newPassword: NEW_PASSWORD }, '192.0.2.200')).statusCode).toBe(429);
  });

  it('does not let one address that is already refused use up the email’s count from everywhere and lock the owner out', async () => {
    const email = freshEmail('lockout');
    const [code] = await codesOf((await signUpPerson(test, email)).cookie);
    // 20 tries from one address (its sign-in count in production), refused after the fifth.
    for (let i = 0; i < 20; i++) await reset({ email, code: WRONG_CODE, newPassword: NEW_PASSWORD }, '203.0.113.99');
    for (let i = 0; i < 40; i++) await reset({ email, code: WRONG_CODE, newPassword: NEW_PASSWORD }, `198.18.0.${Math.floor(i / 5) + 1}`);
    expect((await reset({ email, code, newPassword: NEW_PASSWORD }, '198.18.1.1')).statusCode).toBe(204);
  });

  it('lets only one of two requests that arrive together with the same code set a password', async () => {
    const email = freshEmail('race');
    const [code] = await codesOf((await signUpPerson(test, email)).cookie);
    const answers = await Promise.all([
      reset({ email, code, newPassword: NEW_PASSWORD }, '198.51.100.20'),
      reset({ email, code, newPassword: 'another quiet morning walk' }, '198.51.100.21'),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([204, 401]);
  });

  it.each([
    ['/api/auth/recovery/code', { email: 'maya\u0000@example.org', code: 'abcde-fghjk', newPassword: NEW_PASSWORD }],
    ['/api/auth/recovery/code', { email: 'maya@example.org', code: 'abcde\u0000fghjk', newPassword: NEW_PASSWORD }],
    ['/api/auth/recovery/code', { email: 'maya@example.org', code: 'abcde-fghjk', newPassword: 'x'.repeat(5_000) }],
    ['/api/auth/recovery/code', { email: ['maya@example.org'], code: 7, newPassword: null }],
    ['/api/auth/recovery/link', { token: `${'a'.repeat(42)}\u0000`, newPassword: NEW_PASSWORD }],
    ['/api/auth/recovery/link', { token: 'a'.repeat(43), newPassword: { length: 20 } }],
    ['/api/auth/recovery/mail', { email: `${'m'.repeat(5_000)}@example.org` }],
    ['/api/auth/recovery/mail', { email: 42 }],
  ])('%s answers 400, never 5xx, to a NUL, a huge string or a wrong type (case %#)', async (url, payload) => {
    const response = await test.request({ method: 'POST', url, payload, remoteAddress: '198.51.100.30' });
    expect([400, 409]).toContain(response.statusCode);
    if (response.statusCode === 400) expect(response.json().error.code).toBe('validation_failed');
  });
});
