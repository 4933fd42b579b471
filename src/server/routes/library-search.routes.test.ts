// The library's ranked search through `GET /api/exercises?q=` on every database kind (issue 15):
// the route is public, so the walk is 400 for a bad query (per field) → 200 ranked; a signed-in
// person's prescribed exercise is searched with the built-in ones, and no one else finds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { CHAIR_STAND, includeFor } from './custom-exercise.test-data.js';

interface Item { id: string; name: string; activity: string | null; regions: string[]; positions: string[] }
type Who = { cookie: string; id: string };

describe.each(testDatabaseKinds())('the ranked library search on $name', (kind) => {
  let test: TestApp;
  let lena: Who;
  let walter: Who;
  const search = async (query: string, who: Who | null = null) => {
    const response = await test.request({ method: 'GET', url: `/api/exercises${query}`, ...(who ? { cookie: who.cookie } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Item[] }>().items;
  };
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    walter = await signUpPerson(test, 'walter@example.org', { name: 'Walter' });
  });
  afterAll(async () => test.close());

  it.each([
    ['?q=' + 'x'.repeat(101), 'q'],
    ['?q=back&position=upside_down', 'position'],
    ['?q=back&level=9', 'level'],
  ])('answers 400 for %s naming %s', async (query, field) => {
    const response = await test.request({ method: 'GET', url: `/api/exercises${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field?.split('.')[0]).toBe(field);
  });

  it('lists breathing exercises first for "breathing", which once listed "Standing back arch" first', async () => {
    const items = await search('?q=breathing');
    expect(items.slice(0, 3).map((e) => e.name).sort()).toEqual(['Belly breathing', 'Box breathing', 'Slow paced breathing']);
    expect(items.every((e) => e.activity === 'breathing')).toBe(true);
  });

  it('lists back exercises for "back", not 119 of the library', async () => {
    const items = await search('?q=back');
    expect(items[0]?.name).toBe('Standing back arch');
    expect(items.length).toBeLessThanOrEqual(40);
  });

  it('forgives a typo and keeps the filters: "hamstirng" seated', async () => {
    const items = await search('?q=hamstirng&position=seated');
    expect(items.map((e) => e.name)).toEqual(['Seated hamstring stretch']);
  });

  it('searches a person’s prescribed exercise with the library, and only for them', async () => {
    const made = await test.request({ method: 'POST', url: '/api/practice/exercises', cookie: lena.cookie, payload: CHAIR_STAND });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ id: string }>().id;
    await includeFor(test, walter.id, lena.id, id);
    const query = `?q=${encodeURIComponent(CHAIR_STAND.name)}`;
    expect((await search(query, walter))[0]?.id).toBe(id);
    expect((await search(query)).map((e) => e.id)).not.toContain(id);
  });
});
