// Passwords, devices and signing out, for every role, on every database kind. Dimensions: 401
// without a session; 400 per field; 404 for another account's device; the devices list (this
// one marked, the browser named, "last seen" written at most every five minutes); one device
// signed out, this one too; every device signed out; a password change that checks the current
// one and the policy, and signs out the other devices only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { sessionCookieOf, signUpPerson, signUpStaff, STAFF_PASSWORD, startTestApp, type TestApp } from '../testing.js';

const PASSWORD = 'a calm walk by the river';
const NEW_PASSWORD = 'slow steps up the garden hill';

interface Overview {
  secondFactor: { state: string; setUp: boolean; required: boolean; recoveryCodesLeft: number } | null;
  devices: { id: string; createdAt: string; lastSeenAt: string; userAgent: string | null; current: boolean }[];
}

describe.each(testDatabaseKinds())('security routes on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  async function signIn(email: string, password = PASSWORD, userAgent = 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36') {
    const response = await test.request({ method: 'POST', url: '/api/auth/login', headers: { 'user-agent': userAgent }, payload: { email, password } });
    expect(response.statusCode).toBe(200);
    return sessionCookieOf(response);
  }
  const status = async (cookie: string) => (await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode;
  const overview = async (cookie: string) => {
    const response = await test.request({ method: 'GET', url: '/api/me/security', cookie });
    expect(response.statusCode).toBe(200);
    return response.json<Overview>();
  };

  it.each([
    ['GET', '/api/me/security'],
    ['DELETE', '/api/me/devices/0b9c7d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'],
    ['POST', '/api/me/sign-out-everywhere'],
    ['POST', '/api/me/password'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it.each([
    [{ newPassword: NEW_PASSWORD }, 'currentPassword'],
    [{ currentPassword: '', newPassword: NEW_PASSWORD }, 'currentPassword'],
    [{ currentPassword: PASSWORD }, 'newPassword'],
    [{ currentPassword: PASSWORD, newPassword: 'x'.repeat(201) }, 'newPassword'],
    [{ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, admin: true }, undefined],
  ])('a password change with %j answers 400 naming %s', async (payload, field) => {
    const { cookie } = await signUpPerson(test, `bad-${Math.random()}@example.org`);
    const response = await test.request({ method: 'POST', url: '/api/me/password', cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('answers 400 for a device id that is not an id', async () => {
    const { cookie } = await signUpPerson(test, 'bad-device@example.org');
    const response = await test.request({ method: 'DELETE', url: '/api/me/devices/not-an-id', cookie });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('id');
  });

  it('lists the signed-in devices with this one marked; a person has no second factor', async () => {
    const { cookie: first } = await signUpPerson(test, 'maya@example.org');
    test.clock.advance(60_000);
    const second = await signIn('maya@example.org');
    const { secondFactor, devices } = await overview(second);
    expect(secondFactor).toBeNull();
    expect(devices).toHaveLength(2);
    expect(devices.filter((d) => d.current)).toHaveLength(1);
    expect(devices[0]).toMatchObject({ current: true, userAgent: expect.stringContaining('Android') });
    expect((await overview(first)).devices.find((d) => d.current)?.id).toBe(devices[1]?.id);
  });

  it('shows a clinician the state of the second factor', async () => {
    const { cookie } = await signUpStaff(test, 'lena@example.org', 'clinician');
    expect((await overview(cookie)).secondFactor).toEqual({ state: 'done', setUp: false, required: true, recoveryCodesLeft: 0 });
  });

  it('writes "last seen" when a session is used, at most every five minutes', async () => {
    const { cookie, id } = await signUpPerson(test, 'walter@example.org');
    const lastSeen = async () => (await test.database.db.selectFrom('auth_sessions').select('last_seen_at').where('user_id', '=', id).executeTakeFirstOrThrow()).last_seen_at;
    const signedUpAt = test.clock.now();
    test.clock.advance(60_000);
    await status(cookie);
    expect(await lastSeen()).toBe(signedUpAt);
    test.clock.advance(5 * 60_000);
    await status(cookie);
    expect(await lastSeen()).toBe(test.clock.now());
  });

  it('signs out one device, answers 404 for another account’s device, and signs out this one too', async () => {
    const { cookie: phone } = await signUpPerson(test, 'priya@example.org');
    const laptop = await signIn('priya@example.org');
    const { cookie: stranger } = await signUpPerson(test, 'dan@example.org');
    const devices = (await overview(laptop)).devices;
    const phoneId = devices.find((d) => !d.current)?.id ?? '';
    const laptopId = devices.find((d) => d.current)?.id ?? '';
    const foreign = await test.request({ method: 'DELETE', url: `/api/me/devices/${phoneId}`, cookie: stranger });
    expect(foreign.statusCode).toBe(404);
    expect(await status(phone)).toBe(200);
    expect((await test.request({ method: 'DELETE', url: `/api/me/devices/${phoneId}`, cookie: laptop })).statusCode).toBe(204);
    expect(await status(phone)).toBe(401);
    expect((await test.request({ method: 'DELETE', url: `/api/me/devices/${phoneId}`, cookie: laptop })).statusCode).toBe(404);
    const self = await test.request({ method: 'DELETE', url: `/api/me/devices/${laptopId}`, cookie: laptop });
    expect(self.statusCode).toBe(204);
    expect(String(self.headers['set-cookie'])).toMatch(/pacewise_session=;/u);
    expect(await status(laptop)).toBe(401);
  });

  it('signs out everywhere, this device included', async () => {
    const { cookie: phone } = await signUpPerson(test, 'everywhere@example.org');
    const laptop = await signIn('everywhere@example.org');
    const { cookie: other } = await signUpPerson(test, 'someone-else@example.org');
    const response = await test.request({ method: 'POST', url: '/api/me/sign-out-everywhere', cookie: laptop });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/pacewise_session=;/u);
    expect(await status(phone)).toBe(401);
    expect(await status(laptop)).toBe(401);
    expect(await status(other)).toBe(200);
  });

  it('changes the password after checking the current one, and signs out the other devices', async () => {
    const { cookie: phone } = await signUpPerson(test, 'change@example.org');
    const laptop = await signIn('change@example.org');
    const change = (payload: object) => test.request({ method: 'POST', url: '/api/me/password', cookie: laptop, payload });
    const wrong = await change({ currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.field).toBe('currentPassword');
    const weak = await change({ currentPassword: PASSWORD, newPassword: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });
    expect(await status(phone)).toBe(200);
    expect((await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect(await status(phone)).toBe(401);
    expect(await status(laptop)).toBe(200);
    const old = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'change@example.org', password: PASSWORD } });
    expect(old.statusCode).toBe(401);
    await signIn('change@example.org', NEW_PASSWORD);
  });

  it('lets a clinician change the password too', async () => {
    const { cookie } = await signUpStaff(test, 'staff.password@example.org', 'clinician');
    const response = await test.request({ method: 'POST', url: '/api/me/password', cookie, payload: { currentPassword: STAFF_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(response.statusCode).toBe(204);
    expect(await status(cookie)).toBe(200);
  });
});
