// Plan and pacing routes on every database kind: 401 without a session; the public preview
// with 400 per field and the refer answer; this week stored and steady; rebuilt and explained
// after a bad day, a profile change or a flare; pacing in the shape of the issue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const WALTER = {
  painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
  minutesPerDay: 20, daysPerWeek: 5, preferredTimes: ['morning', 'evening'], equipment: ['chair', 'pool', 'resistance_band'],
  likes: ['walking', 'water_exercise'], painToday: 4, safety: { heart_condition: false }, age: 71,
};

describe.each(testDatabaseKinds())('plan routes on $name', (kind) => {
  let test: TestApp;
  let walter: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    walter = await signUpPerson(test, 'walter@example.org', { timeZone: 'Europe/London' });
  });
  afterAll(async () => test.close());

  it.each([['GET', '/api/me/plan'], ['POST', '/api/me/plan/bad-day'], ['DELETE', '/api/me/plan/bad-day'], ['GET', '/api/me/pacing']] as const)(
    '%s %s answers 401 without a session', async (method, url) => {
      expect((await test.request({ method, url })).statusCode).toBe(401);
    },
  );

  it('previews a plan for anyone, without storing anything', async () => {
    const response = await test.request({ method: 'POST', url: '/api/plans/preview', payload: WALTER });
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan.status).toBe('ok');
    expect(plan.days).toHaveLength(7);
    expect(plan.days.filter((d: { sessions: unknown[] }) => d.sessions.length > 0).length).toBeLessThanOrEqual(5);
  });

  it.each([['minutesPerDay', 200], ['mobility', 'flying'], ['safety', { chest_pain_rest: 'maybe' }]])(
    'a preview with a bad %s answers 400 naming it', async (field, value) => {
      const response = await test.request({ method: 'POST', url: '/api/plans/preview', payload: { ...WALTER, [field]: value } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field?.split('.')[0]).toBe(field);
    },
  );

  it('refers instead of planning past an emergency answer', async () => {
    const response = await test.request({ method: 'POST', url: '/api/plans/preview', payload: { ...WALTER, safety: { saddle_numbness: true } } });
    expect(response.json()).toMatchObject({ status: 'refer', reasons: [{ code: 'refer_emergency' }] });
    expect(response.json()).not.toHaveProperty('days');
  });

  it('answers 404 before intake, then keeps this week steady', async () => {
    expect((await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie })).statusCode).toBe(404);
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: WALTER });
    const first = await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ today: '2026-11-24', badDay: false, plan: { status: 'ok', weekStart: '2026-11-23' } });
    test.clock.advance(3_600_000);
    const again = await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie });
    expect(again.json().plan).toEqual(first.json().plan);
  });

  it('turns today into its gentle version on a bad day, says why, and can take it back', async () => {
    const before = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie })).json();
    expect(before.plan.days[1]).toMatchObject({ date: '2026-11-24', kind: 'active' });
    const marked = await test.request({ method: 'POST', url: '/api/me/plan/bad-day', cookie: walter.cookie });
    expect(marked.statusCode).toBe(200);
    const body = marked.json();
    expect(body.badDay).toBe(true);
    expect(body.plan.days[1].kind).toBe('flare');
    expect(body.plan.reasons[0].code).toBe('plan_changed_bad_day');
    const undone = await test.request({ method: 'DELETE', url: '/api/me/plan/bad-day', cookie: walter.cookie });
    expect(undone.json().badDay).toBe(false);
    expect(undone.json().plan.reasons[0].code).toBe('plan_changed_bad_day_undone');
    expect(undone.json().plan.days[1].kind).toBe('active');
  });

  it('rebuilds the week after a profile change and says so', async () => {
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: walter.cookie, payload: { ...WALTER, minutesPerDay: 30 } });
    const response = await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie });
    expect(response.json().plan.reasons[0].code).toBe('plan_changed_profile');
  });

  it('shows pacing in the shape of the issue, with names a person knows', async () => {
    const walk = 'walk-home-laps';
    for (const [i, day] of ['2026-11-20', '2026-11-21', '2026-11-22'].entries()) {
      await test.request({
        method: 'POST', url: '/api/me/sessions', cookie: walter.cookie,
        payload: { clientId: `3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4${i}`, startedAt: `${day}T09:00:00.000Z`, painBefore: 3, painAfter: 3, items: [{ exerciseId: walk, minutes: 10, status: 'done' }] },
      });
    }
    // Each walk is known calm on the next morning's check-in; the third one on 23 November.
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
      await test.request({ method: 'POST', url: '/api/me/checkins', cookie: walter.cookie, payload: { pain: 3, at: `${day}T07:00:00.000Z` } });
    }
    const response = await test.request({ method: 'GET', url: '/api/me/pacing', cookie: walter.cookie });
    expect(response.statusCode).toBe(200);
    const pacing = response.json();
    expect(pacing.mode).toBe('normal');
    const walking = pacing.quotas.find((q: { activity: string }) => q.activity === 'aerobic:walking');
    expect(walking).toMatchObject({ unit: 'minutes', value: 8, baseline: 10, label: 'Walking' });
    const walkingChanges = pacing.changes.filter((c: { activity: string }) => c.activity === 'aerobic:walking');
    expect(walkingChanges.map((c: { code: string }) => c.code)).toEqual(['baseline_set', 'start_small']);
    expect(walkingChanges[0]).toMatchObject({ at: '2026-11-23', from: 5, to: 8, label: 'Walking', message: expect.stringContaining('Walking 5 → 8 min') });
  });

  it('gives today its gentle version after a check-in with high pain, and says why', async () => {
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: walter.cookie, payload: { pain: 8 } });
    const plan = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie })).json().plan;
    expect(['plan_changed_pain_today', 'plan_changed_flare']).toContain(plan.reasons[0].code);
    expect(plan.days[1].kind).toBe('flare');
  });

  it('eases the week after a flare and explains it', async () => {
    test.clock.advance(60_000);
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: walter.cookie, payload: { pain: 8, flare: true } });
    const pacing = (await test.request({ method: 'GET', url: '/api/me/pacing', cookie: walter.cookie })).json();
    expect(pacing.mode).toBe('flare');
    const plan = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: walter.cookie })).json().plan;
    expect(plan.reasons[0].code).toBe('plan_changed_flare');
  });
});
