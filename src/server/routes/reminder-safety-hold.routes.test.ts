// Session reminders during a hold for safety review, on every database kind (found in review of
// issue 13): after a session stopped for chest pain the week holds only gentle breathing and
// stretching until the safety questions are answered again, and nothing reminds the person to do
// a session then — not the in-app notice, not the calendar feed's session events. Answering the
// questions again lifts the hold, and the reminder comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp, sampleProfile } from '../testing.js';

const PROFILE = sampleProfile({ daysPerWeek: 7 });
const SETTINGS = {
  reminders: { checkin: { on: false, time: '19:30' }, session: { on: true, time: '08:00' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: null,
  maxPerDay: 3,
  paused: false,
};
const DAY_MS = 24 * 3_600_000;

describe.each(testDatabaseKinds())('session reminders during a safety hold on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin' });
    expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: PROFILE })).statusCode).toBe(200);
    expect((await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: SETTINGS })).statusCode).toBe(200);
  });
  afterAll(async () => test.close());

  const dueKinds = async () => (await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json().due.map((d: { kind: string }) => d.kind);

  it('reminds of today’s session before, not during the hold, and again once the questions are answered', async () => {
    expect(await dueKinds()).toContain('session');
    const feedUrl = new URL((await test.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: maya.cookie })).json().url).pathname;
    const sessionEvents = async () => ((await test.request({ method: 'GET', url: feedUrl })).body.match(/^SUMMARY:Pacewise: \w+ session/gm) ?? []).length;
    expect(await sessionEvents()).toBeGreaterThan(0);
    const plan = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: maya.cookie })).json();
    const exerciseId = plan.plan.days.flatMap((d: { sessions: { items: { exerciseId: string }[] }[] }) => d.sessions.flatMap((s) => s.items))[0]?.exerciseId;
    test.clock.advance(60_000);
    const stop = await test.request({
      method: 'POST',
      url: '/api/me/sessions',
      cookie: maya.cookie,
      payload: { clientId: '3b0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d', startedAt: test.clock.now(), painBefore: 4, painAfter: null, partial: true, stopReason: 'chest_pain', items: [{ exerciseId, holdSeconds: 30, sets: 1, reps: 3, status: 'done', feedback: 'right' }] },
    });
    expect(stop.statusCode).toBe(201);
    // The next day the hold stands, and the week still holds gentle sessions.
    test.clock.advance(DAY_MS);
    const held = (await test.request({ method: 'GET', url: '/api/me/safety', cookie: maya.cookie })).json();
    expect(held.hold).toMatchObject({ reason: 'chest_pain' });
    expect(await dueKinds()).not.toContain('session');
    expect(await sessionEvents()).toBe(0);
    // Answered again (all no): the hold is lifted and the reminder comes back.
    expect((await test.request({ method: 'PUT', url: '/api/me/safety', cookie: maya.cookie, payload: { ...Object.fromEntries(['bladder_bowel_change', 'saddle_numbness', 'both_legs_weakness', 'neck_dizziness_speech', 'chest_pain_rest', 'progressive_weakness', 'cancer_or_weight_loss', 'fever_unwell', 'recent_trauma', 'hand_clumsiness_gait', 'heart_condition', 'chest_pain_activity', 'dizzy_fainting', 'supervised_only'].map((id) => [id, false])) } })).statusCode).toBe(200);
    expect(await dueKinds()).toContain('session');
    expect(await sessionEvents()).toBeGreaterThan(0);
  });
});
