// Covers: whether push can work (no push manager, no notifications, blocked, allowed), decoding
// the server's base64url key, and subscribing: the permission asked only when needed, a refusal or
// a closed prompt leaving the browser untouched, no service worker, and unsubscribing.
import { describe, expect, it } from 'vitest';
import {
  checkPushSupport,
  decodeServerKey,
  subscribeDevice,
  unsubscribeDevice,
  type PushBrowser,
} from './push-device.js';

const KEY =
  'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';

interface FakeWorld {
  browser: PushBrowser;
  asked: () => number;
  subscribed: () => PushSubscriptionOptionsInit | null;
  current: () => PushSubscription | null;
}

function fakeBrowser(
  permission: NotificationPermission | null,
  answer: NotificationPermission = 'granted',
  { hasPushManager = true, hasWorker = true } = {},
): FakeWorld {
  let asked = 0;
  let options: PushSubscriptionOptionsInit | null = null;
  let current: PushSubscription | null = null;
  const subscription = {
    endpoint: 'https://push.example/abc',
    unsubscribe: async () => {
      current = null;
      return true;
    },
    toJSON: () => ({ endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } }),
  } as unknown as PushSubscription;
  const pushManager = {
    getSubscription: async () => current,
    subscribe: async (init: PushSubscriptionOptionsInit) => {
      options = init;
      current = subscription;
      return subscription;
    },
  };
  const registration = { pushManager } as unknown as ServiceWorkerRegistration;
  return {
    browser: {
      hasPushManager,
      permission,
      requestPermission: async () => {
        asked += 1;
        return answer;
      },
      registration: async () => (hasWorker ? registration : null),
    },
    asked: () => asked,
    subscribed: () => options,
    current: () => current,
  };
}

describe('checkPushSupport', () => {
  it.each<[string, FakeWorld, string]>([
    ['a browser with push', fakeBrowser('default'), 'supported'],
    ['allowed before', fakeBrowser('granted'), 'supported'],
    ['blocked by the person', fakeBrowser('denied'), 'blocked'],
    ['no notifications at all', fakeBrowser(null), 'unsupported'],
    [
      'no push manager',
      fakeBrowser('default', 'granted', { hasPushManager: false }),
      'unsupported',
    ],
  ])('%s', (_name, world, expected) => {
    expect(checkPushSupport(world.browser)).toBe(expected);
  });
});

describe('decodeServerKey', () => {
  it('decodes an uncompressed P-256 public key of 65 bytes starting with 4', () => {
    const bytes = decodeServerKey(KEY);
    expect(bytes.length).toBe(65);
    expect(bytes[0]).toBe(4);
  });

  it('reads base64url with and without padding alike', () => {
    expect(Array.from(decodeServerKey('-_8'))).toEqual([251, 255]);
    expect(Array.from(decodeServerKey('-_8='))).toEqual([251, 255]);
  });
});

describe('subscribeDevice', () => {
  it('asks permission, then subscribes with the key for visible messages only', async () => {
    const world = fakeBrowser('default', 'granted');
    const result = await subscribeDevice(world.browser, KEY);
    expect(result.outcome).toBe('subscribed');
    expect(world.asked()).toBe(1);
    expect(world.subscribed()?.userVisibleOnly).toBe(true);
    expect((world.subscribed()?.applicationServerKey as Uint8Array).length).toBe(65);
  });

  it('does not ask again when already allowed', async () => {
    const world = fakeBrowser('granted');
    expect((await subscribeDevice(world.browser, KEY)).outcome).toBe('subscribed');
    expect(world.asked()).toBe(0);
  });

  it.each<[string, NotificationPermission, string]>([
    ['a refusal', 'denied', 'blocked'],
    ['a closed prompt', 'default', 'dismissed'],
  ])('leaves the browser unsubscribed after %s', async (_name, answer, outcome) => {
    const world = fakeBrowser('default', answer);
    expect((await subscribeDevice(world.browser, KEY)).outcome).toBe(outcome);
    expect(world.current()).toBeNull();
  });

  it('says unsupported without a service worker or push, and never asks', async () => {
    const noWorker = fakeBrowser('default', 'granted', { hasWorker: false });
    expect((await subscribeDevice(noWorker.browser, KEY)).outcome).toBe('unsupported');
    const noPush = fakeBrowser('default', 'granted', { hasPushManager: false });
    expect((await subscribeDevice(noPush.browser, KEY)).outcome).toBe('unsupported');
    expect(noPush.asked()).toBe(0);
  });
});

describe('unsubscribeDevice', () => {
  it('ends the subscription and gives its endpoint; null when there was none', async () => {
    const world = fakeBrowser('granted');
    expect(await unsubscribeDevice(world.browser)).toBeNull();
    await subscribeDevice(world.browser, KEY);
    expect(await unsubscribeDevice(world.browser)).toBe('https://push.example/abc');
    expect(world.current()).toBeNull();
  });
});
