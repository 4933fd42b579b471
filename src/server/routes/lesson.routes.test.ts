// Lesson and flare-plan routes on every database kind. Dimensions: 401 without a session; 400 per
// field (lesson id, each flare-plan field); the offering after reads, "not now", a flare and a
// chest-pain stop; the daily cap of events; the flare plan written, read, emptied and deleted;
// each person's data their own. (No 404 walk: these are /api/me routes, on no one else's data.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { LESSON_EVENTS_PER_DAY } from '../services/lesson.service.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const DAY = 86_400_000;
const PLAN = {
  helps: ['rest', 'heat'],
  helpsOwnWords: 'A warm shower and my audiobook',
  firstDays: 'Short walks around the house, every hour',
  stopDoing: 'Gardening and the long drive to work',
  tellWho: 'Sam',
  tellAsk: 'Take the dog out in the mornings',
  callDoctor: 'If the pain does not ease after a week',
};
const STOPPED_SESSION = {
  clientId: '3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d',
  startedAt: '2026-11-24T07:30:00.000Z',
  painBefore: 4,
  painAfter: null,
  partial: true,
  stopReason: 'chest_pain',
  items: [{ exerciseId: BUILTIN_EXERCISES[0]?.id ?? 'missing', holdSeconds: 30, sets: 1, reps: 3, status: 'done', feedback: 'right' }],
};

describe.each(testDatabaseKinds())('lesson and flare-plan routes on $name', (kind) => {
  let test: TestApp;
  let ada: { cookie: string; id: string };
  let ben: { cookie: string; id: string };
  const get = (cookie: string, url: string) => test.request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string) => test.request({ method: 'POST', url, cookie });
  beforeAll(async () => {
    test = await startTestApp(kind);
    ada = await signUpPerson(test, 'ada@example.org', { timeZone: 'Europe/London' });
    ben = await signUpPerson(test, 'ben@example.org', { timeZone: 'America/Chicago' });
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me/lessons'],
    ['POST', '/api/me/lessons/sleep/read'],
    ['POST', '/api/me/lessons/sleep/later'],
    ['GET', '/api/me/flare-plan'],
    ['PUT', '/api/me/flare-plan'],
    ['DELETE', '/api/me/flare-plan'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: method === 'PUT' ? PLAN : undefined });
    expect(response.statusCode).toBe(401);
  });

  it('gives a clinician before the second factor nothing, and has no way in for a linked clinician', async () => {
    const halfway = await signUpStaff(test, 'half@example.org', 'clinician');
    await test.database.db.updateTable('auth_sessions').set({ second_factor_at: null }).where('user_id', '=', halfway.id).execute();
    const answers = await Promise.all([
      get(halfway.cookie, '/api/me/lessons'),
      post(halfway.cookie, '/api/me/lessons/sleep/read'),
      get(halfway.cookie, '/api/me/flare-plan'),
      test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: halfway.cookie, payload: PLAN }),
    ]);
    // Refused at the edge until the authenticator is passed, like every other route.
    expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403]);
    const lena = await signUpStaff(test, 'lena-lessons@example.org', 'clinician');
    for (const path of ['lessons', 'flare-plan']) expect((await get(lena.cookie, `/api/patients/${ada.id}/${path}`)).statusCode).toBe(404);
  });

  it.each([['read'], ['later']])('marking an unknown lesson %s answers 400 naming lessonId', async (what) => {
    const response = await post(ada.cookie, `/api/me/lessons/moon_landing/${what}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('lessonId');
  });

  it.each([
    ['helps', ['massage']],
    ['helps', ['heat', 'heat']],
    ['firstDays', 'x'.repeat(601)],
    ['tellWho', 'Sam\u0007'],
    ['callDoctor', 12],
    ['extra', 'not a field'],
  ])('a flare plan with a bad %s answers 400 naming it', async (field, value) => {
    const response = await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: ada.cookie, payload: { ...PLAN, [field]: value } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field ?? '').toContain(field === 'extra' ? '' : field);
  });

  it('offers the first lesson, then none for a few days after a read, then the next', async () => {
    expect((await get(ada.cookie, '/api/me/lessons')).json()).toEqual({ offered: { lessonId: 'hurt_is_not_harm', reason: 'next_in_order' }, read: [] });
    const read = await post(ada.cookie, '/api/me/lessons/hurt_is_not_harm/read');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      offered: null,
      read: [{ lessonId: 'hurt_is_not_harm', firstReadAt: '2026-11-24T10:00:00.000Z', lastReadAt: '2026-11-24T10:00:00.000Z' }],
    });
    test.clock.advance(3 * DAY + 60_000);
    expect((await get(ada.cookie, '/api/me/lessons')).json().offered).toEqual({ lessonId: 'why_movement_helps', reason: 'next_in_order' });
  });

  it('records a second read with its own time, and "not now" moves on to the next lesson', async () => {
    const again = (await post(ada.cookie, '/api/me/lessons/hurt_is_not_harm/read')).json();
    expect(again.read[0]).toMatchObject({ firstReadAt: '2026-11-24T10:00:00.000Z', lastReadAt: test.clock.now() });
    test.clock.advance(3 * DAY + 60_000);
    const later = await post(ada.cookie, '/api/me/lessons/why_movement_helps/later');
    expect(later.statusCode).toBe(200);
    expect(later.json().offered).toEqual({ lessonId: 'pacing_boom_bust', reason: 'next_in_order' });
  });

  it('offers the flare lesson after a flare, even within days of a read', async () => {
    await post(ada.cookie, '/api/me/lessons/pacing_boom_bust/read');
    expect((await get(ada.cookie, '/api/me/lessons')).json().offered).toBeNull();
    const flare = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: ada.cookie, payload: { pain: 7, flare: true } });
    expect(flare.statusCode).toBe(201);
    expect((await get(ada.cookie, '/api/me/lessons')).json().offered).toEqual({ lessonId: 'flare_ups', reason: 'after_flare' });
    await post(ada.cookie, '/api/me/lessons/flare_ups/read');
    expect((await get(ada.cookie, '/api/me/lessons')).json().offered).toBeNull();
  });

  it('offers the chest-pain lesson after a session stopped for chest pain; "not now" hides it for a day only', async () => {
    test.clock.set('2026-11-24T10:00:00.000Z');
    const stopped = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: ben.cookie, payload: STOPPED_SESSION });
    expect(stopped.statusCode).toBe(201);
    expect((await get(ben.cookie, '/api/me/lessons')).json().offered).toEqual({ lessonId: 'chest_pain', reason: 'after_chest_pain_stop' });
    expect((await post(ben.cookie, '/api/me/lessons/chest_pain/later')).json().offered).toEqual({ lessonId: 'hurt_is_not_harm', reason: 'next_in_order' });
    test.clock.advance(DAY + 60_000);
    expect((await get(ben.cookie, '/api/me/lessons')).json().offered).toEqual({ lessonId: 'chest_pain', reason: 'after_chest_pain_stop' });
    expect((await post(ben.cookie, '/api/me/lessons/chest_pain/read')).json().offered).toBeNull();
  });

  it(`refuses more than ${LESSON_EVENTS_PER_DAY} lesson events a day with 429 and plain words, and keeps the others' apart`, async () => {
    const at = test.clock.now();
    const rows = Array.from({ length: LESSON_EVENTS_PER_DAY }, (_, i) => ({ id: `cap-${String(i).padStart(4, '0')}`, user_id: ben.id, lesson_id: 'sleep', kind: 'read', at }));
    await test.database.db.insertInto('lesson_events').values(rows).execute();
    const refused = await post(ben.cookie, '/api/me/lessons/sleep/read');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/tomorrow/);
    expect((await post(ada.cookie, '/api/me/lessons/sleep/later')).statusCode).toBe(200);
    test.clock.advance(DAY + 1);
    expect((await post(ben.cookie, '/api/me/lessons/sleep/read')).statusCode).toBe(200);
  });

  it('skips a stored event of a lesson no longer in the catalog instead of failing', async () => {
    const carl = await signUpPerson(test, 'carl@example.org');
    await test.database.db.insertInto('lesson_events').values({ id: 'retired-1', user_id: carl.id, lesson_id: 'a_retired_lesson', kind: 'read', at: test.clock.now() }).execute();
    const response = await get(carl.cookie, '/api/me/lessons');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ offered: { lessonId: 'hurt_is_not_harm', reason: 'next_in_order' }, read: [] });
  });

  it('has no flare plan at first, and DELETE answers 204 even then', async () => {
    expect((await get(ada.cookie, '/api/me/flare-plan')).json()).toEqual({ plan: null });
    expect((await test.request({ method: 'DELETE', url: '/api/me/flare-plan', cookie: ada.cookie })).statusCode).toBe(204);
  });

  it('writes a flare plan (what helps in the list’s order, words trimmed), reads it back and rewrites it', async () => {
    const put = await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: ada.cookie, payload: { ...PLAN, tellWho: '  Sam  ', tellAsk: '   ' } });
    expect(put.statusCode).toBe(200);
    const expected = { ...PLAN, helps: ['heat', 'rest'], tellWho: 'Sam', tellAsk: null, updatedAt: test.clock.now() };
    expect(put.json()).toEqual({ plan: expected });
    expect((await get(ada.cookie, '/api/me/flare-plan')).json()).toEqual({ plan: expected });
    expect((await get(ben.cookie, '/api/me/flare-plan')).json()).toEqual({ plan: null });
    test.clock.advance(60_000);
    const rewrite = await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: ada.cookie, payload: { helps: ['breathing'] } });
    expect(rewrite.json().plan).toEqual({ helps: ['breathing'], helpsOwnWords: null, firstDays: null, stopDoing: null, tellWho: null, tellAsk: null, callDoctor: null, updatedAt: test.clock.now() });
  });

  it('deletes the plan when an empty one is written, and on DELETE', async () => {
    const emptied = await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: ada.cookie, payload: { helps: [], firstDays: '  ' } });
    expect(emptied.statusCode).toBe(200);
    expect(emptied.json()).toEqual({ plan: null });
    expect((await get(ada.cookie, '/api/me/flare-plan')).json()).toEqual({ plan: null });
    await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: ada.cookie, payload: PLAN });
    expect((await test.request({ method: 'DELETE', url: '/api/me/flare-plan', cookie: ada.cookie })).statusCode).toBe(204);
    expect((await get(ada.cookie, '/api/me/flare-plan')).json()).toEqual({ plan: null });
  });
});
