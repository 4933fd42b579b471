// Swapping an exercise and moving a session (issue 15) on every database kind: 401 without a
// session; 400 per field; 404 for what is not in the week or was never changed, and for another
// person's change; 422 for what does not fit; 200 with the week changed and explained; kept over
// a rebuild of the week (a bad day), and undone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyPlanResponse } from '../../contract/plan.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const MAYA = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 20, daysPerWeek: 3, preferredTimes: ['morning', 'evening'], equipment: ['chair', 'mat'],
  likes: ['walking', 'yoga'], painToday: 4, safety: { heart_condition: false }, age: 44,
};
const SLOTS = ['morning', 'midday', 'evening'] as const;
type Week = Extract<MyPlanResponse['plan'], { status: 'ok' }>;
const itemsOf = (plan: Week) => plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items));

describe.each(testDatabaseKinds())('week changes on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  let other: { cookie: string; id: string };
  const call = (cookie: string | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    test.request({ method, url, ...(cookie ? { cookie } : {}), ...(payload ? { payload } : {}) });
  const week = async (cookie: string): Promise<Week> => {
    const plan = (await call(cookie, 'GET', '/api/me/plan')).json().plan;
    if (plan.status !== 'ok') throw new Error('expected a week');
    return plan;
  };
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/London' });
    other = await signUpPerson(test, 'omar@example.org', { timeZone: 'Europe/London' });
    for (const person of [maya, other]) await test.request({ method: 'PUT', url: '/api/me/profile', cookie: person.cookie, payload: MAYA });
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me/plan/swaps/cat-cow/alternatives'], ['POST', '/api/me/plan/swaps'], ['DELETE', '/api/me/plan/swaps/cat-cow'],
    ['POST', '/api/me/plan/moves'], ['DELETE', '/api/me/plan/moves?day=3&slot=morning'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    expect((await call(undefined, method, url)).statusCode).toBe(401);
  });

  it.each([
    ['from', { from: 'Not An Id', to: 'cat-cow' }], ['to', { from: 'cat-cow', to: '' }], ['from', { to: 'cat-cow' }],
  ])('a swap with a bad %s answers 400 naming it', async (field, payload) => {
    const response = await call(maya.cookie, 'POST', '/api/me/plan/swaps', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it.each([
    ['fromDay', { fromDay: 0, fromSlot: 'morning', toDay: 3, toSlot: 'evening' }],
    ['fromSlot', { fromDay: 3, fromSlot: 'night', toDay: 3, toSlot: 'evening' }],
    ['toDay', { fromDay: 3, fromSlot: 'morning', toDay: 8, toSlot: 'evening' }],
    ['toSlot', { fromDay: 3, fromSlot: 'morning', toDay: 4 }],
  ])('a move with a bad %s answers 400 naming it', async (field, payload) => {
    const response = await call(maya.cookie, 'POST', '/api/me/plan/moves', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 404 for alternatives to an exercise not in the week, and for undoing what was never changed', async () => {
    expect((await call(maya.cookie, 'GET', '/api/me/plan/swaps/no-such-exercise/alternatives')).statusCode).toBe(404);
    expect((await call(maya.cookie, 'DELETE', '/api/me/plan/swaps/cat-cow')).statusCode).toBe(404);
    expect((await call(maya.cookie, 'DELETE', '/api/me/plan/moves?day=5&slot=morning')).statusCode).toBe(404);
  });

  it('swaps an exercise on every day, explains it, keeps it over a bad day, and undoes it; another person cannot undo it', async () => {
    const plan = await week(maya.cookie);
    const from = itemsOf(plan).find((i) => i.pillar === 'stretching')?.exerciseId ?? '';
    const offered = (await call(maya.cookie, 'GET', `/api/me/plan/swaps/${from}/alternatives`)).json();
    expect(offered.from).toBe(from);
    expect(offered.alternatives.length).toBeGreaterThan(0);
    const to = offered.alternatives[0].exerciseId;
    expect((await call(maya.cookie, 'POST', '/api/me/plan/swaps', { from, to: 'no-such-exercise' })).statusCode).toBe(422);
    const swapped = await call(maya.cookie, 'POST', '/api/me/plan/swaps', { from, to });
    expect(swapped.statusCode).toBe(200);
    expect(swapped.json().changes).toEqual([{ kind: 'swap', from, to, status: 'applied' }]);
    expect(itemsOf(swapped.json().plan).some((i) => i.exerciseId === from)).toBe(false);
    expect((await call(other.cookie, 'DELETE', `/api/me/plan/swaps/${from}`)).statusCode).toBe(404);
    expect(itemsOf(await week(other.cookie)).some((i) => i.exerciseId === to)).toBe(false);
    const bad = await call(maya.cookie, 'POST', '/api/me/plan/bad-day');
    expect(bad.json().changes?.[0]).toMatchObject({ kind: 'swap', from, to });
    await call(maya.cookie, 'DELETE', '/api/me/plan/bad-day');
    expect(itemsOf(await week(maya.cookie)).some((i) => i.exerciseId === to)).toBe(true);
    const undone = await call(maya.cookie, 'DELETE', `/api/me/plan/swaps/${from}`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().changes).toBeUndefined();
    expect(itemsOf(undone.json().plan).some((i) => i.exerciseId === from)).toBe(true);
  }, 60_000);

  it('moves a session to a free time of a day to come, keeping the week’s minutes; refuses a taken time and the past; undoes it', async () => {
    const plan = await week(maya.cookie);
    const source = plan.days.find((d) => d.date >= '2026-11-24' && d.sessions.length > 0);
    const taken = plan.days.find((d) => d !== source && d.sessions.length > 0 && d.date >= '2026-11-24');
    const fromSlot = source?.sessions[0]?.slot ?? 'morning';
    if (!source || !taken) throw new Error('expected two active days to come');
    const base = { fromDay: source.day, fromSlot };
    const past = await call(maya.cookie, 'POST', '/api/me/plan/moves', { ...base, toDay: 1, toSlot: 'evening' });
    expect(past.json().error).toMatchObject({ code: 'unacceptable', field: 'toDay' });
    const clash = await call(maya.cookie, 'POST', '/api/me/plan/moves', { ...base, toDay: taken.day, toSlot: taken.sessions[0]?.slot });
    expect(clash.json().error).toMatchObject({ code: 'unacceptable', field: 'toSlot' });
    let moved: MyPlanResponse | null = null;
    for (const day of plan.days.filter((d) => d.date >= '2026-11-24')) {
      for (const toSlot of SLOTS) {
        if (moved) break;
        const response = await call(maya.cookie, 'POST', '/api/me/plan/moves', { ...base, toDay: day.day, toSlot });
        if (response.statusCode === 200) moved = response.json();
        else expect(response.statusCode).toBe(422);
      }
    }
    if (!moved || moved.plan.status !== 'ok') throw new Error('expected a move to be possible');
    expect(moved.plan.weeklyMinutes).toEqual(plan.weeklyMinutes);
    expect(moved.changes?.[0]).toMatchObject({ kind: 'move', ...base, status: 'applied' });
    for (const day of moved.plan.days) expect(new Set(day.sessions.map((s) => s.slot)).size).toBe(day.sessions.length);
    expect((await call(other.cookie, 'DELETE', `/api/me/plan/moves?day=${source.day}&slot=${fromSlot}`)).statusCode).toBe(404);
    const undone = await call(maya.cookie, 'DELETE', `/api/me/plan/moves?day=${source.day}&slot=${fromSlot}`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().plan.days).toEqual(plan.days);
  }, 60_000);
});
