// Safety routes on every database kind (issue 9, items 7 and 8): 401 without a session; 404
// before intake; 400 per field; 422 for a screen left unanswered or a go-ahead in the future;
// a chest-pain stop holds the plan on clearance with the emergency notice until the questions
// are answered again; something new, a new pain area and 3 months make the screen due again;
// one person's stop never reaches another's plan; the emergency number on /api/me.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { sessionCookieOf, signUpPerson, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
const WALTER = {
  painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
  minutesPerDay: 20, daysPerWeek: 5, preferredTimes: ['morning', 'evening'], equipment: ['chair', 'resistance_band'],
  likes: ['walking'], painToday: 4, safety: ALL_NO, age: 71,
};
const stretch = BUILTIN_EXERCISES.find((e) => e.pillar === 'stretching')?.id ?? 'missing';
const stopLog = (clientId: string, startedAt: string, stopReason: string) => ({
  clientId, startedAt, painBefore: 3, painAfter: null, partial: true, stopReason,
  items: [{ exerciseId: stretch, holdSeconds: 30, sets: 1, reps: 2, status: 'done' }],
});

describe.each(testDatabaseKinds())('safety routes on $name', (kind) => {
  let test: TestApp;
  let walter: { cookie: string; id: string };
  let priya: { cookie: string; id: string };
  const get = (who: { cookie: string }, url = '/api/me/safety') => test.request({ method: 'GET', url, cookie: who.cookie });
  const put = (who: { cookie: string }, payload: object) => test.request({ method: 'PUT', url: '/api/me/safety', cookie: who.cookie, payload });
  beforeAll(async () => {
    test = await startTestApp(kind);
    walter = await signUpPerson(test, 'walter@example.org', { timeZone: 'Europe/London' });
    priya = await signUpPerson(test, 'priya@example.org', { timeZone: 'Australia/Perth' });
  });
  afterAll(async () => test.close());

  it.each([['GET'], ['PUT']] as const)('%s /api/me/safety answers 401 without a session', async (method) => {
    expect((await test.request({ method, url: '/api/me/safety', payload: method === 'PUT' ? ALL_NO : undefined })).statusCode).toBe(401);
  });

  it('answers 404 before intake', async () => {
    expect((await get(walter)).statusCode).toBe(404);
    expect((await put(walter, ALL_NO)).statusCode).toBe(404);
  });

  it.each([
    ['chest_pain_rest', { chest_pain_rest: 'maybe' }],
    ['cleared_by_clinician', { cleared_by_clinician: 'yes' }],
    ['clearedOn', { clearedOn: '2026-13-01' }],
  ])('answers 400 naming %s', async (field, change) => {
    const response = await put(walter, { ...ALL_NO, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 400 to a screen time sent by the client: the server sets it', async () => {
    const response = await put(walter, { ...ALL_NO, screenedAt: '2026-11-24T10:00:00.000Z' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('screenedAt');
  });

  it('says the number to call for help fits the time zone', async () => {
    expect((await get(walter, '/api/me')).json().emergencyNumber).toBe('999');
    expect((await get(priya, '/api/me')).json().emergencyNumber).toBe('000');
  });

  it('records when the screen was answered at intake, and nothing is due', async () => {
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: WALTER });
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: priya.cookie, payload: WALTER });
    const response = await get(walter);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      outcome: { status: 'clear', flagged: [] }, hold: null, emergencyNotice: false,
      review: { due: false, reasons: [] }, screenedAt: '2026-11-24T10:00:00.000Z', emergencyNumber: '999',
    });
  });

  it('answers 422 for questions left unanswered and for a go-ahead dated in the future', async () => {
    const { heart_condition: _left, ...unanswered } = ALL_NO;
    const missing = await put(walter, unanswered);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.field).toBe('heart_condition');
    const future = await put(walter, { ...ALL_NO, heart_condition: true, cleared_by_clinician: true, clearedOn: '2026-12-01' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.field).toBe('clearedOn');
  });

  it('a chest-pain stop left the plan unchanged → clearance week, emergency notice, screen due', async () => {
    expect((await get(walter, '/api/me/plan')).json().plan.weeklyMinutes.aerobic).toBeGreaterThan(0);
    test.clock.advance(3_600_000);
    const logged = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: stopLog('3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d', '2026-11-24T10:30:00.000Z', 'chest_pain') });
    expect(logged.statusCode).toBe(201);
    const status = (await get(walter)).json();
    expect(status).toMatchObject({
      outcome: { status: 'clearance_needed' }, hold: { reason: 'chest_pain', localDate: '2026-11-24' },
      emergencyNotice: true, review: { due: true, reasons: ['stop_sign'] },
    });
    const plan = (await get(walter, '/api/me/plan')).json().plan;
    expect(plan.reasons.map((r: { code: string }) => r.code).slice(0, 2)).toEqual(['plan_changed_stop_sign', 'clearance_needed']);
    expect(plan.weeklyMinutes).toMatchObject({ aerobic: 0, strengthening: 0 });
  });

  it('saving the profile with blank or fewer answers does not lift the hold (it gave a full week without a question answered)', async () => {
    for (const safety of [{}, { ...ALL_NO, heart_condition: undefined }]) {
      const saved = await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: { ...WALTER, safety } });
      expect(saved.statusCode).toBe(200);
      expect((await get(walter)).json()).toMatchObject({ outcome: { status: 'clearance_needed' }, hold: { reason: 'chest_pain' } });
      expect((await get(walter, '/api/me/plan')).json().plan.weeklyMinutes).toMatchObject({ aerobic: 0, strengthening: 0 });
    }
    const future = await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: { ...WALTER, safety: { ...ALL_NO, heart_condition: true, cleared_by_clinician: true, clearedOn: '2026-12-24' } } });
    expect(future.statusCode).toBe(422);
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: WALTER });
  });

  it('one person’s stop sign never reaches another’s plan', async () => {
    expect((await get(priya)).json()).toMatchObject({ hold: null, emergencyNotice: false, outcome: { status: 'clear' } });
  });

  it('lifts the hold once the questions are answered again, and gives the full week back', async () => {
    test.clock.advance(600_000);
    const response = await put(walter, ALL_NO);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ outcome: { status: 'clear' }, hold: null, emergencyNotice: false, review: { due: false } });
    const plan = (await get(walter, '/api/me/plan')).json().plan;
    expect(plan.reasons.map((r: { code: string }) => r.code)).not.toContain('clearance_needed');
  });

  it('a dizzy stop holds the plan without the emergency notice', async () => {
    await test.request({ method: 'POST', url: '/api/me/sessions', cookie: priya.cookie, payload: stopLog('4b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d', '2026-11-24T10:50:00.000Z', 'dizzy') });
    expect((await get(priya)).json()).toMatchObject({ outcome: { status: 'clearance_needed' }, hold: { reason: 'dizzy' }, emergencyNotice: false });
  });

  it('a check-in with something new, or pain in a new area, makes the screen due again', async () => {
    test.clock.advance(600_000);
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: walter.cookie, payload: { pain: 4, areas: ['knee', 'hip'], somethingNew: true } });
    expect((await get(walter)).json().review).toEqual({ due: true, reasons: ['something_new', 'new_pain_area'] });
    const listed = (await get(walter, '/api/me/checkins')).json().items[0];
    expect(listed).toMatchObject({ somethingNew: true, areas: ['knee', 'hip'] });
  });

  it('opens the plan after an urgent answer once a dated go-ahead is recorded', async () => {
    const urgent = await put(walter, { ...ALL_NO, cancer_or_weight_loss: true, cleared_by_clinician: false });
    expect(urgent.json().outcome).toEqual({ status: 'refer_urgent', flagged: ['cancer_or_weight_loss'] });
    expect((await get(walter, '/api/me/plan')).json().plan.status).toBe('refer');
    test.clock.advance(60_000);
    // A go-ahead from before the chest-pain stop, or from the same day (it may have come before
    // it), no longer counts; one from a later day does.
    for (const clearedOn of ['2026-11-20', '2026-11-24']) {
      const old = await put(walter, { ...ALL_NO, cancer_or_weight_loss: true, cleared_by_clinician: true, clearedOn });
      expect(old.json().outcome.status).toBe('refer_urgent');
    }
    test.clock.advance(86_400_000);
    const cleared = await put(walter, { ...ALL_NO, cancer_or_weight_loss: true, cleared_by_clinician: true, clearedOn: '2026-11-25' });
    expect(cleared.json().outcome.status).toBe('clear');
    expect((await get(walter, '/api/me/plan')).json().plan.status).toBe('ok');
  });


  it('keeps the time of the screen when the profile changes but the answers do not', async () => {
    const before = (await get(priya)).json().screenedAt;
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: priya.cookie, payload: { ...WALTER, minutesPerDay: 30 } });
    expect((await get(priya)).json()).toMatchObject({ screenedAt: before, hold: { reason: 'dizzy' } });
  });

  it('asks again 3 months after the screen was answered', async () => {
    test.clock.set('2027-02-26T12:00:00.000Z');
    // Sessions last 30 days: sign in again after the months go by.
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'walter@example.org', password: 'a calm walk by the river' } });
    const response = await get({ cookie: sessionCookieOf(login) });
    expect(response.json().review.reasons, response.body).toContain('three_months');
  });
});

describe.each(testDatabaseKinds().slice(0, 1))('the practice’s emergency number on $name', (kind) => {
  it('replaces the one guessed from the time zone', async () => {
    const test = await startTestApp(kind, { EMERGENCY_NUMBER: '144' });
    const walter = await signUpPerson(test, 'walter@example.org', { timeZone: 'Europe/London' });
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: walter.cookie })).json().emergencyNumber).toBe('144');
    await test.close();
  });
});
