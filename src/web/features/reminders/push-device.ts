/**
 * Web Push on this browser: whether it can receive reminders, and subscribing or unsubscribing
 * it through the service worker's push manager. The browser is passed in, so tests give a fake.
 */

/** The parts of the browser that push needs (`window` and `navigator` in the app). */
export interface PushBrowser {
  hasPushManager: boolean;
  /** `Notification.permission`, or null when the browser has no notifications. */
  permission: NotificationPermission | null;
  requestPermission: () => Promise<NotificationPermission>;
  /** The app's service worker registration, or null when there is none. */
  registration: () => Promise<ServiceWorkerRegistration | null>;
}

/** Whether this browser can take push reminders: yes, never, or not unless the person unblocks it. */
export type PushSupport = 'supported' | 'unsupported' | 'blocked';

/** What came of asking to subscribe this browser. */
export type SubscribeOutcome =
  | { outcome: 'subscribed'; subscription: PushSubscriptionJSON }
  | { outcome: 'blocked' | 'dismissed' | 'unsupported' };

/** Whether push can work here, judged without asking the person anything. */
export function checkPushSupport(browser: PushBrowser): PushSupport {
  if (!browser.hasPushManager || browser.permission === null) return 'unsupported';
  return browser.permission === 'denied' ? 'blocked' : 'supported';
}

/** The bytes of a VAPID public key written in base64url (as the server gives it). */
export function decodeServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const text = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** This browser's current push subscription, if it has one. */
export async function findDeviceSubscription(
  browser: PushBrowser,
): Promise<PushSubscription | null> {
  if (checkPushSupport(browser) === 'unsupported') return null;
  const registration = await browser.registration();
  return registration ? registration.pushManager.getSubscription() : null;
}

/** Asks the browser's permission (only now, after the person tapped) and subscribes it. */
export async function subscribeDevice(
  browser: PushBrowser,
  publicKey: string,
): Promise<SubscribeOutcome> {
  if (checkPushSupport(browser) === 'unsupported') return { outcome: 'unsupported' };
  const permission =
    browser.permission === 'granted' ? 'granted' : await browser.requestPermission();
  if (permission === 'denied') return { outcome: 'blocked' };
  if (permission !== 'granted') return { outcome: 'dismissed' };
  const registration = await browser.registration();
  if (!registration) return { outcome: 'unsupported' };
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: decodeServerKey(publicKey),
  });
  return { outcome: 'subscribed', subscription: subscription.toJSON() };
}

/** Ends this browser's subscription; gives the endpoint it had, for the server to forget too. */
export async function unsubscribeDevice(browser: PushBrowser): Promise<string | null> {
  const subscription = await findDeviceSubscription(browser);
  if (!subscription) return null;
  const endpoint = subscription.endpoint;
  await subscription.unsubscribe();
  return endpoint;
}
