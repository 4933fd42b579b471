// Push reminders end to end, on every database kind. A push service is served on loopback: it
// checks the VAPID Authorization (a JWT signed with the server's key, for its origin) and decrypts
// the aes128gcm body with the subscription's private key. Dimensions: the payload arrives and says
// nothing of health; two schedulers on one database and overlapping sweeps send each reminder
// once; a restart sends nothing again; 410 deletes that subscription; signing out deletes the
// device's subscriptions; endpoints on private addresses are refused.
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { SessionCache } from '../auth/session-cache.js';
import { loadConfig } from '../config.js';
import { randomIds, type Services } from '../context.js';
import { Library } from '../services/library.service.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';
import { newPushBrowser as newBrowser, startLoopbackPushService, type LoopbackPushService } from '../push/loopback-push-service.js';
import { sweepPushReminders } from './reminder-sweep.js';
import { startScheduler } from './scheduler.js';

const vapid = webpush.generateVAPIDKeys();
const ENV = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:care@example.org', PUSH_ALLOW_LOOPBACK: 'true' };
const SETTINGS = {
  reminders: { checkin: { on: true, time: '08:00' }, session: { on: false, time: '09:00' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: null,
  maxPerDay: 1,
  paused: false,
};

describe.each(testDatabaseKinds())('push reminders on $name', (kind) => {
  let test: TestApp;
  let push: LoopbackPushService;
  let origin: string;
  let received: LoopbackPushService['received'];
  let browsers: LoopbackPushService['browsers'];
  let services: Services;
  let maya: { cookie: string; id: string };

  beforeAll(async () => {
    push = await startLoopbackPushService({ publicKey: vapid.publicKey, subject: 'mailto:care@example.org' });
    ({ origin, received, browsers } = push);
    test = await startTestApp(kind, ENV);
    services = { db: test.database.db, config: loadConfig({ LOG_LEVEL: 'silent', ...ENV }), clock: test.clock, newId: randomIds, sessionCache: new SessionCache() };
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin' });
    expect((await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: SETTINGS })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await test.close();
    await push.close();
  });

  it('tells the browser the public key once push is configured', async () => {
    const response = await test.request({ method: 'GET', url: '/api/me/reminders', cookie: maya.cookie });
    expect(response.json().push).toEqual({ configured: true, publicKey: vapid.publicKey, subscriptionCount: 0 });
  });

  it.each(['https://10.0.0.5/push', 'https://192.168.1.2/push', 'https://[fd00::1]/push', 'https://169.254.169.254/latest', 'http://push.example.net/x', 'https://printer.local/push'])(
    'refuses the endpoint %s with 422',
    async (endpoint) => {
      const response = await test.request({ method: 'POST', url: '/api/me/push-subscriptions', cookie: maya.cookie, payload: newBrowser(endpoint).subscription });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.field).toBe('endpoint');
    },
  );

  it('sends a due reminder once, however many schedulers and sweeps run, and not again after a restart', async () => {
    const phone = newBrowser(`${origin}/push/phone`);
    const old = newBrowser(`${origin}/push/gone`);
    browsers.set('/push/phone', phone);
    for (const browser of [phone, old]) {
      const response = await test.request({ method: 'POST', url: '/api/me/push-subscriptions', cookie: maya.cookie, payload: browser.subscription });
      expect(response.statusCode).toBe(201);
    }
    const library = new Library();
    const first = startScheduler(services, library, test.app.log, 0);
    const second = startScheduler(services, library, test.app.log, 0);
    const [a, b] = await Promise.all([first.tick(), second.tick()]);
    // One of the two holds the lease; the other does nothing.
    expect([a, b].filter((r) => r === null)).toHaveLength(1);
    // Sweeps that overlap without the lease still send once: the delivery is recorded first.
    await Promise.all([sweepPushReminders(services, library), sweepPushReminders(services, library)]);
    expect(received).toEqual([{ path: '/push/phone', payload: { title: 'Pacewise', body: 'A moment for today’s check-in, when it suits you.', url: '/checkin', tag: 'pacewise-checkin' } }]);
    // The push service said the old browser is gone: its subscription is deleted.
    const left = await test.database.db.selectFrom('push_subscriptions').select('endpoint').where('user_id', '=', maya.id).execute();
    expect(left.map((r) => r.endpoint)).toEqual([phone.subscription.endpoint]);
    await first.stop();
    await second.stop();
    const restarted = startScheduler(services, library, test.app.log, 0);
    test.clock.advance(30 * 60_000);
    expect(await restarted.tick()).toMatchObject({ sent: 0 });
    await restarted.stop();
    expect(received).toHaveLength(1);
  });

  it('deletes the device’s subscriptions when it signs out', async () => {
    expect((await test.request({ method: 'POST', url: '/api/auth/logout', cookie: maya.cookie })).statusCode).toBe(204);
    const left = await test.database.db.selectFrom('push_subscriptions').select('id').where('user_id', '=', maya.id).execute();
    expect(left).toEqual([]);
  });
});
