/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa in injectManifest mode into /sw.js). It keeps the
 * app shell and the illustrations so the app opens with no network; it never caches /api/*
 * (personal data lives in the app's own cache, which sign-out clears in one place).
 * Runtime caches are named with the `pacewise-` prefix (features/pwa/cache-names.ts): sign-out
 * deletes those and keeps Workbox's precache, which holds only the shell.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { PrecacheEntry } from 'workbox-precaching';
import { ILLUSTRATION_CACHE } from './features/pwa/cache-names.js';
import { pwaMessages } from './features/pwa/messages.js';
import { chooseWindow, notificationTarget, readPushNotice, type PushNotice } from './features/pwa/sw-push.js';
import { isIllustration, isShellNavigation } from './features/pwa/sw-routes.js';
import { pickLanguage } from './i18n/languages.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const origin = self.location.origin;
const words = pwaMessages[pickLanguage(self.navigator.languages)];
const MONTH_SECONDS = 30 * 24 * 60 * 60;

// The built shell: JS (every lazily loaded chunk too), CSS, index.html, icons and the manifest.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page path opens the shell, online or offline; the app's router picks the page.
// Not /api/* (never cached here), not /illustrations/*, not files such as /sw.js.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isShellNavigation(url, origin),
  createHandlerBoundToURL('/index.html'),
);

registerRoute(
  ({ url }) => isIllustration(url, origin),
  new CacheFirst({
    cacheName: ILLUSTRATION_CACHE,
    plugins: [
      { cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) },
      new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: MONTH_SECONDS, purgeOnQuotaError: true }),
    ],
  }),
);

// A new version waits until the person chooses "Reload" (lib/service-worker.ts sends this).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

// The first worker takes charge of the open page at once, so the first visit is already offline-ready.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('push', (event) => {
  const notice = readPushNotice(pushText(event.data), origin, words.notification);
  event.waitUntil(showNotice(notice));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openApp(notificationTarget(event.notification.data, origin)));
});

function isSkipWaiting(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}

function pushText(data: PushMessageData | null): string | null {
  try {
    return data ? data.text() : null;
  } catch {
    return null;
  }
}

async function showNotice(notice: PushNotice): Promise<void> {
  await self.registration.showNotification(notice.title, {
    body: notice.body,
    tag: notice.tag,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    data: { url: notice.url },
  });
}

/** Focuses a window of the app (on `path` if one is there) or opens one at `path`. */
async function openApp(path: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const choice = chooseWindow(windows.map((client) => client.url), path, origin);
  const chosen = choice ? windows[choice.index] : undefined;
  if (choice && chosen) {
    const focused = await chosen.focus();
    if (!choice.navigate) return;
    // navigate() works only for windows this worker controls; otherwise open a new one.
    const moved = await focused.navigate(path).catch(() => null);
    if (moved) return;
  }
  await self.clients.openWindow(path);
}
