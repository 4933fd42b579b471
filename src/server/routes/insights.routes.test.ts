// Insights route on every database kind: 401; 400 per bad field; silent below 14 days;
// with 60 days of journal, patterns in the shape of the issue, each with size, interval and n;
// days above plan counted from pacing even when the week was never opened; what helped from the
// check-ins' detail, shown at 5 ratings and not at 4, with the later rating taken when given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

describe.each(testDatabaseKinds())('insights route on $name', (kind) => {
  let test: TestApp;
  let lena: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpPerson(test, 'lena@example.org');
  });
  afterAll(async () => test.close());

  it('answers 401 without a session', async () => {
    expect((await test.request({ method: 'GET', url: '/api/me/insights' })).statusCode).toBe(401);
  });

  it.each([['?from=2026-13-01', 'from'], ['?to=yesterday', 'to'], ['?from=2026-11-20&to=2026-11-01', 'to'], ['?days=7', undefined]])(
    'answers 400 for %s', async (query, field) => {
      const response = await test.request({ method: 'GET', url: `/api/me/insights${query}`, cookie: lena.cookie });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe(field);
    },
  );

  it('says what it needs before 14 days of check-ins, and claims nothing', async () => {
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: lena.cookie, payload: { pain: 4 } });
    const body = (await test.request({ method: 'GET', url: '/api/me/insights', cookie: lena.cookie })).json();
    expect(body.status).toBe('not_enough_data');
    expect(body.needs).toMatchObject({ checkinDays: 1, required: 14 });
    expect(body.patterns.every((p: { claimed: boolean }) => !p.claimed)).toBe(true);
  });

  it('reports patterns with size, interval and days after 60 days of journal', async () => {
    const start = '2026-09-26';
    for (let i = 0; i < 60; i++) {
      const day = addDays(start, i);
      const pain = 4 + (i % 3);
      await test.request({ method: 'POST', url: '/api/me/checkins', cookie: lena.cookie, payload: { pain, sleep: i % 4 === 0 ? 3 : 7, at: `${day}T08:00:00.000Z` } });
      if (i % 2 === 0) {
        await test.request({
          method: 'POST', url: '/api/me/sessions', cookie: lena.cookie,
          payload: { clientId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, startedAt: `${day}T09:00:00.000Z`, painBefore: pain, painAfter: pain - 1, items: [{ exerciseId: 'walk-home-laps', minutes: 10, status: 'done' }] },
        });
      }
    }
    const response = await test.request({ method: 'GET', url: '/api/me/insights?from=2026-09-26&to=2026-11-24', cookie: lena.cookie });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    const session = body.patterns.find((p: { code: string; pillar?: string }) => p.code === 'session_effect' && !p.pillar);
    expect(session).toMatchObject({ effect: -1, n: 30, claimed: true });
    expect(session.ci[0]).toBeLessThanOrEqual(-1);
    expect(session.ci[1]).toBeGreaterThanOrEqual(-1);
    for (const pattern of body.patterns) expect(pattern.message).not.toMatch(/\bcause/i);
    expect(body.trends.series.pain.length).toBe(60);
  });

  it('counts days above plan from pacing when the person logs walks but never opens their week', async () => {
    // Seen: 0 days counted over 60 days of logs, because only stored weeks said what was planned.
    const walker = await signUpPerson(test, 'walker@example.org');
    const start = '2026-09-26';
    for (let i = 0; i < 60; i++) {
      const day = addDays(start, i);
      await test.request({ method: 'POST', url: '/api/me/checkins', cookie: walker.cookie, payload: { pain: 4 + (i % 2), at: `${day}T08:00:00.000Z` } });
      const minutes = i % 4 === 3 ? 30 : 10;
      await test.request({
        method: 'POST', url: '/api/me/sessions', cookie: walker.cookie,
        payload: { clientId: `00000000-0000-4000-8000-1${String(i).padStart(11, '0')}`, startedAt: `${day}T09:00:00.000Z`, painBefore: 4, painAfter: 4, items: [{ exerciseId: 'walk-home-laps', minutes, status: 'done' }] },
      });
    }
    const body = (await test.request({ method: 'GET', url: '/api/me/insights?from=2026-09-26&to=2026-11-24', cookie: walker.cookie })).json();
    const overQuota = body.patterns.find((p: { code: string }) => p.code === 'next_day_over_quota');
    expect(overQuota.groups.a).toBeGreaterThanOrEqual(10);
    expect(overQuota.groups.b).toBeGreaterThanOrEqual(30);
    expect(overQuota.n).toBe(overQuota.groups.a + overQuota.groups.b);
  });

  it('shows what helped from 5 ratings, not at 4, taking the later rating when given', async () => {
    const rosa = await signUpPerson(test, 'rosa@example.org');
    const relief = (helped: number, helpedLater: number | null = null) => ({ relief: [{ kind: 'heat', helped, helpedLater }] });
    const post = (i: number, detail: object) =>
      test.request({ method: 'POST', url: '/api/me/checkins', cookie: rosa.cookie, payload: { pain: 5, areas: ['lower_back'], at: `${addDays('2026-11-01', i)}T08:00:00.000Z`, detail } });
    const heatOf = async () => {
      const response = await test.request({ method: 'GET', url: '/api/me/insights?from=2026-11-01&to=2026-11-24', cookie: rosa.cookie });
      expect(response.statusCode).toBe(200);
      return response.json().journal.relief.find((r: { kind: string }) => r.kind === 'heat');
    };
    for (const [i, [helped, later]] of ([[6, null], [7, null], [5, 8], [6, null]] as const).entries()) {
      expect((await post(i, relief(helped, later))).statusCode).toBe(201);
    }
    expect(await heatOf()).toEqual({ kind: 'heat', n: 4, required: 5, mean: null, ci: null, later: 1, atTheTime: 3 });
    expect((await post(4, { ...relief(7), triggers: ['sitting'] })).statusCode).toBe(201);
    const heat = await heatOf();
    expect(heat).toMatchObject({ kind: 'heat', n: 5, mean: 6.8, later: 1, atTheTime: 4 });
    expect(heat.ci[0]).toBeLessThan(6.8);
    expect(heat.ci[1]).toBeGreaterThan(6.8);
  });

  it('answers an empty journal section for check-ins without detail', async () => {
    const body = (await test.request({ method: 'GET', url: '/api/me/insights?from=2026-09-26&to=2026-11-24', cookie: lena.cookie })).json();
    expect(body.journal).toEqual({ detailDays: 0, regions: [], nerve: null, triggers: null, relief: [] });
  });
});
