// POST /api/plans/simulate on the real app: public (no account, nothing stored); 400 naming each
// bad field; a referral instead of weeks when the screen needs a clinician; weeks of minutes,
// quotas and reasons; 26 weeks answer fast; rate-limited like every public route; in OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { startTestApp, type TestApp } from '../testing.js';

const MAYA = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: ['chair', 'mat'],
  likes: ['walking', 'yoga'], painToday: 4, safety: { heart_condition: false }, age: 44,
};
const CALM = { adherence: 1, painBefore: 3, painAfterChange: 0 };
const BODY = { profile: MAYA, weeks: 4, behaviour: CALM };
const URL = '/api/plans/simulate';

describe('POST /api/plans/simulate', () => {
  let test: TestApp;
  beforeAll(async () => {
    const [sqlite] = testDatabaseKinds();
    if (!sqlite) throw new Error('no database kind');
    test = await startTestApp(sqlite);
  });
  afterAll(async () => test.close());

  it.each([
    ['weeks', { ...BODY, weeks: 0 }],
    ['weeks', { ...BODY, weeks: 27 }],
    ['weeks', { ...BODY, weeks: 2.5 }],
    ['behaviour.adherence', { ...BODY, behaviour: { ...CALM, adherence: 1.5 } }],
    ['behaviour.painBefore', { ...BODY, behaviour: { ...CALM, painBefore: 11 } }],
    ['behaviour.flareOnDays', { ...BODY, behaviour: { ...CALM, flareOnDays: [0] } }],
    ['behaviour.breakDays', { ...BODY, behaviour: { ...CALM, breakDays: [9, 3] } }],
    ['profile.minutesPerDay', { ...BODY, profile: { ...MAYA, minutesPerDay: 200 } }],
    ['profile.mobility', { ...BODY, profile: { ...MAYA, mobility: 'flying' } }],
    ['profile', { weeks: 4, behaviour: CALM }],
    ['behaviour', { profile: MAYA, weeks: 4 }],
  ])('answers 400 naming %s', async (field, payload) => {
    const response = await test.request({ method: 'POST', url: URL, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
  });

  it('answers 400, never 5xx, to a body that is not an object', async () => {
    for (const payload of ['null', '[]', '"weeks"']) {
      const response = await test.request({ method: 'POST', url: URL, payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
    }
  });

  it('refers instead of simulating past an emergency answer', async () => {
    const payload = { ...BODY, profile: { ...MAYA, safety: { chest_pain_rest: true } } };
    const response = await test.request({ method: 'POST', url: URL, payload });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'refer', reasons: [{ code: 'refer_emergency' }] });
    expect(response.json()).not.toHaveProperty('weeks');
  });

  it('tells each week: daily minutes, quotas with names, and changes with reasons', async () => {
    const response = await test.request({ method: 'POST', url: URL, payload: BODY });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.weeks).toHaveLength(4);
    expect(body.weeks[0]).toMatchObject({ week: 1, weekStart: '2026-11-23' });
    expect(body.weeks[0].days.map((d: { day: number }) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(body.weeks[0].days[0].plannedMinutes).toBeGreaterThan(0);
    expect(body.weeks[0].days[0].realMinutes).toBeGreaterThan(0);
    expect(body.weeks[3].quotas).toContainEqual(expect.objectContaining({ activity: 'aerobic:walking', label: 'Walking' }));
    expect(body.weeks[0].changes[0]).toMatchObject({ code: 'start_small', message: expect.any(String) });
  });

  it('gives the same answer to the same request, and stores nothing', async () => {
    const payload = { ...BODY, behaviour: { ...CALM, adherence: 0.5, flareOnDays: [10], breakDays: [15, 20] }, seed: 7 };
    const first = await test.request({ method: 'POST', url: URL, payload });
    const again = await test.request({ method: 'POST', url: URL, payload });
    expect(again.json()).toEqual(first.json());
    expect(first.json().weeks[1].days[2].mode).toBe('flare');
    const rows = await test.database.db.selectFrom('weekly_plans').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('answers 26 weeks fast', async () => {
    const started = performance.now();
    const response = await test.request({ method: 'POST', url: URL, payload: { ...BODY, weeks: 26, profile: { ...MAYA, minutesPerDay: 90, daysPerWeek: 7 } } });
    const ms = performance.now() - started;
    expect(response.statusCode).toBe(200);
    expect(response.json().weeks).toHaveLength(26);
    expect(ms).toBeLessThan(2_000);
  });

  it('is listed in the OpenAPI document as public', async () => {
    const document = (await test.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.paths[URL]?.post).toBeDefined();
  });
});

describe('POST /api/plans/simulate under the rate limit', () => {
  it('answers 429 past the limit, like every public route', async () => {
    const [sqlite] = testDatabaseKinds();
    if (!sqlite) throw new Error('no database kind');
    const test = await startTestApp(sqlite, { RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await test.request({ method: 'POST', url: URL, payload: { ...BODY, weeks: 1 } })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await test.close();
    }
  });
});
