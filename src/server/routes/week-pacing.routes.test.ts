// The stored week and pacing, on every database kind: the week follows a quota that moved (it
// was kept until its basis changed, and the basis ignored quotas, so home said 19 minutes while
// pacing said 2); and Undo after a bad day gives back the week shown before the mark, day for
// day (it rebuilt the whole week instead).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { saveWeeklyPlan } from '../../db/plan.repository.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const MAYA = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 30, daysPerWeek: 7, preferredTimes: ['morning', 'evening'], equipment: ['chair', 'mat'],
  likes: ['walking', 'yoga'], painToday: 3, safety: {}, age: 44,
};

interface Day { date: string; kind: string; sessions: { minutes: number }[] }
const minutesOf = (plan: { days: Day[] }) => plan.days.map((d) => d.sessions.reduce((sum, s) => sum + s.minutes, 0));

describe.each(testDatabaseKinds())('the week and pacing on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  const get = async (url: string) => (await test.request({ method: 'GET', url, cookie: maya.cookie })).json();
  const logWalk = (day: string, minutes: number, n: number) => test.request({
    method: 'POST', url: '/api/me/sessions', cookie: maya.cookie,
    payload: { clientId: `4c1d8b63-6e9f-4d8f-8a52-1e7f2b3c4d5${n}`, startedAt: `${day}T09:00:00.000Z`, painBefore: 3, painAfter: 3, items: [{ exerciseId: 'walk-home-laps', minutes, status: 'done' }] },
  });

  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/London' });
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: MAYA });
  });
  afterAll(async () => test.close());

  it('the week no longer keeps minutes pacing has moved away from: it follows the quotas, and says why', async () => {
    const first = (await get('/api/me/plan')).plan;
    for (const [n, day] of ['2026-11-20', '2026-11-21', '2026-11-22'].entries()) {
      expect((await logWalk(day, 3, n)).statusCode).toBe(201);
    }
    const pacing = await get('/api/me/pacing');
    const moved = (await get('/api/me/plan')).plan;
    expect(moved).not.toEqual(first);
    expect(moved.reasons[0]).toMatchObject({ code: 'plan_changed_pacing', message: expect.stringMatching(/^Your week moved with your pacing/) });
    const session = pacing.quotas.find((q: { activity: string }) => q.activity === 'session');
    if (session) for (const minutes of minutesOf(moved)) expect(minutes).toBeLessThanOrEqual(session.value);
    const walking = pacing.quotas.find((q: { activity: string }) => q.activity === 'aerobic:walking');
    const walks = moved.days.flatMap((d: { sessions: { items: { exerciseId: string; minutes?: number }[] }[] }) =>
      d.sessions.flatMap((s) => s.items.filter((i) => i.exerciseId.startsWith('walk-'))));
    for (const walk of walks) expect(walk.minutes).toBeLessThanOrEqual(walking.value);
    // Asked again with nothing new, the week stands still.
    expect((await get('/api/me/plan')).plan).toEqual(moved);
  });

  it('Undo after a bad day gives back exactly the week shown before the mark, day for day', async () => {
    const shown = (await get('/api/me/plan')).plan;
    const marked = await test.request({ method: 'POST', url: '/api/me/plan/bad-day', cookie: maya.cookie });
    expect(marked.json().plan.days[1].kind).toBe('flare');
    test.clock.advance(3_600_000);
    const undone = (await test.request({ method: 'DELETE', url: '/api/me/plan/bad-day', cookie: maya.cookie })).json();
    expect(undone.badDay).toBe(false);
    expect(minutesOf(undone.plan)).toEqual(minutesOf(shown));
    expect(undone.plan.days).toEqual(shown.days);
    expect(undone.plan.weeklyMinutes).toEqual(shown.weeklyMinutes);
    expect(undone.plan.reasons[0].code).toBe('plan_changed_bad_day_undone');
    expect(undone.plan.reasons.slice(1)).toEqual(shown.reasons.filter((r: { code: string }) => !r.code.startsWith('plan_changed_')));
    expect((await get('/api/me/plan')).plan).toEqual(undone.plan);
  });

  it('Undo rebuilds instead when pacing moved after the mark, so the week never disagrees with it', async () => {
    await test.request({ method: 'POST', url: '/api/me/plan/bad-day', cookie: maya.cookie });
    await logWalk('2026-11-24', 3, 7);
    const undone = (await test.request({ method: 'DELETE', url: '/api/me/plan/bad-day', cookie: maya.cookie })).json();
    expect(undone.plan.reasons[0].code).toBe('plan_changed_bad_day_undone');
    expect(undone.plan.days[1].kind).toBe('active');
    expect((await get('/api/me/plan')).plan).toEqual(undone.plan);
  });

  it('strength never lands on last week\'s Sunday and this Monday (the service passes last week\'s last strength day)', async () => {
    const hasStrength = (day: { sessions: { items: { pillar: string }[] }[] }) => day.sessions.some((s) => s.items.some((i) => i.pillar === 'strengthening'));
    const fresh = async (email: string) => {
      const person = await signUpPerson(test, email, { timeZone: 'Europe/London' });
      return person;
    };
    const without = await fresh('rosa@example.org');
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: without.cookie, payload: MAYA });
    const usual = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: without.cookie })).json().plan;
    expect(hasStrength(usual.days[0])).toBe(true);
    const after = await fresh('sam@example.org');
    const sunday = { day: 7, date: '2026-11-22', kind: 'active', sessions: [{ slot: 'morning', minutes: 2, items: [{ exerciseId: 'wall-push', pillar: 'strengthening', sets: 1, reps: 8, estimatedMinutes: 2 }] }] };
    const lastWeek = { ...usual, weekStart: '2026-11-16', days: [...usual.days.slice(0, 6).map((d: object, i: number) => ({ ...d, date: `2026-11-${16 + i}`, sessions: [] })), sunday] };
    await saveWeeklyPlan(test.database.db, after.id, '2026-11-16', { plan: lastWeek, basis: { profileUpdatedAt: 'x', flareSince: null, badDays: [] } }, '2026-11-22T10:00:00.000Z');
    await test.request({ method: 'PUT', url: '/api/me/profile', cookie: after.cookie, payload: MAYA });
    const plan = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: after.cookie })).json().plan;
    expect(hasStrength(plan.days[0])).toBe(false);
    expect(plan.days.filter(hasStrength).length).toBeGreaterThan(0);
  });
});
