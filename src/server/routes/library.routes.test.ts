// Library routes: public listing with every filter, 400 per bad filter, 404 for unknown ids,
// and SVG illustrations with a year-long cache at a content-versioned URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { startTestApp, type TestApp } from '../testing.js';

interface Item { id: string; pillar: string; positions: string[]; equipment: string[]; regions: string[]; level: number; illustration: string }

describe('library routes', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(testDatabaseKinds()[0]!);
  });
  afterAll(async () => test.close());

  const list = async (query = '') => {
    const response = await test.request({ method: 'GET', url: `/api/exercises${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Item[] }>().items;
  };

  it('lists the whole library to anyone, without signing in', async () => {
    expect((await list()).map((e) => e.id)).toEqual(BUILTIN_EXERCISES.map((e) => e.id));
  });

  it.each([
    ['?pillar=strengthening', (e: Item) => e.pillar === 'strengthening'],
    ['?position=seated', (e: Item) => e.positions.includes('seated')],
    ['?region=knee', (e: Item) => e.regions.includes('knee')],
    ['?equipment=none', (e: Item) => e.equipment.length === 0],
    ['?equipment=chair,resistance_band', (e: Item) => e.equipment.every((x) => ['chair', 'resistance_band'].includes(x))],
    ['?level=1', (e: Item) => e.level === 1],
    ['?position=seated&equipment=none&region=knee', (e: Item) => e.positions.includes('seated') && e.equipment.length === 0 && e.regions.includes('knee')],
  ])('filters %s to matching exercises only', async (query, matches) => {
    const items = await list(query);
    expect(items.every(matches)).toBe(true);
    expect(items.length).toBe(BUILTIN_EXERCISES.filter((e) => matches({ ...e, illustration: '' })).length);
  });

  it('finds words in names, purposes and steps', async () => {
    const sample = BUILTIN_EXERCISES[0];
    if (!sample) return;
    const word = sample.name.split(' ')[0]!.toLowerCase();
    const items = await list(`?q=${encodeURIComponent(word)}`);
    expect(items.map((e) => e.id)).toContain(sample.id);
  });

  it.each([
    ['?pillar=running', 'pillar'],
    ['?position=upside_down', 'position'],
    ['?region=tail', 'region'],
    ['?equipment=treadmill', 'equipment'],
    ['?level=4', 'level'],
    ['?level=easy', 'level'],
    ['?colour=blue', undefined],
  ])('answers 400 for %s naming %s', async (query, field) => {
    const response = await test.request({ method: 'GET', url: `/api/exercises${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field?.split('.')[0]).toBe(field);
  });

  it('answers 404 for an unknown exercise and 400 for a malformed id', async () => {
    expect((await test.request({ method: 'GET', url: '/api/exercises/no-such-exercise' })).statusCode).toBe(404);
    expect((await test.request({ method: 'GET', url: '/api/exercises/Bad%20Id' })).statusCode).toBe(400);
    expect((await test.request({ method: 'GET', url: '/illustrations/no-such-exercise.svg' })).statusCode).toBe(404);
  });

  it('serves each illustration as SVG at a versioned URL with a long cache', async () => {
    const [first] = await list();
    if (!first) return;
    const one = await test.request({ method: 'GET', url: `/api/exercises/${first.id}` });
    expect(one.json().id).toBe(first.id);
    const svg = await test.request({ method: 'GET', url: first.illustration });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(first.illustration).toMatch(/^\/illustrations\/[a-z0-9-]+\.svg\?v=[0-9a-f]{12}$/);
    expect(svg.body).toContain('<svg');
  });
});
