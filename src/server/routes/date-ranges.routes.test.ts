// Date ranges and years (issue 16, findings 1 and 12), on every database kind: a range of
// thousands of years once stalled the server for over 90 s building one row per day, and a
// check-in in the year 999 was stored as day "999-06-01" and broke insights. Now every list and
// insights answer covers at most 366 days, every date is in 1900-2100, and both are a 400 at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

describe.each(testDatabaseKinds())('date ranges on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  const get = (url: string) => test.request({ method: 'GET', url, cookie: maya.cookie });
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org');
  });
  afterAll(async () => test.close());

  it('a nine-thousand-year insights range answers 400 at once instead of stalling the server', async () => {
    const started = performance.now();
    const response = await get('/api/me/insights?from=1900-01-01&to=2100-12-31');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', field: 'to', message: 'Ask for at most 366 days at a time.' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await get('/api/me/insights?from=1000-01-01&to=9999-12-31')).json().error.field).toBe('from');
  });

  it.each([
    ['/api/me/insights', '2025-11-24', '2026-11-24', 200],
    ['/api/me/insights', '2025-11-23', '2026-11-24', 400],
    ['/api/me/checkins', '2025-11-24', '2026-11-24', 200],
    ['/api/me/checkins', '2025-11-23', '2026-11-24', 400],
    ['/api/me/sessions', '2025-11-24', '2026-11-24', 200],
    ['/api/me/sessions', '2025-11-23', '2026-11-24', 400],
  ])('%s from %s to %s answers %i (366 days at most)', async (url, from, to, status) => {
    expect((await get(`${url}?from=${from}&to=${to}`)).statusCode).toBe(status);
  });

  it('a range of instants is bounded the same way', async () => {
    const response = await get('/api/me/checkins?from=2020-01-01T00:00:00.000Z&to=2026-11-24T00:00:00.000Z');
    expect(response.statusCode).toBe(400);
    expect((await get('/api/me/checkins?from=2026-11-01T00:00:00.000Z')).statusCode).toBe(200);
  });

  it.each([['0999-06-01T10:00:00.000Z'], ['1899-12-31T10:00:00.000Z'], ['2101-01-01T10:00:00.000Z']])(
    'a check-in in %s is refused with a 400 naming `at`, not stored as a broken day', async (at) => {
      const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 3, at } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('at');
    },
  );

  it.each([['from=0999-01-01'], ['to=2101-01-01'], ['from=1899-12-31']])('a list asked for %s answers 400', async (query) => {
    expect((await get(`/api/me/sessions?${query}`)).statusCode).toBe(400);
  });
});
