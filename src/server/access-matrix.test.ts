// The access matrix over the whole route table (issue 10; grows with every new route by itself):
// without a session every non-public route answers 401; with only a password (second factor not
// given) every route past `signed-in` answers 403 and the session stays; a role a route is not for
// gets 404, as for something that does not exist. Checked before any input is read, so the
// requests carry no body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteSpec } from '../contract/routes.js';
import { testDatabaseKinds } from '../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, STAFF_PASSWORD, sessionCookieOf, type TestApp } from './testing.js';

const TABLE = Object.entries(routes) as [string, RouteSpec][];
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const urlOf = (spec: RouteSpec) => spec.path.replace(/:(\w+)/g, SOME_ID);
const notPublic = TABLE.filter(([, spec]) => spec.access !== 'public');
const pastSignIn = TABLE.filter(([, spec]) => spec.access !== 'public' && spec.access !== 'signed-in');
const ROLE_ROUTES = { clinician: ['clinician', 'clinician-of-patient'], admin: ['admin'] } as const;

describe.each(testDatabaseKinds())('the access matrix on $name', (kind) => {
  let test: TestApp;
  const cookies: Record<'person' | 'clinician' | 'admin' | 'halfway', string> = { person: '', clinician: '', admin: '', halfway: '' };
  const call = (spec: RouteSpec, cookie?: string) =>
    test.request({ method: spec.method, url: urlOf(spec), ...(cookie ? { cookie } : {}) });
  beforeAll(async () => {
    test = await startTestApp(kind);
    cookies.person = (await signUpPerson(test, 'maya@example.org')).cookie;
    cookies.clinician = (await signUpStaff(test, 'lena@example.org', 'clinician')).cookie;
    cookies.admin = (await signUpStaff(test, 'ada@example.org', 'admin')).cookie;
    await signUpStaff(test, 'omar@example.org', 'clinician');
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'omar@example.org', password: STAFF_PASSWORD } });
    cookies.halfway = sessionCookieOf(login);
  });
  afterAll(async () => test.close());

  it('lists every route with an access level', () => {
    expect(TABLE.length).toBeGreaterThan(30);
    for (const [, spec] of TABLE) expect(['public', 'signed-in', 'person', 'clinician', 'clinician-of-patient', 'admin']).toContain(spec.access);
  });

  it.each(notPublic.map(([name, spec]) => [name, spec] as const))('%s answers 401 without a session', async (_name, spec) => {
    const response = await call(spec);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it.each(pastSignIn.map(([name, spec]) => [name, spec] as const))('%s answers 403 before the second factor, and the session stays', async (_name, spec) => {
    expect((await call(spec, cookies.halfway)).statusCode).toBe(403);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: cookies.halfway })).statusCode).toBe(200);
  });

  const forRole = (role: 'person' | 'clinician' | 'admin') =>
    TABLE.filter(([, spec]) => Object.entries(ROLE_ROUTES).some(([owner, levels]) => owner !== role && (levels as readonly string[]).includes(spec.access)))
      .map(([name, spec]) => [role, name, spec] as const);

  it.each([...forRole('person'), ...forRole('clinician'), ...forRole('admin')])('a %s gets 404 from %s', async (role, _name, spec) => {
    const response = await call(spec, cookies[role]);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
