// Covers: the body sent for a browser's subscription (and none without keys), turning push on
// (the server told; the browser's half undone when the server refuses) and off (the server told
// first; the browser stops even when the server cannot be reached; nothing when not subscribed).
import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../api/api-error.js';
import { setFetcher, type Fetcher } from '../../api/client.js';
import type { PushBrowser } from './push-device.js';
import { startPushOnThisDevice, stopPushOnThisDevice, toSubscribeBody } from './push-reminders.js';

const KEY =
  'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const P256DH = 'B'.repeat(87);
const AUTH = 'A'.repeat(22);
const ENDPOINT = 'https://push.example/send/abc';

function fakeBrowser(): { browser: PushBrowser; isSubscribed: () => boolean } {
  let subscribed = false;
  const subscription = {
    endpoint: ENDPOINT,
    unsubscribe: async () => {
      subscribed = false;
      return true;
    },
    toJSON: () => ({
      endpoint: ENDPOINT,
      expirationTime: null,
      keys: { p256dh: P256DH, auth: AUTH },
    }),
  } as unknown as PushSubscription;
  const pushManager = {
    getSubscription: async () => (subscribed ? subscription : null),
    subscribe: async () => {
      subscribed = true;
      return subscription;
    },
  };
  return {
    browser: {
      hasPushManager: true,
      permission: 'granted',
      requestPermission: async () => 'granted',
      registration: async () => ({ pushManager }) as unknown as ServiceWorkerRegistration,
    },
    isSubscribed: () => subscribed,
  };
}

interface Seen {
  url: string;
  method: string;
  body: unknown;
}

function server(status: number, answer: unknown, seen: Seen[]): Fetcher {
  return async (url, init) => {
    seen.push({
      url,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : null,
    });
    if (status === 0) throw new TypeError('offline');
    return new Response(status === 204 ? null : JSON.stringify(answer), { status });
  };
}

const original = setFetcher(server(500, {}, []));
afterEach(() => {
  setFetcher(original);
});

describe('toSubscribeBody', () => {
  it('keeps the endpoint, expiry and both keys', () => {
    expect(toSubscribeBody({ endpoint: ENDPOINT, keys: { p256dh: P256DH, auth: AUTH } })).toEqual({
      endpoint: ENDPOINT,
      expirationTime: null,
      keys: { p256dh: P256DH, auth: AUTH },
    });
  });

  it.each([
    ['no endpoint', { keys: { p256dh: P256DH, auth: AUTH } }],
    ['no keys', { endpoint: ENDPOINT }],
    ['no auth secret', { endpoint: ENDPOINT, keys: { p256dh: P256DH } }],
  ])('gives nothing for %s', (_name, json) => {
    expect(toSubscribeBody(json)).toBeNull();
  });
});

describe('startPushOnThisDevice', () => {
  it('subscribes the browser and tells the server', async () => {
    const seen: Seen[] = [];
    setFetcher(server(201, { endpoint: ENDPOINT, createdAt: '2026-12-05T12:00:00.000Z' }, seen));
    const { browser, isSubscribed } = fakeBrowser();
    expect(await startPushOnThisDevice(KEY, browser)).toBe('subscribed');
    expect(isSubscribed()).toBe(true);
    expect(seen).toEqual([
      {
        url: '/api/me/push-subscriptions',
        method: 'POST',
        body: { endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: P256DH, auth: AUTH } },
      },
    ]);
  });

  it('undoes the browser subscription when the server refuses it', async () => {
    setFetcher(
      server(
        422,
        { error: { code: 'invalid_input', message: 'Bad endpoint.', field: 'endpoint' } },
        [],
      ),
    );
    const { browser, isSubscribed } = fakeBrowser();
    const failure = await startPushOnThisDevice(KEY, browser).catch((error: unknown) => error);
    expect(isApiError(failure)).toBe(true);
    expect(isSubscribed()).toBe(false);
  });
});

describe('stopPushOnThisDevice', () => {
  it('tells the server which endpoint, then unsubscribes the browser', async () => {
    const { browser, isSubscribed } = fakeBrowser();
    setFetcher(server(201, { endpoint: ENDPOINT, createdAt: '2026-12-05T12:00:00.000Z' }, []));
    await startPushOnThisDevice(KEY, browser);
    const seen: Seen[] = [];
    setFetcher(server(204, null, seen));
    expect(await stopPushOnThisDevice(browser)).toBe(true);
    expect(seen).toEqual([
      { url: '/api/me/push-subscriptions', method: 'DELETE', body: { endpoint: ENDPOINT } },
    ]);
    expect(isSubscribed()).toBe(false);
  });

  it('still stops the browser when the server cannot be reached', async () => {
    const { browser, isSubscribed } = fakeBrowser();
    setFetcher(server(201, { endpoint: ENDPOINT, createdAt: '2026-12-05T12:00:00.000Z' }, []));
    await startPushOnThisDevice(KEY, browser);
    setFetcher(server(0, null, []));
    await expect(stopPushOnThisDevice(browser)).rejects.toThrow();
    expect(isSubscribed()).toBe(false);
  });

  it('does nothing when this browser is not subscribed', async () => {
    const seen: Seen[] = [];
    setFetcher(server(204, null, seen));
    expect(await stopPushOnThisDevice(fakeBrowser().browser)).toBe(false);
    expect(seen).toEqual([]);
  });
});
