// Issue 13, done when: a reminder leaves the server as a Web Push message, reaches a push service
// served on loopback (which checks the VAPID signature and decrypts the message as a browser
// would), and, delivered to the app's service worker, shows a notification. Walter turns the
// check-in reminder on; his browser's subscription points at the loopback push service; the
// server's sweep sends the reminder once; the message carries no health data.
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionCache } from '../src/server/auth/session-cache.js';
import { loadConfig } from '../src/server/config.js';
import { randomIds, systemClock } from '../src/server/context.js';
import { sweepPushReminders } from '../src/server/jobs/reminder-sweep.js';
import { startLoopbackPushService, type LoopbackPushService } from '../src/server/push/loopback-push-service.js';
import { Library } from '../src/server/services/library.service.js';
import { signUpAsWalter } from './pages/safety.js';
import { registrationId, worker } from './pages/worker.js';
import { startE2E, type E2E } from './support/harness.js';

const vapid = webpush.generateVAPIDKeys();
const SUBJECT = 'mailto:care@example.org';
const ENV = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: SUBJECT, PUSH_ALLOW_LOOPBACK: 'true' };
const CHECKIN_AT_MIDNIGHT = {
  reminders: { checkin: { on: true, time: '00:00' }, session: { on: false, time: '09:00' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 2, 3, 4, 5, 6, 7],
  quietHours: null,
  maxPerDay: 1,
  paused: false,
};

describe('a reminder as a push message', () => {
  let e2e: E2E;
  let push: LoopbackPushService;
  beforeAll(async () => {
    e2e = await startE2E(ENV);
    push = await startLoopbackPushService({ publicKey: vapid.publicKey, subject: SUBJECT });
  });
  afterAll(async () => {
    await push?.close();
    await e2e?.close();
  });

  it('reaches the loopback push service once, decrypted, and shows a notification', async () => {
    const { context, page } = await e2e.newPage();
    await signUpAsWalter(page, 'walter.push@example.org');
    await worker.waitUntilControlled(page);
    const send = (method: string, url: string, body: unknown) =>
      page.evaluate(
        async ([m, u, b]) => (await fetch(u, { method: m, headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })).status,
        [method, url, body] as const,
      );
    expect(await send('PUT', '/api/me/reminders', CHECKIN_AT_MIDNIGHT)).toBe(200);
    // The browser's subscription, as pushManager.subscribe would give it, at the loopback service.
    const phone = push.subscribe('/push/walter');
    expect(await send('POST', '/api/me/push-subscriptions', phone.subscription)).toBe(201);

    const services = { db: e2e.database.db, config: loadConfig({ LOG_LEVEL: 'silent', ...ENV }), clock: systemClock, newId: randomIds, sessionCache: new SessionCache() };
    const library = new Library();
    await sweepPushReminders(services, library);
    await sweepPushReminders(services, library);
    expect(push.received).toHaveLength(1);
    const [message] = push.received;
    expect(message?.path).toBe('/push/walter');
    const payload = message?.payload as { title: string; body: string; url: string; tag: string };
    expect(payload).toMatchObject({ url: '/checkin', tag: 'pacewise-checkin' });
    // Generic words only: nothing of his pain, his knee or his name.
    expect(JSON.stringify(payload)).not.toMatch(/pain|knee|walter|osteo/i);

    await context.grantPermissions(['notifications'], { origin: e2e.baseUrl });
    const cdp = await context.newCDPSession(page);
    const id = await registrationId(cdp);
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: e2e.baseUrl, registrationId: id, data: JSON.stringify(payload) });
    await expect.poll(() => worker.notifications(page)).toContainEqual({ title: payload.title, body: payload.body, tag: payload.tag });
    await cdp.detach();
  });
});
