// The custom-exercise routes on every database kind (issue 11): each walks 401 → 400 per field →
// 404 (a person on a clinician route, another clinician on a private exercise, an edit by anyone
// but the author) → 200/201/204; deleting keeps the name for history. Photos in
// custom-exercise-photo.routes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { CHAIR_STAND, includeFor } from './custom-exercise.test-data.js';

type Who = { cookie: string; id: string };
const E = '/api/practice/exercises';
const SOME = 'c-00000000-0000-4000-8000-000000000000';

describe.each(testDatabaseKinds())('custom-exercise routes on $name', (kind) => {
  let test: TestApp;
  let lena: Who;
  let omar: Who;
  let walter: Who;
  const call = (who: Who | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload === undefined ? {} : { payload: payload as object }) });
  const create = async (who: Who, extra: Record<string, unknown> = {}) => {
    const response = await call(who, 'POST', E, { ...CHAIR_STAND, ...extra });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; name: string }>();
  };
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    walter = await signUpPerson(test, 'walter@example.org', { name: 'Walter' });
  });
  afterAll(async () => test.close());

  const ROUTES = [
    ['GET', E], ['POST', E], ['GET', `${E}/${SOME}`], ['PUT', `${E}/${SOME}`], ['DELETE', `${E}/${SOME}`], ['DELETE', `${E}/${SOME}/photo`],
  ] as const;

  it.each(ROUTES)('%s %s answers 401 without a session and 404 to a person', async (method, url) => {
    expect((await call(null, method, url, method === 'POST' || method === 'PUT' ? CHAIR_STAND : undefined)).statusCode).toBe(401);
    expect((await call(walter, method, url, method === 'POST' || method === 'PUT' ? CHAIR_STAND : undefined)).statusCode).toBe(404);
  });

  it.each([
    ['name', { name: '' }],
    ['pillar', { pillar: 'dancing' }],
    ['positions', { positions: [] }],
    ['level', { level: 4 }],
    ['dose', { dose: {} }],
    ['dose.reps', { dose: { reps: 500 } }],
    ['steps', { steps: ['One.', 'Two.'] }],
    ['steps.1', { steps: ['One.', '', 'Three.'] }],
    ['breathing', { breathing: ' ' }],
    ['stopIf', { stopIf: 'x'.repeat(301) }],
    ['cautionNote', { avoidWith: ['osteoporosis'], cautionNote: null }],
    ['easier', { easier: 'Not An Id' }],
    ['poseFrom', { poseFrom: undefined }],
    ['shared', { shared: 'yes' }],
  ])('POST answers 400 naming %s', async (field, change) => {
    const response = await call(lena, 'POST', E, { ...CHAIR_STAND, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 400 for an id that is not a custom exercise id', async () => {
    const response = await call(lena, 'GET', `${E}/wall-push-up`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('id');
  });

  it.each([
    ['poseFrom', { poseFrom: 'no-such-exercise' }],
    ['harder', { harder: SOME }],
  ])('POST answers 422 when %s names no exercise the clinician may use', async (field, change) => {
    const response = await call(lena, 'POST', E, { ...CHAIR_STAND, ...change });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe(field);
  });

  it('writes an exercise with a c- id, the pose copied, private to its author', async () => {
    const made = await create(lena, { harder: 'wall-push-up' });
    expect(made.id).toMatch(/^c-[0-9a-f-]{36}$/);
    const got = await call(lena, 'GET', `${E}/${made.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ source: 'custom', name: CHAIR_STAND.name, mine: true, shared: false, authorName: 'Lena', photo: null, harder: 'wall-push-up', poseFrom: 'sit-to-stand' });
    expect(got.json().illustration).toMatch(new RegExp(`^/illustrations/${made.id}\\.svg\\?v=`));
    expect((await call(omar, 'GET', `${E}/${made.id}`)).statusCode).toBe(404);
    const omarsList = (await call(omar, 'GET', E)).json<{ items: { id: string }[] }>().items.map((e) => e.id);
    expect(omarsList).not.toContain(made.id);
    expect((await call(lena, 'GET', E)).json<{ items: { id: string }[] }>().items.map((e) => e.id)).toContain(made.id);
  });

  it('shares with the practice: others see and may use it, only the author changes or deletes it', async () => {
    const made = await create(lena, { shared: true });
    const seen = await call(omar, 'GET', `${E}/${made.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ mine: false, shared: true });
    expect((await call(omar, 'POST', E, { ...CHAIR_STAND, easier: made.id })).statusCode).toBe(201);
    expect((await call(omar, 'PUT', `${E}/${made.id}`, { ...CHAIR_STAND, name: 'Mine now' })).statusCode).toBe(404);
    expect((await call(omar, 'DELETE', `${E}/${made.id}`)).statusCode).toBe(404);
    const changed = await call(lena, 'PUT', `${E}/${made.id}`, { ...CHAIR_STAND, name: 'Chair stand, slow', shared: false });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Chair stand, slow', shared: false });
    expect((await call(omar, 'GET', `${E}/${made.id}`)).statusCode).toBe(404);
  });

  it('draws an exercise for its author and, once shared, the practice; no one else', async () => {
    const made = await create(lena);
    const drawing = (who: Who | null) => call(who, 'GET', `/illustrations/${made.id}.svg`);
    expect((await drawing(lena)).statusCode).toBe(200);
    expect([(await drawing(omar)).statusCode, (await drawing(walter)).statusCode, (await drawing(null)).statusCode]).toEqual([404, 404, 404]);
    await call(lena, 'PUT', `${E}/${made.id}`, { ...CHAIR_STAND, shared: true });
    expect((await drawing(omar)).statusCode).toBe(200);
    expect((await call(omar, 'GET', `/api/exercises/${made.id}`)).json()).toMatchObject({ source: 'custom', name: CHAIR_STAND.name });
  });

  it('keeps one person’s prescribed exercise out of another’s library', async () => {
    const made = await create(lena);
    await includeFor(test, walter.id, lena.id, made.id);
    const maya = await signUpPerson(test, `maya-${made.id}@example.org`);
    expect((await call(maya, 'GET', `/api/exercises/${made.id}`)).statusCode).toBe(404);
    const list = await call(maya, 'GET', '/api/exercises');
    expect(list.json<{ items: { id: string }[] }>().items.map((e) => e.id)).not.toContain(made.id);
  });

  it('refuses an exercise as its own variant', async () => {
    const made = await create(lena);
    const response = await call(lena, 'PUT', `${E}/${made.id}`, { ...CHAIR_STAND, easier: made.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('easier');
  });

  it('shows a prescribed exercise to its person through the library, and to no one else', async () => {
    const made = await create(lena);
    expect((await call(walter, 'GET', `/api/exercises/${made.id}`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/exercises/${made.id}`)).statusCode).toBe(404);
    await includeFor(test, walter.id, lena.id, made.id);
    const got = await call(walter, 'GET', `/api/exercises/${made.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ id: made.id, source: 'custom', name: CHAIR_STAND.name });
    const list = await call(walter, 'GET', '/api/exercises?pillar=strengthening');
    expect(list.json<{ items: { id: string }[] }>().items.map((e) => e.id)).toContain(made.id);
    const drawing = await call(walter, 'GET', `/illustrations/${made.id}.svg`);
    expect(drawing.statusCode).toBe(200);
    expect(drawing.headers['cache-control']).toBe('private, no-cache');
    expect(drawing.body).toContain('<svg');
    expect((await call(null, 'GET', `/illustrations/${made.id}.svg`)).statusCode).toBe(404);
    expect((await call(omar, 'GET', `/api/exercises/${made.id}`)).statusCode).toBe(404);
  });

  it('keeps the public library open to a clinician who has not yet given the second factor', async () => {
    const halfway = await signUpStaff(test, 'ada@example.org', 'clinician', 'Ada');
    await test.database.db.updateTable('auth_sessions').set({ second_factor_at: null }).where('user_id', '=', halfway.id).execute();
    const list = await call(halfway, 'GET', '/api/exercises');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { source: string }[] }>().items.every((e) => e.source === 'builtin')).toBe(true);
    expect((await call(halfway, 'GET', `${E}`)).statusCode).toBe(403);
  });

  it('logs a session with a prescribed exercise, and keeps its name after the author deletes it', async () => {
    const made = await create(lena);
    const session = { clientId: crypto.randomUUID(), startedAt: test.clock.now(), painBefore: 4, painAfter: 3, items: [{ exerciseId: made.id, status: 'done', sets: 2, reps: 6 }] };
    expect((await call(walter, 'POST', '/api/me/sessions', session)).statusCode).toBe(422);
    const adjustment = await includeFor(test, walter.id, lena.id, made.id);
    expect((await call(walter, 'POST', '/api/me/sessions', session)).statusCode).toBe(201);
    expect((await call(lena, 'DELETE', `${E}/${made.id}`)).statusCode).toBe(204);
    expect((await call(lena, 'GET', `${E}/${made.id}`)).statusCode).toBe(404);
    expect((await call(lena, 'DELETE', `${E}/${made.id}`)).statusCode).toBe(404);
    await test.database.db.updateTable('prescription_adjustments').set({ ended_at: test.clock.now() }).where('id', '=', adjustment).execute();
    const still = await call(walter, 'GET', `/api/exercises/${made.id}`);
    expect(still.statusCode).toBe(200);
    expect(still.json().name).toBe(CHAIR_STAND.name);
    expect((await call(walter, 'GET', '/api/me/insights')).statusCode).toBe(200);
  });
});
