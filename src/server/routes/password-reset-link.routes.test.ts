// Reset links given by a clinician or the admin (issue 15), on every database kind. Dimensions:
// 401 without a session; 400 per field; 404 for a person on a clinician's or admin's route, an
// unlinked clinician, an ended link, an unknown email; the admin's own account (422); 201 with a
// link shown once (only its hash stored; the token in the fragment; 24 hours); the person's log;
// using it: 400 per field, the password rules (422, the link still works), every session ended,
// once only (reused 404), expired 404, replaced by a newer link 404, and the second factor still
// asked of a clinician whose password was reset. (PUBLIC_URL links: password-reset-mail.routes.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { hashToken } from '../auth/sessions.js';
import { sessionCookieOf, signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { linkClinician } from './data-export.fixtures.js';

const NEW_PASSWORD = 'slow steps up the garden hill';

describe.each(testDatabaseKinds())('password reset links on $name', (kind) => {
  let test: TestApp;
  let lena: { cookie: string; id: string };
  let ada: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    ada = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
  });
  afterAll(async () => test.close());

  let n = 0;
  const freshEmail = (what: string) => `${what}-${++n}@example.org`;
  const patientLink = (patientId: string, cookie?: string) =>
    test.request({ method: 'POST', url: `/api/patients/${patientId}/password-reset-link`, ...(cookie ? { cookie } : {}) });
  const adminLink = (payload: Record<string, unknown>, cookie = ada.cookie) => test.request({ method: 'POST', url: '/api/admin/password-reset-links', cookie, payload });
  const useLink = (payload: Record<string, unknown>) => test.request({ method: 'POST', url: '/api/auth/recovery/link', payload });
  const tokenOf = (link: string) => link.split('#')[1] ?? '';
  const signIn = (email: string, password: string) => test.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  async function linkedWalter() {
    const email = freshEmail('walter');
    const walter = await signUpPerson(test, email);
    await linkClinician(test, lena, walter, false);
    return { ...walter, email };
  }

  it.each([
    ['POST', '/api/patients/00000000-0000-4000-8000-000000000000/password-reset-link'],
    ['POST', '/api/admin/password-reset-links'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    expect((await test.request({ method, url, payload: {} })).statusCode).toBe(401);
  });

  it('answers 400 for a patient id that is not one', async () => {
    const response = await patientLink('walter', lena.cookie);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('patientId');
  });

  it.each([[{}, 'email'], [{ email: 'walter' }, 'email'], [{ email: 'w@example.org', days: 9 }, undefined]])('the admin’s link with %j answers 400 naming %s', async (payload, field) => {
    const response = await adminLink(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('answers 404 to a person, an unlinked clinician and a clinician whose link ended', async () => {
    const walter = await linkedWalter();
    const other = await signUpPerson(test, freshEmail('maya'));
    const tom = await signUpStaff(test, freshEmail('tom'), 'clinician', 'Tom');
    expect((await patientLink(walter.id, other.cookie)).statusCode).toBe(404);
    expect((await patientLink(walter.id, walter.cookie)).statusCode).toBe(404);
    expect((await patientLink(walter.id, tom.cookie)).statusCode).toBe(404);
    await linkClinician(test, tom, walter, false, test.clock.now());
    expect((await patientLink(walter.id, tom.cookie)).statusCode).toBe(404);
    expect((await patientLink(walter.id, ada.cookie)).statusCode).toBe(404);
    expect((await adminLink({ email: walter.email }, lena.cookie)).statusCode).toBe(404);
    expect((await adminLink({ email: walter.email }, walter.cookie)).statusCode).toBe(404);
  });

  it('keeps a linked clinician from making a link for a colleague’s account (409), which is the admin’s to give', async () => {
    const omar = await signUpStaff(test, freshEmail('omar'), 'clinician', 'Omar');
    await linkClinician(test, lena, omar, false);
    const response = await patientLink(omar.id, lena.cookie);
    expect(response.statusCode).toBe(409);
    expect(await test.database.db.selectFrom('password_resets').select('id').where('user_id', '=', omar.id).execute()).toEqual([]);
  });

  it('answers 404 for an email with no account and 422 for the admin’s own', async () => {
    const unknown = await adminLink({ email: freshEmail('nobody') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('email');
    expect((await adminLink({ email: 'ada@example.org' })).statusCode).toBe(422);
  });

  it('gives a linked clinician a one-use link for 24 hours, kept only as a hash, and tells the patient', async () => {
    const walter = await linkedWalter();
    const response = await patientLink(walter.id, lena.cookie);
    expect(response.statusCode).toBe(201);
    const { link, expiresAt } = response.json<{ link: string; expiresAt: string }>();
    expect(link).toMatch(/^http:\/\/localhost\/reset-password#[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe('2026-11-25T10:00:00.000Z');
    const stored = await test.database.db.selectFrom('password_resets').select(['token_hash', 'kind', 'made_by']).where('user_id', '=', walter.id).execute();
    expect(stored).toEqual([{ token_hash: hashToken(tokenOf(link)), kind: 'clinician', made_by: lena.id }]);
    const log = await test.request({ method: 'GET', url: '/api/me/access-log', cookie: walter.cookie });
    expect(log.json().items).toEqual([{ day: '2026-11-24', clinician: { id: lena.id, name: 'Lena' }, areas: [], changed: ['password_reset'], count: 1 }]);
  });

  it.each([
    [{ newPassword: NEW_PASSWORD }, 'token'],
    [{ token: 'short', newPassword: NEW_PASSWORD }, 'token'],
    [{ token: 'a'.repeat(43) }, 'newPassword'],
    [{ token: 'a'.repeat(43), newPassword: NEW_PASSWORD, email: 'x@example.org' }, undefined],
  ])('using a link with %j answers 400 naming %s', async (payload, field) => {
    const response = await useLink(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('answers 404 for a token that was never given', async () => {
    const response = await useLink({ token: 'b'.repeat(43), newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.field).toBe('token');
  });

  it('sets a new password once: the rules first, every session ended, the link used up', async () => {
    const walter = await linkedWalter();
    const elsewhere = sessionCookieOf(await signIn(walter.email, 'a calm walk by the river'));
    const token = tokenOf((await patientLink(walter.id, lena.cookie)).json<{ link: string }>().link);
    const weak = await useLink({ token, newPassword: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.field).toBe('newPassword');
    const used = await useLink({ token, newPassword: NEW_PASSWORD });
    expect(used.statusCode).toBe(204);
    expect(used.headers['referrer-policy']).toBe('no-referrer');
    expect(used.headers['cache-control']).toContain('no-store');
    for (const cookie of [walter.cookie, elsewhere]) expect((await test.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    expect((await signIn(walter.email, NEW_PASSWORD)).statusCode).toBe(200);
    const reused = await useLink({ token, newPassword: 'another quiet morning walk' });
    expect(reused.statusCode).toBe(404);
    expect((await signIn(walter.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a link after 24 hours, and when a newer one is made', async () => {
    const walter = await linkedWalter();
    const first = tokenOf((await adminLink({ email: walter.email })).json<{ link: string }>().link);
    const second = tokenOf((await adminLink({ email: walter.email })).json<{ link: string }>().link);
    expect((await useLink({ token: first, newPassword: NEW_PASSWORD })).statusCode).toBe(404);
    test.clock.advance(24 * 3_600_000);
    try {
      expect((await useLink({ token: second, newPassword: NEW_PASSWORD })).statusCode).toBe(404);
    } finally {
      test.clock.advance(-24 * 3_600_000);
    }
  });

  it('lets the admin give a link to any account and records it in the person’s log', async () => {
    const walter = await linkedWalter();
    const response = await adminLink({ email: walter.email.toUpperCase() });
    expect(response.statusCode).toBe(201);
    expect((await useLink({ token: tokenOf(response.json<{ link: string }>().link), newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    const cookie = sessionCookieOf(await signIn(walter.email, NEW_PASSWORD));
    const log = await test.request({ method: 'GET', url: '/api/me/access-log', cookie });
    expect(log.json().items).toEqual([{ day: '2026-11-24', clinician: { id: ada.id, name: 'Ada' }, areas: [], changed: ['password_reset'], count: 1 }]);
    const uses = await test.database.db.selectFrom('audit_events').select(['actor_id', 'action']).where('patient_id', '=', walter.id).orderBy('at').execute();
    expect(uses).toContainEqual({ actor_id: walter.id, action: 'write:password_reset' });
  });

  it('ends an open reset link when the person changes their password themselves', async () => {
    const walter = await linkedWalter();
    const token = tokenOf((await patientLink(walter.id, lena.cookie)).json<{ link: string }>().link);
    const changed = await test.request({
      method: 'POST', url: '/api/me/password', cookie: walter.cookie,
      payload: { currentPassword: 'a calm walk by the river', newPassword: NEW_PASSWORD },
    });
    expect(changed.statusCode).toBe(204);
    expect((await useLink({ token, newPassword: 'another quiet morning walk' })).statusCode).toBe(404);
    expect((await signIn(walter.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('lets only one of two requests that arrive together with the same link set a password', async () => {
    const walter = await linkedWalter();
    const token = tokenOf((await patientLink(walter.id, lena.cookie)).json<{ link: string }>().link);
    const answers = await Promise.all([
      useLink({ token, newPassword: NEW_PASSWORD }),
      useLink({ token, newPassword: 'another quiet morning walk' }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([204, 404]);
  });

  it('ends a link for an account that was turned off after the link was made, and makes none for it (409)', async () => {
    const email = freshEmail('omar');
    const omar = await signUpStaff(test, email, 'clinician', 'Omar');
    const token = tokenOf((await adminLink({ email })).json<{ link: string }>().link);
    await test.database.db.updateTable('users').set({ disabled_at: test.clock.now() }).where('id', '=', omar.id).execute();
    const response = await useLink({ token, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(404);
    const row = await test.database.db.selectFrom('password_resets').select('used_at').where('user_id', '=', omar.id).executeTakeFirstOrThrow();
    expect(row.used_at).toBeNull();
    expect((await adminLink({ email })).statusCode).toBe(409);
  });

  it('does not skip the second factor of a clinician whose password was reset', async () => {
    const email = freshEmail('omar');
    const omar = await signUpStaff(test, email, 'clinician', 'Omar');
    await test.database.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }).where('id', '=', omar.id).execute();
    const token = tokenOf((await adminLink({ email })).json<{ link: string }>().link);
    expect((await useLink({ token, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    const signedIn = await signIn(email, NEW_PASSWORD);
    expect(signedIn.json().secondFactor).toBe('code_needed');
    expect((await test.request({ method: 'GET', url: '/api/me/checkins', cookie: sessionCookieOf(signedIn) })).statusCode).toBe(403);
  });
});
