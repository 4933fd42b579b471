/**
 * Reminders on this phone: subscribing this browser and telling the server, and the reverse, so
 * both sides always agree. Sign-out calls `stopPushOnThisDevice` before the session ends.
 */
import type { PushSubscriptionRequest } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { serviceWorkerRegistration } from '../../lib/service-worker.js';
import {
  findDeviceSubscription,
  subscribeDevice,
  unsubscribeDevice,
  type PushBrowser,
  type SubscribeOutcome,
} from './push-device.js';

/** This browser as push sees it. */
export function thisBrowser(): PushBrowser {
  const hasNotifications = typeof Notification !== 'undefined';
  return {
    hasPushManager:
      typeof window !== 'undefined' && 'PushManager' in window && 'serviceWorker' in navigator,
    permission: hasNotifications ? Notification.permission : null,
    requestPermission: () => Notification.requestPermission(),
    registration: () => serviceWorkerRegistration(),
  };
}

/** The request body for a browser's subscription, or null when the browser left out its keys. */
export function toSubscribeBody(json: PushSubscriptionJSON): PushSubscriptionRequest | null {
  const { endpoint, keys } = json;
  const p256dh = keys?.p256dh;
  const auth = keys?.auth;
  if (!endpoint || !p256dh || !auth) return null;
  return { endpoint, expirationTime: json.expirationTime ?? null, keys: { p256dh, auth } };
}

/** Subscribes this browser and registers it with the server; undoes the browser's half on failure. */
export async function startPushOnThisDevice(
  publicKey: string,
  browser: PushBrowser = thisBrowser(),
): Promise<SubscribeOutcome['outcome']> {
  const result = await subscribeDevice(browser, publicKey);
  if (result.outcome !== 'subscribed') return result.outcome;
  const body = toSubscribeBody(result.subscription);
  try {
    if (!body) throw new Error('The browser gave a subscription without keys.');
    await callApi('subscribePush', { body });
  } catch (error) {
    await unsubscribeDevice(browser).catch(() => null);
    throw error;
  }
  return 'subscribed';
}

/** Tells the server to stop, then ends this browser's subscription; true when there was one. */
export async function stopPushOnThisDevice(browser: PushBrowser = thisBrowser()): Promise<boolean> {
  const subscription = await findDeviceSubscription(browser);
  if (!subscription) return false;
  try {
    await callApi('unsubscribePush', { body: { endpoint: subscription.endpoint } });
  } finally {
    // Even when the server cannot be told, this browser stops showing reminders.
    await subscription.unsubscribe();
  }
  return true;
}

/**
 * The step a sign-out runs first, while the session still works: the server forgets this
 * browser's subscription (the device clearing then ends the browser's half in any case).
 */
export async function forgetPushBeforeSignOut(): Promise<void> {
  await stopPushOnThisDevice();
}

/** True when this browser holds a push subscription now. */
export async function isPushOnThisDevice(browser: PushBrowser = thisBrowser()): Promise<boolean> {
  return (await findDeviceSubscription(browser)) !== null;
}
