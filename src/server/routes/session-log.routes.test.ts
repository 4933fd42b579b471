// Session log routes on every database kind: 401; 400 per field; 422 for an exercise that is
// not in the library or a start in the future; idempotent clientId; only the owner's logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const exerciseId = BUILTIN_EXERCISES[0]?.id ?? 'missing';
const LOG = {
  clientId: '3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d',
  startedAt: '2026-11-24T07:30:00.000Z',
  painBefore: 4,
  painAfter: 5,
  items: [{ exerciseId, holdSeconds: 30, sets: 1, reps: 3, status: 'done', feedback: 'right' }],
};

describe.each(testDatabaseKinds())('session log routes on $name', (kind) => {
  let test: TestApp;
  let walter: { cookie: string; id: string };
  let priya: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    walter = await signUpPerson(test, 'walter@example.org', { timeZone: 'America/Chicago' });
    priya = await signUpPerson(test, 'priya@example.org');
  });
  afterAll(async () => test.close());

  it.each([['POST'], ['GET']] as const)('%s /api/me/sessions answers 401 without a session', async (method) => {
    const response = await test.request({ method, url: '/api/me/sessions', payload: method === 'POST' ? LOG : undefined });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['clientId', { clientId: 'x' }],
    ['startedAt', { startedAt: 'this morning' }],
    ['startedAt', { startedAt: '0099-06-01T00:00:00.000Z' }],
    ['painBefore', { painBefore: 11 }],
    ['painAfter', { painAfter: -1 }],
    ['items', { items: [] }],
    ['items.0.status', { items: [{ exerciseId, status: 'finished' }] }],
    ['items.0.feedback', { items: [{ exerciseId, status: 'done', feedback: 'meh' }] }],
    ['items.0.reps', { items: [{ exerciseId, status: 'done', reps: -3 }] }],
    ['items.0.exerciseId', { items: [{ exerciseId: 'Not An Id', status: 'done' }] }],
    ['items.0.planned.minutes', { items: [{ exerciseId, status: 'done', planned: { minutes: -1 } }] }],
    ['items.0.eased.holdSeconds', { items: [{ exerciseId, status: 'easier', eased: { holdSeconds: -10 } }] }],
    ['items.0.eased.from', { items: [{ exerciseId, status: 'easier', eased: { from: 'Not An Id' } }] }],
    ['items.0.eased', { items: [{ exerciseId, status: 'easier', eased: { slower: true } }] }],
    ['stopReason', { partial: true, stopReason: 'heartache' }],
    ['stopReason', { stopReason: 'chest_pain' }],
    ['painAfter', { painAfter: null }],
    ['items', { toleranceTest: true, items: [{ exerciseId, status: 'done', reps: 3 }] }],
  ])('answers 400 naming %s', async (field, change) => {
    const response = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: { ...LOG, ...change } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 422 for an exercise the library does not have, and for a future start', async () => {
    const unknown = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: { ...LOG, items: [{ exerciseId: 'moon-walk', status: 'done' }] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.field).toBe('items.0.exerciseId');
    const future = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: { ...LOG, startedAt: '2026-12-24T07:30:00.000Z' } });
    expect(future.statusCode).toBe(422);
  });

  it('stores one log for a clientId sent twice, under the person’s own day', async () => {
    const first = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: LOG });
    const again = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: walter.cookie, payload: LOG });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(first.json()).toMatchObject({ localDate: '2026-11-24', partial: false, painBefore: 4, painAfter: 5 });
    const list = await test.request({ method: 'GET', url: '/api/me/sessions?from=2026-11-01&to=2026-11-30', cookie: walter.cookie });
    expect(list.json().items).toHaveLength(1);
  });

  it('keeps a stop reason, and an unknown pain after for a session left partway (not "no change")', async () => {
    const stopped = await test.request({
      method: 'POST', url: '/api/me/sessions', cookie: walter.cookie,
      payload: { ...LOG, clientId: '3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c5e', painAfter: null, partial: true, stopReason: 'chest_pain', items: [{ ...LOG.items[0], planned: { holdSeconds: 30, reps: 3 } }] },
    });
    expect(stopped.statusCode).toBe(201);
    expect(stopped.json()).toMatchObject({ painAfter: null, partial: true, stopReason: 'chest_pain', toleranceTest: false, items: [{ planned: { holdSeconds: 30, reps: 3 } }] });
    const list = await test.request({ method: 'GET', url: '/api/me/sessions?from=2026-11-01&to=2026-11-30', cookie: walter.cookie });
    expect(list.json().items.find((l: { stopReason: string | null }) => l.stopReason === 'chest_pain')).toMatchObject({ painAfter: null });
  });

  it('keeps what "make it easier" became, for pacing and the next week to read', async () => {
    const dan = await signUpPerson(test, 'dan.eased@example.org');
    const eased = [
      { exerciseId, holdSeconds: 20, sets: 1, reps: 3, status: 'easier', eased: { holdSeconds: 20 }, planned: { holdSeconds: 30, reps: 3 } },
      { exerciseId, status: 'easier', eased: { rest: true } },
    ];
    const saved = await test.request({ method: 'POST', url: '/api/me/sessions', cookie: dan.cookie, payload: { ...LOG, items: eased } });
    expect(saved.statusCode).toBe(201);
    const list = await test.request({ method: 'GET', url: '/api/me/sessions?from=2026-11-01&to=2026-11-30', cookie: dan.cookie });
    expect(list.json().items[0].items).toMatchObject([{ eased: { holdSeconds: 20 } }, { eased: { rest: true } }]);
  });

  it('keeps each person’s logs to themselves', async () => {
    await test.request({ method: 'POST', url: '/api/me/sessions', cookie: priya.cookie, payload: { ...LOG, partial: true } });
    const priyas = await test.request({ method: 'GET', url: '/api/me/sessions', cookie: priya.cookie });
    expect(priyas.json().items).toHaveLength(1);
    expect(priyas.json().items[0].partial).toBe(true);
    const walters = await test.request({ method: 'GET', url: '/api/me/sessions', cookie: walter.cookie });
    expect(walters.json().items).toHaveLength(2);
    expect(walters.json().items.every((l: { partial: boolean; stopReason: string | null }) => l.partial === (l.stopReason !== null))).toBe(true);
  });
});
