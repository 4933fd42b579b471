// Reminder routes on every database kind. Dimensions: 401 without a session on every /api/me
// route; 400 per field of the settings, the snooze, the dismissal and a push subscription;
// nothing on by default; settings saved and read back; snooze and unsnooze; the in-app notice
// (due, then counted once dismissed, then gone); push subscribe refused when not configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const SETTINGS = {
  reminders: { checkin: { on: true, time: '08:00' }, session: { on: false, time: '09:00' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: { from: '22:00', to: '07:00' },
  maxPerDay: 2,
  paused: false,
};
const SUBSCRIPTION = { endpoint: 'https://push.example.net/send/abc', keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) } };

describe.each(testDatabaseKinds())('reminder routes on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    // Berlin; the test clock stands at 11:00 there on Tuesday 24 November 2026.
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin' });
  });
  afterAll(async () => test.close());

  it.each([
    ['GET', '/api/me/reminders'],
    ['PUT', '/api/me/reminders'],
    ['POST', '/api/me/reminders/snooze'],
    ['GET', '/api/me/reminders/due'],
    ['POST', '/api/me/reminders/due/dismiss'],
    ['POST', '/api/me/push-subscriptions'],
    ['DELETE', '/api/me/push-subscriptions'],
    ['POST', '/api/me/calendar-feed'],
    ['DELETE', '/api/me/calendar-feed'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await test.request({ method, url, payload: method === 'GET' ? undefined : {} });
    expect(response.statusCode).toBe(401);
  });

  it('has nothing on until the person says so', async () => {
    const response = await test.request({ method: 'GET', url: '/api/me/reminders', cookie: maya.cookie });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.values(body.settings.reminders).map((r) => (r as { on: boolean }).on)).toEqual([false, false, false]);
    expect(body.settings).toMatchObject({ maxPerDay: 1, paused: false, snoozedUntil: null });
    expect(body.push).toEqual({ configured: false, publicKey: null, subscriptionCount: 0 });
    expect(body.calendar).toEqual({ active: false, createdAt: null });
    expect((await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json()).toEqual({ due: [] });
  });

  it.each([
    ['reminders.checkin.time', { reminders: { ...SETTINGS.reminders, checkin: { on: true, time: '24:00' } } }],
    ['reminders.session', { reminders: { checkin: SETTINGS.reminders.checkin, questionnaire: SETTINGS.reminders.questionnaire } }],
    ['days', { days: [1, 1] }],
    ['days.0', { days: [8] }],
    ['quietHours.from', { quietHours: { from: '7am', to: '08:00' } }],
    ['maxPerDay', { maxPerDay: 0 }],
    ['maxPerDay', { maxPerDay: 6 }],
    ['paused', { paused: 'yes' }],
  ])('PUT answers 400 naming %s', async (field, change) => {
    const response = await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: { ...SETTINGS, ...change } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it.each([
    ['/api/me/reminders/snooze', { hours: 73 }, 'hours'],
    ['/api/me/reminders/snooze', { hours: 1.5 }, 'hours'],
    ['/api/me/reminders/due/dismiss', { kind: 'walk' }, 'kind'],
    ['/api/me/push-subscriptions', { ...SUBSCRIPTION, endpoint: 'not a url' }, 'endpoint'],
    ['/api/me/push-subscriptions', { ...SUBSCRIPTION, keys: { ...SUBSCRIPTION.keys, auth: '!' } }, 'keys.auth'],
  ])('POST %s answers 400 naming the field', async (url, payload, field) => {
    const response = await test.request({ method: 'POST', url, cookie: maya.cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('saves the settings, snoozes and unsnoozes, keeping the choices', async () => {
    const saved = await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: { ...SETTINGS, days: [3, 1, 2, 4, 5, 6, 7] } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().settings).toEqual({ ...SETTINGS, snoozedUntil: null });
    const snoozed = await test.request({ method: 'POST', url: '/api/me/reminders/snooze', cookie: maya.cookie, payload: { hours: 2 } });
    expect(snoozed.json().settings.snoozedUntil).toBe('2026-11-24T12:00:00.000Z');
    expect((await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json()).toEqual({ due: [] });
    // Saving the choices again keeps the snooze; 0 hours ends it.
    const again = await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: SETTINGS });
    expect(again.json().settings.snoozedUntil).toBe('2026-11-24T12:00:00.000Z');
    const awake = await test.request({ method: 'POST', url: '/api/me/reminders/snooze', cookie: maya.cookie, payload: { hours: 0 } });
    expect(awake.json().settings).toEqual({ ...SETTINGS, snoozedUntil: null });
  });

  it('shows the check-in notice until it is dismissed, and then not again today', async () => {
    const due = await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie });
    expect(due.json()).toEqual({ due: [{ kind: 'checkin', date: '2026-11-24' }] });
    const dismissed = await test.request({ method: 'POST', url: '/api/me/reminders/due/dismiss', cookie: maya.cookie, payload: { kind: 'checkin' } });
    expect(dismissed.statusCode).toBe(204);
    expect((await test.request({ method: 'POST', url: '/api/me/reminders/due/dismiss', cookie: maya.cookie, payload: { kind: 'checkin' } })).statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json()).toEqual({ due: [] });
    const rows = await test.database.db.selectFrom('reminder_deliveries').selectAll().where('user_id', '=', maya.id).execute();
    expect(rows).toMatchObject([{ kind: 'checkin', local_date: '2026-11-24', channel: 'in_app' }]);
  });

  it('does not remind of a check-in already made', async () => {
    test.clock.set('2026-11-25T10:00:00.000Z');
    expect((await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json().due).toHaveLength(1);
    const checkin = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 3, at: '2026-11-25T09:00:00.000Z' } });
    expect(checkin.statusCode).toBe(201);
    expect((await test.request({ method: 'GET', url: '/api/me/reminders/due', cookie: maya.cookie })).json()).toEqual({ due: [] });
    test.clock.set('2026-11-24T10:00:00.000Z');
  });

  it('refuses a push subscription with 422 when push is not set up', async () => {
    const response = await test.request({ method: 'POST', url: '/api/me/push-subscriptions', cookie: maya.cookie, payload: SUBSCRIPTION });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.field).toBe('endpoint');
    expect((await test.request({ method: 'DELETE', url: '/api/me/push-subscriptions', cookie: maya.cookie, payload: { endpoint: SUBSCRIPTION.endpoint } })).statusCode).toBe(204);
  });
});
