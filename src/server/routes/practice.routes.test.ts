// The caseload and reviews on every database kind: 401 without a session; 400 per field; 404 for
// a person on clinician routes, an unlinked clinician, an ended link and an unknown id; then the
// rows themselves — a patient far east of the clinician counted in her own calendar, a stopped
// session first, an audit event per patient shown — and reviews newest first.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

type Account = { cookie: string; id: string };
const exerciseId = BUILTIN_EXERCISES[0]?.id ?? 'missing';
const NOW = '2026-11-24T12:00:00.000Z'; // 01:00 on 25 November in Auckland, 13:00 on the 24th in Berlin

async function link(test: TestApp, clinician: Account, patient: Account, endedAt: string | null = null) {
  await test.database.db
    .insertInto('care_links')
    .values({ id: randomUUID(), clinician_id: clinician.id, patient_id: patient.id, share_notes: 0, started_at: '2026-10-01T09:00:00.000Z', ended_at: endedAt, ended_by: endedAt ? patient.id : null })
    .execute();
}

async function checkIn(test: TestApp, person: Account, at: string, pain: number, extra: Record<string, unknown> = {}) {
  const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: person.cookie, payload: { at, pain, ...extra } });
  expect(response.statusCode).toBe(201);
}

async function logStoppedSession(test: TestApp, person: Account, startedAt: string) {
  const payload = { clientId: randomUUID(), startedAt, painBefore: 3, painAfter: null, partial: true, stopReason: 'chest_pain', items: [{ exerciseId, status: 'done', reps: 3 }] };
  const response = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: person.cookie, payload });
  expect(response.statusCode).toBe(201);
}

describe.each(testDatabaseKinds())('caseload and review routes on $name', (kind) => {
  let test: TestApp;
  let lena: Account;
  let otto: Account;
  let maya: Account;
  let aroha: Account;
  let walter: Account;
  beforeAll(async () => {
    test = await startTestApp(kind);
    test.clock.set(NOW);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    otto = await signUpStaff(test, 'otto@example.org', 'clinician', 'Otto');
    maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya', timeZone: 'Europe/Berlin' });
    aroha = await signUpPerson(test, 'aroha@example.org', { name: 'Aroha', timeZone: 'Pacific/Auckland' });
    walter = await signUpPerson(test, 'walter@example.org', { name: 'Walter', timeZone: 'America/Chicago' });
    await link(test, lena, maya);
    await link(test, lena, aroha);
    await link(test, lena, walter, '2026-11-20T09:00:00.000Z');
    await checkIn(test, maya, '2026-11-24T07:00:00.000Z', 4, { peg: { pain: 6, enjoyment: 6, activity: 6 } });
    await checkIn(test, maya, '2026-11-23T07:00:00.000Z', 5, { flare: true, peg: { pain: 8, enjoyment: 7, activity: 6 } });
    await logStoppedSession(test, maya, '2026-11-23T08:00:00.000Z');
    await checkIn(test, aroha, '2026-11-24T11:30:00.000Z', 3);
  });
  afterAll(async () => test.close());

  const reviewsOf = (patientId: string) => `/api/patients/${patientId}/reviews`;

  it.each([
    ['GET', '/api/practice/caseload'],
    ['GET', '/api/patients/00000000-0000-4000-8000-000000000000/reviews'],
    ['POST', '/api/patients/00000000-0000-4000-8000-000000000000/reviews'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: method === 'POST' ? { minutes: 5 } : undefined });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['minutes', { minutes: 0 }],
    ['minutes', { minutes: 241 }],
    ['minutes', { minutes: 2.5 }],
    ['minutes', { minutes: '5' }],
    ['minutes', {}],
  ])('POST reviews answers 400 naming %s', async (field, payload) => {
    const response = await test.request({ method: 'POST', url: reviewsOf(maya.id), cookie: lena.cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 400 naming patientId for an id that is not one', async () => {
    const response = await test.request({ method: 'GET', url: reviewsOf('maya'), cookie: lena.cookie });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('patientId');
  });

  it('answers 404 to a person on the clinician routes, even about themselves', async () => {
    for (const [method, url] of [['GET', '/api/practice/caseload'], ['GET', reviewsOf(maya.id)], ['POST', reviewsOf(maya.id)]] as const) {
      const response = await test.request({ method, url, cookie: maya.cookie, payload: method === 'POST' ? { minutes: 5 } : undefined });
      expect(response.statusCode).toBe(404);
    }
  });

  it.each([
    ['an unlinked clinician', () => otto, () => maya.id],
    ['an ended link', () => lena, () => walter.id],
    ['an id that does not exist', () => lena, () => randomUUID()],
  ])('answers 404 for %s, the same as for nobody', async (_, who, patientId) => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await test.request({ method, url: reviewsOf(patientId()), cookie: who().cookie, payload: method === 'POST' ? { minutes: 5 } : undefined });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('gives an unlinked clinician an empty caseload', async () => {
    const response = await test.request({ method: 'GET', url: '/api/practice/caseload', cookie: otto.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [] });
  });

  it('lists the linked patients only, the stopped session first, each in their own calendar', async () => {
    const response = await test.request({ method: 'GET', url: '/api/practice/caseload', cookie: lena.cookie });
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((r: { name: string }) => r.name)).toEqual(['Maya', 'Aroha']);
    const [first, second] = items;
    expect(first).toMatchObject({
      today: '2026-11-24', lastCheckinOn: '2026-11-24', daysWithData: 2, isMonitored: false, flareDays: 1, tier: 0,
      stopSigns: [{ reason: 'chest_pain', localDate: '2026-11-23', reviewed: false }],
      attention: [{ code: 'stop_sign', count: 1, lastOn: '2026-11-23' }],
      peg: { first: { localDate: '2026-11-23', score: 7 }, latest: { localDate: '2026-11-24', score: 6 }, change: -1 },
      pain: { recentMean: null, mark: null, recentDays: 2 },
      lastReview: null,
    });
    expect(first).not.toHaveProperty('lastReviewAt');
    expect(second).toMatchObject({ today: '2026-11-25', lastCheckinOn: '2026-11-25', attention: [] });
  });

  it('writes one audit event per patient shown', async () => {
    const events = await test.database.db.selectFrom('audit_events').select(['patient_id', 'action']).where('actor_id', '=', lena.id).where('action', '=', 'read:summary').execute();
    expect(events.map((e) => e.patient_id).sort()).toEqual([maya.id, aroha.id].sort());
  });

  it('records reviews, lists them newest first, and moves a reviewed stop sign down', async () => {
    const first = await test.request({ method: 'POST', url: reviewsOf(maya.id), cookie: lena.cookie, payload: { minutes: 3 } });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ patientId: maya.id, minutes: 3, reviewedAt: NOW });
    test.clock.advance(60_000);
    await test.request({ method: 'POST', url: reviewsOf(maya.id), cookie: lena.cookie, payload: { minutes: 12 } });
    const list = await test.request({ method: 'GET', url: reviewsOf(maya.id), cookie: lena.cookie });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { minutes: number }) => r.minutes)).toEqual([12, 3]);
    const others = await test.request({ method: 'GET', url: reviewsOf(aroha.id), cookie: lena.cookie });
    expect(others.json()).toEqual({ items: [] });
    const caseload = await test.request({ method: 'GET', url: '/api/practice/caseload', cookie: lena.cookie });
    const maya2 = caseload.json().items.find((r: { name: string }) => r.name === 'Maya');
    expect(maya2).toMatchObject({ stopSigns: [{ reviewed: true }], lastReview: { minutes: 12 } });
    expect(maya2.attention.map((r: { code: string }) => r.code)).not.toContain('stop_sign');
    const audited = await test.database.db.selectFrom('audit_events').select('action').where('patient_id', '=', maya.id).where('action', '=', 'write:reviews').execute();
    expect(audited).toHaveLength(2);
  });
});
