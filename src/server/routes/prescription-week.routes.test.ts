// After the merge with the core planner (p11-core): the week itself changes the moment a linked
// clinician adds an adjustment, through both plan routes, says why, and goes back when it ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const MAYA_PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4,
  safety: Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false])),
};
type Who = { cookie: string; id: string };
type Week = { days: { day: number; sessions: { items: { exerciseId: string; prescribed?: string }[] }[] }[]; reasons: { code: string }[]; prescription?: { adjustment: { id: string }; outcome: string }[] };
const idsOn = (week: Week, day?: number) => week.days.filter((d) => day === undefined || d.day === day).flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)));

describe.each(testDatabaseKinds())('the week within the prescription on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  const call = (who: Who, method: 'GET' | 'POST' | 'DELETE' | 'PUT', url: string, payload?: object) =>
    test.request({ method, url, cookie: who.cookie, ...(payload ? { payload } : {}) });
  const myWeek = async () => (await call(maya, 'GET', '/api/me/plan')).json().plan as Week;
  const theirWeek = async () => (await call(lena, 'GET', `/api/patients/${maya.id}/plan`)).json().plan as Week;
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    expect((await call(maya, 'PUT', '/api/me/profile', MAYA_PROFILE)).statusCode).toBe(200);
    await test.database.db.insertInto('care_links').values({ id: crypto.randomUUID(), clinician_id: lena.id, patient_id: maya.id, share_notes: 0, started_at: test.clock.now(), ended_at: null, ended_by: null }).execute();
  });
  afterAll(async () => test.close());

  it('excludes and pins at once, says why, and goes back when the changes end', async () => {
    const before = await myWeek();
    const left = idsOn(before)[0] ?? 'missing';
    const exclude = (await call(lena, 'POST', `/api/patients/${maya.id}/prescription`, { kind: 'exclude', exerciseId: left, reason: 'Not for now.' })).json();
    // A minute apart, as Lena works: adjustments made in the same instant have no order between them.
    test.clock.advance(60_000);
    const pin = (await call(lena, 'POST', `/api/patients/${maya.id}/prescription`, { kind: 'include', exerciseId: 'seated-knee-straightening', days: [1, 4], reason: 'For your knees.' })).json();
    const theirs = await theirWeek();
    expect(idsOn(theirs)).not.toContain(left);
    expect(idsOn(theirs, 1)).toContain('seated-knee-straightening');
    expect(theirs.reasons[0]?.code).toBe('plan_changed_prescription');
    expect(theirs.prescription?.map((c) => c.adjustment.id)).toEqual([exclude.id, pin.id]);
    expect(await myWeek()).toEqual(theirs);
    for (const a of [exclude, pin]) expect((await call(lena, 'DELETE', `/api/patients/${maya.id}/prescription/${a.id}`)).statusCode).toBe(204);
    const after = await myWeek();
    expect(after.days).toEqual(before.days);
    expect(after.prescription).toBeUndefined();
  });
});
