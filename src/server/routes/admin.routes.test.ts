// Admin routes on every database kind. Dimensions: 401 without a session; 404 for a person and
// a clinician (the routes are not theirs); 400 per field; the staff list and invitations; turning
// accounts off ends their sessions at once, and back on; oneself (409); a person (404); relaxing
// the second factor asks for the password, is audited, and changes /api/me for a clinician with
// only a password; the audit export as JSON and CSV, with formula cells made harmless.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { randomIds } from '../context.js';
import { sessionCookieOf, signUpPerson, signUpStaff, STAFF_PASSWORD, startTestApp, type TestApp } from '../testing.js';

const SOME_ID = '0b9d6a52-3c2e-4c55-9d3c-3f1f8f0c2a11';
const ROUTES = [
  ['GET', '/api/admin/staff'],
  ['POST', '/api/admin/clinician-invitations'],
  ['DELETE', `/api/admin/clinician-invitations/${SOME_ID}`],
  ['POST', `/api/admin/staff/${SOME_ID}/disable`],
  ['POST', `/api/admin/staff/${SOME_ID}/enable`],
  ['GET', '/api/admin/settings'],
  ['PUT', '/api/admin/settings'],
  ['GET', '/api/admin/audit?from=2026-11-01&to=2026-11-30'],
  ['GET', '/api/admin/audit.csv?from=2026-11-01&to=2026-11-30'],
] as const;

describe.each(testDatabaseKinds())('admin routes on $name', (kind) => {
  let test: TestApp;
  let admin: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    admin = await signUpStaff(test, 'ruth@example.org', 'admin', 'Ruth');
  });
  afterAll(async () => test.close());

  const as = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    test.request({ method, url, cookie, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  it.each(ROUTES)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
    expect(response.statusCode).toBe(401);
  });

  it.each(ROUTES)('%s %s answers 404 to a person and to a clinician', async (method, url) => {
    const person = await signUpPerson(test, `p-${randomIds()}@example.org`);
    const clinician = await signUpStaff(test, `c-${randomIds()}@example.org`, 'clinician');
    for (const cookie of [person.cookie, clinician.cookie]) {
      const response = await as(cookie, method, url, method === 'GET' || method === 'DELETE' ? undefined : { email: 'x@example.org', secondFactorRequired: true });
      expect(response.statusCode).toBe(404);
    }
  });

  it.each([
    ['POST', '/api/admin/clinician-invitations', {}, 'email'],
    ['POST', '/api/admin/clinician-invitations', { email: 'not-an-email' }, 'email'],
    ['POST', '/api/admin/clinician-invitations', { email: 'a@example.org', name: '' }, 'name'],
    ['POST', '/api/admin/clinician-invitations', { email: 'a@example.org', role: 'admin' }, undefined],
    ['DELETE', '/api/admin/clinician-invitations/not-a-uuid', undefined, 'id'],
    ['POST', '/api/admin/staff/not-a-uuid/disable', undefined, 'id'],
    ['POST', '/api/admin/staff/not-a-uuid/enable', undefined, 'id'],
    ['PUT', '/api/admin/settings', {}, 'secondFactorRequired'],
    ['PUT', '/api/admin/settings', { secondFactorRequired: 'no' }, 'secondFactorRequired'],
    ['PUT', '/api/admin/settings', { secondFactorRequired: false }, 'password'],
    ['GET', '/api/admin/audit?to=2026-11-30', undefined, 'from'],
    ['GET', '/api/admin/audit?from=2026-11-01&to=2026-11-31', undefined, 'to'],
    ['GET', '/api/admin/audit?from=2026-12-01&to=2026-11-30', undefined, 'to'],
    ['GET', '/api/admin/audit?from=2025-01-01&to=2026-01-02', undefined, 'to'],
    ['GET', '/api/admin/audit.csv?from=2025-01-01&to=2026-01-02', undefined, 'to'],
  ] as const)('%s %s with %j answers 400 naming %s', async (method, url, payload, field) => {
    const response = await as(admin.cookie, method, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed' });
    expect(response.json().error.field).toBe(field);
  });

  it('invites a clinician, lists the invitation once, and refuses someone who is already staff', async () => {
    const created = await as(admin.cookie, 'POST', '/api/admin/clinician-invitations', { email: 'Omar@Example.org', name: 'Omar' });
    expect(created.statusCode).toBe(201);
    const { id, link, expiresAt } = created.json<{ id: string; link: string; expiresAt: string }>();
    // No PUBLIC_URL in tests: the link uses the address the admin's browser used.
    expect(link).toMatch(/^http:\/\/localhost\/welcome\/[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe('2026-12-01T10:00:00.000Z');
    const list = (await as(admin.cookie, 'GET', '/api/admin/staff')).json<{ staff: unknown[]; invitations: Record<string, unknown>[] }>();
    expect(list.invitations).toContainEqual({ id, kind: 'clinician', email: 'omar@example.org', name: 'Omar', createdAt: '2026-11-24T10:00:00.000Z', expiresAt });
    expect(JSON.stringify(list)).not.toContain(link.split('/welcome/')[1]);
    expect(list.staff).toContainEqual({ id: admin.id, name: 'Ruth', email: 'ruth@example.org', role: 'admin', createdAt: expect.any(String), disabledAt: null, secondFactorSetUp: false });
    const again = await as(admin.cookie, 'POST', '/api/admin/clinician-invitations', { email: 'ruth@example.org' });
    expect(again.statusCode).toBe(409);
    expect((await as(admin.cookie, 'DELETE', `/api/admin/clinician-invitations/${id}`)).statusCode).toBe(204);
    expect((await as(admin.cookie, 'DELETE', `/api/admin/clinician-invitations/${id}`)).statusCode).toBe(404);
  });

  it('turns a clinician off, ending every session at once, and back on', async () => {
    const lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    expect((await as(lena.cookie, 'GET', '/api/me')).statusCode).toBe(200);
    const off = await as(admin.cookie, 'POST', `/api/admin/staff/${lena.id}/disable`);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ id: lena.id, role: 'clinician', disabledAt: '2026-11-24T10:00:00.000Z' });
    expect((await as(lena.cookie, 'GET', '/api/me')).statusCode).toBe(401);
    const sessions = await test.database.db.selectFrom('auth_sessions').select('id').where('user_id', '=', lena.id).execute();
    expect(sessions).toHaveLength(0);
    const signIn = () => test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'lena@example.org', password: STAFF_PASSWORD } });
    expect((await signIn()).statusCode).toBe(403);
    const on = await as(admin.cookie, 'POST', `/api/admin/staff/${lena.id}/enable`);
    expect(on.json()).toMatchObject({ disabledAt: null });
    expect((await signIn()).statusCode).toBe(200);
  });

  it('refuses to turn off oneself (409), and answers 404 for a person or an unknown id', async () => {
    const self = await as(admin.cookie, 'POST', `/api/admin/staff/${admin.id}/disable`);
    expect(self.statusCode).toBe(409);
    const maya = await signUpPerson(test, 'maya@example.org');
    expect((await as(admin.cookie, 'POST', `/api/admin/staff/${maya.id}/disable`)).statusCode).toBe(404);
    expect((await as(admin.cookie, 'POST', `/api/admin/staff/${SOME_ID}/disable`)).statusCode).toBe(404);
  });

  it('lets one admin turn another off, who can then not act', async () => {
    const other = await signUpStaff(test, 'sam@example.org', 'admin', 'Sam');
    expect((await as(admin.cookie, 'POST', `/api/admin/staff/${other.id}/disable`)).statusCode).toBe(200);
    expect((await as(other.cookie, 'GET', '/api/admin/staff')).statusCode).toBe(401);
  });

  it('relaxes the second factor only with the password, audits it, and applies it at once', async () => {
    await signUpStaff(test, 'omar2@example.org', 'clinician', 'Omar');
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'omar2@example.org', password: STAFF_PASSWORD } });
    const omar = sessionCookieOf(login);
    expect((await as(omar, 'GET', '/api/me')).json()).toMatchObject({ secondFactor: 'setup_needed' });
    expect((await as(admin.cookie, 'GET', '/api/admin/settings')).json()).toEqual({ secondFactorRequired: true, updatedAt: null, updatedBy: null });
    const wrong = await as(admin.cookie, 'PUT', '/api/admin/settings', { secondFactorRequired: false, password: 'not my password at all' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.field).toBe('password');
    const relaxed = await as(admin.cookie, 'PUT', '/api/admin/settings', { secondFactorRequired: false, password: STAFF_PASSWORD });
    expect(relaxed.json()).toEqual({ secondFactorRequired: false, updatedAt: '2026-11-24T10:00:00.000Z', updatedBy: 'Ruth' });
    expect((await as(omar, 'GET', '/api/me')).json()).toMatchObject({ secondFactor: 'relaxed' });
    const audited = await test.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'practice:settings').execute();
    expect(audited).toEqual([expect.objectContaining({ actor_id: admin.id, actor_role: 'admin', patient_id: null })]);
    expect((await as(admin.cookie, 'PUT', '/api/admin/settings', { secondFactorRequired: true })).json()).toMatchObject({ secondFactorRequired: true });
    expect((await as(omar, 'GET', '/api/me')).json()).toMatchObject({ secondFactor: 'setup_needed' });
  });

  it('exports the audit log as JSON and as CSV with formula cells made harmless', async () => {
    const patient = await signUpPerson(test, 'walter@example.org', { name: '+Walter' });
    await test.database.db.insertInto('audit_events').values([
      { id: randomIds(), at: '2026-11-20T08:00:00.000Z', actor_id: admin.id, actor_name: '=HYPERLINK("http://x")', actor_role: 'clinician', patient_id: patient.id, action: 'read:journal' },
      { id: randomIds(), at: '2026-10-01T08:00:00.000Z', actor_id: admin.id, actor_name: 'Too early', actor_role: 'clinician', patient_id: patient.id, action: 'read:journal' },
    ]).execute();
    const json = await as(admin.cookie, 'GET', '/api/admin/audit?from=2026-11-01&to=2026-11-30');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="pacewise-audit-2026-11-01-to-2026-11-30.json"');
    const events = json.json<{ events: { actorName: string }[] }>().events;
    expect(events).toContainEqual({ at: '2026-11-20T08:00:00.000Z', actorName: '=HYPERLINK("http://x")', actorRole: 'clinician', patientId: patient.id, patientName: '+Walter', action: 'read:journal' });
    expect(events.map((e) => e.actorName)).not.toContain('Too early');
    const csv = await as(admin.cookie, 'GET', '/api/admin/audit.csv?from=2026-11-01&to=2026-11-30');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('.csv"');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('at,actor_name,actor_role,patient_id,patient_name,action');
    expect(lines).toContain(`2026-11-20T08:00:00.000Z,"'=HYPERLINK(""http://x"")",clinician,${patient.id},'+Walter,read:journal`);
    expect(csv.body).not.toContain('Too early');
  });
});
