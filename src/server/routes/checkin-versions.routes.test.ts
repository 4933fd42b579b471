// Check-in versions and exactly-once edits (issue 13), on every database kind. Dimensions: 401
// without a session; 400 per field (version, changeId, only version and changeId, delete's
// version); 404 for another person's id and for a check-in already gone; 409 changed_since with
// the current check-in for a stale edit and a stale delete; 200 for an edit on the current version,
// for a repeat of the same change (applied once), and without a version (older clients); every
// edit makes a new version even when the clock has not moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

type Who = { cookie: string; id: string };
const CHANGE_A = '11111111-1111-4111-8111-111111111111';
const CHANGE_B = '22222222-2222-4222-8222-222222222222';
const CHANGE_C = '33333333-3333-4333-8333-333333333333';

describe.each(testDatabaseKinds())('check-in versions on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let dan: Who;
  const send = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, payload?: object, who: Who | null = maya) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload === undefined ? {} : { payload }) });
  const create = async (pain = 5) => (await send('POST', '/api/me/checkins', { pain })).json() as { id: string; updatedAt: string };
  const rowsOf = async (who: Who) => test.database.db.selectFrom('checkins').selectAll().where('user_id', '=', who.id).execute();
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/London' });
    dan = await signUpPerson(test, 'dan@example.org', { timeZone: 'Europe/Berlin' });
  });
  afterAll(async () => test.close());

  it.each([
    ['PATCH', { pain: 1, version: '2026-11-24T10:00:00.000Z' }],
    ['DELETE', undefined],
  ] as const)('%s answers 401 without a session', async (method, payload) => {
    const { id } = await create();
    expect((await send(method, `/api/me/checkins/${id}?version=2026-11-24T10:00:00.000Z`, payload, null)).statusCode).toBe(401);
  });

  it.each([
    ['version', { pain: 1, version: 'yesterday' }],
    ['changeId', { pain: 1, changeId: 'not-a-uuid' }],
    [undefined, { version: '2026-11-24T10:00:00.000Z', changeId: CHANGE_A }],
  ])('an edit with a bad %s answers 400', async (field, payload) => {
    const { id } = await create();
    const response = await send('PATCH', `/api/me/checkins/${id}`, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('a delete with a bad version answers 400 naming it, and deletes nothing', async () => {
    const { id } = await create();
    const response = await send('DELETE', `/api/me/checkins/${id}?version=soon`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('version');
    expect((await send('GET', `/api/me/checkins/${id}`)).statusCode).toBe(200);
  });

  it("another person's check-in is not found, with or without its version, and stays as it was", async () => {
    const { id, updatedAt } = await create(7);
    const patch = await send('PATCH', `/api/me/checkins/${id}`, { pain: 1, version: updatedAt, changeId: CHANGE_A }, dan);
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error).not.toHaveProperty('current');
    expect((await send('DELETE', `/api/me/checkins/${id}?version=${updatedAt}`, undefined, dan)).statusCode).toBe(404);
    expect((await send('GET', `/api/me/checkins/${id}`)).json().pain).toBe(7);
  });

  it('applies an edit on the current version and gives the check-in a new version', async () => {
    const { id, updatedAt } = await create();
    const edited = await send('PATCH', `/api/me/checkins/${id}`, { pain: 2, version: updatedAt, changeId: CHANGE_A });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ pain: 2 });
    expect(edited.json()).not.toHaveProperty('changeId');
    // The clock stands still in tests: the version still moves on.
    expect(Date.parse(edited.json().updatedAt)).toBeGreaterThan(Date.parse(updatedAt));
  });

  it('answers a repeat of the same change with the check-in, applied once', async () => {
    const { id, updatedAt } = await create();
    const change = { pain: 3, version: updatedAt, changeId: CHANGE_B };
    const first = await send('PATCH', `/api/me/checkins/${id}`, change);
    const again = await send('PATCH', `/api/me/checkins/${id}`, change);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('refuses a stale edit with 409 changed_since and the check-in as it stands, changing nothing', async () => {
    const { id, updatedAt } = await create(5);
    const other = (await send('PATCH', `/api/me/checkins/${id}`, { pain: 8, version: updatedAt, changeId: CHANGE_A })).json();
    const stale = await send('PATCH', `/api/me/checkins/${id}`, { pain: 1, version: updatedAt, changeId: CHANGE_C });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'changed_since', current: { id, pain: 8, updatedAt: other.updatedAt } });
    expect(stale.json().error.current).not.toHaveProperty('changeId');
    expect((await send('GET', `/api/me/checkins/${id}`)).json()).toEqual(other);
    // Made again on the version it was shown, the change goes through.
    const retried = await send('PATCH', `/api/me/checkins/${id}`, { pain: 1, version: other.updatedAt, changeId: CHANGE_C });
    expect(retried.json().pain).toBe(1);
  });

  it('reads a version written with another offset as the same version', async () => {
    const { id, updatedAt } = await create();
    const shifted = new Date(Date.parse(updatedAt)).toISOString().replace('Z', '+00:00');
    expect((await send('PATCH', `/api/me/checkins/${id}`, { pain: 4, version: shifted })).statusCode).toBe(200);
  });

  it('refuses a stale delete with 409 and keeps the check-in; a delete on the current version goes, and again is 404', async () => {
    const { id, updatedAt } = await create();
    const edited = (await send('PATCH', `/api/me/checkins/${id}`, { pain: 6, version: updatedAt })).json();
    const stale = await send('DELETE', `/api/me/checkins/${id}?version=${encodeURIComponent(updatedAt)}`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'changed_since', current: { id, pain: 6 } });
    expect((await send('DELETE', `/api/me/checkins/${id}?version=${encodeURIComponent(edited.updatedAt)}`)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/me/checkins/${id}?version=${encodeURIComponent(edited.updatedAt)}`)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/me/checkins/${id}`, { pain: 1, version: edited.updatedAt })).statusCode).toBe(404);
  });

  it('edits and deletes without a version as before (older clients)', async () => {
    const { id } = await create();
    await send('PATCH', `/api/me/checkins/${id}`, { pain: 9 });
    expect((await send('PATCH', `/api/me/checkins/${id}`, { pain: 2 })).json().pain).toBe(2);
    expect((await send('DELETE', `/api/me/checkins/${id}`)).statusCode).toBe(204);
  });

  it('keeps the last applied change on the row, and a delete takes its PEG with it', async () => {
    const created = (await send('POST', '/api/me/checkins', { pain: 5, peg: { pain: 5, enjoyment: 4, activity: 3 } })).json();
    await send('PATCH', `/api/me/checkins/${created.id}`, { pain: 2, version: created.updatedAt, changeId: CHANGE_A });
    const [row] = (await rowsOf(maya)).filter((r) => r.id === created.id);
    expect(row?.change_id).toBe(CHANGE_A);
    const now = (await send('GET', `/api/me/checkins/${created.id}`)).json();
    expect((await send('DELETE', `/api/me/checkins/${created.id}?version=${encodeURIComponent(now.updatedAt)}`)).statusCode).toBe(204);
    const pegs = await test.database.db.selectFrom('questionnaire_responses').select('id').where('checkin_id', '=', created.id).execute();
    expect(pegs).toEqual([]);
  });
});
