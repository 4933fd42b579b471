// Where push reminders may go, on every database kind (found in review of issue 13). Dimensions: a
// subscription whose sign-in session has expired (but not yet been purged) receives nothing and
// does not make its person a candidate for the sweep; one person keeps at most
// MAX_PUSH_SUBSCRIPTIONS browsers (the newest), so a sweep's work per person is bounded.
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PUSH_SUBSCRIPTIONS, listPushSubscriptions } from '../../db/push-subscription.repository.js';
import { listPushCandidates } from '../../db/reminder.repository.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const vapid = webpush.generateVAPIDKeys();
const ENV = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:care@example.org' };
const SETTINGS = {
  reminders: { checkin: { on: true, time: '08:00' }, session: { on: false, time: '09:00' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: null,
  maxPerDay: 1,
  paused: false,
};
const KEYS = { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) };

describe.each(testDatabaseKinds())('push subscription bounds on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind, ENV);
  });
  afterAll(async () => test.close());

  async function subscribe(cookie: string, endpoint: string): Promise<void> {
    const response = await test.request({ method: 'POST', url: '/api/me/push-subscriptions', cookie, payload: { endpoint, keys: KEYS } });
    expect(response.statusCode).toBe(201);
  }

  it('sends nothing to a browser whose sign-in session has expired, and leaves its person out of the sweep', async () => {
    const maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin' });
    expect((await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: SETTINGS })).statusCode).toBe(200);
    await subscribe(maya.cookie, 'https://push.example.net/send/maya');
    const now = test.clock.now();
    expect((await listPushSubscriptions(test.database.db, maya.id, now)).map((s) => s.endpoint)).toEqual(['https://push.example.net/send/maya']);
    expect((await listPushCandidates(test.database.db, '', 200, now)).map((c) => c.userId)).toContain(maya.id);
    // The session ran out a minute ago; the hourly purge has not deleted it yet.
    const past = new Date(Date.parse(now) - 60_000).toISOString();
    await test.database.db.updateTable('auth_sessions').set({ expires_at: past }).where('user_id', '=', maya.id).execute();
    expect(await listPushSubscriptions(test.database.db, maya.id, now)).toEqual([]);
    expect((await listPushCandidates(test.database.db, '', 200, now)).map((c) => c.userId)).not.toContain(maya.id);
  });

  it(`keeps only the newest ${MAX_PUSH_SUBSCRIPTIONS} browsers of one person`, async () => {
    const ravi = await signUpPerson(test, 'ravi@example.org', { timeZone: 'Europe/Berlin' });
    const endpoints = Array.from({ length: MAX_PUSH_SUBSCRIPTIONS + 3 }, (_, i) => `https://push.example.net/send/ravi-${String(i).padStart(2, '0')}`);
    for (const endpoint of endpoints) {
      await subscribe(ravi.cookie, endpoint);
      test.clock.advance(1_000);
    }
    const kept = await listPushSubscriptions(test.database.db, ravi.id, test.clock.now());
    expect(kept.map((s) => s.endpoint)).toEqual(endpoints.slice(-MAX_PUSH_SUBSCRIPTIONS));
    const shown = await test.request({ method: 'GET', url: '/api/me/reminders', cookie: ravi.cookie });
    expect(shown.json().push.subscriptionCount).toBe(MAX_PUSH_SUBSCRIPTIONS);
  });
});
