import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from './testing.js';
describe.each(testDatabaseKinds())('staff on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => { test = await startTestApp(kind); });
  afterAll(async () => test.close());
  it('signs in staff past the second factor', async () => {
    const lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    const me = await test.request({ method: 'GET', url: '/api/me', cookie: lena.cookie });
    expect(me.json()).toMatchObject({ role: 'clinician', secondFactor: 'done' });
    const maya = await signUpPerson(test, 'maya@example.org');
    const mine = await test.request({ method: 'GET', url: '/api/me', cookie: maya.cookie });
    expect(mine.json()).toMatchObject({ role: 'person', secondFactor: 'off' });
  });
  it('holds a clinician with only a password away from data (403), not signed out', async () => {
    await signUpStaff(test, 'omar@example.org', 'clinician');
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'omar@example.org', password: 'a steady hand on the rail' } });
    expect(login.json()).toMatchObject({ secondFactor: 'setup_needed' });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await test.request({ method: 'GET', url: '/api/me/checkins', cookie })).statusCode).toBe(403);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(200);
  });
});
