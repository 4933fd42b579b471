// What a page can tell about its service worker, and how a test speaks to it through CDP.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The service worker as the page sees it. */
export const worker = {
  async waitUntilControlled(page: Page): Promise<void> {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/);
  },
  async state(page: Page): Promise<string | null> {
    return page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state ?? null);
  },
  async notifications(page: Page): Promise<{ title: string; body: string; tag: string }[]> {
    return page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag })),
    );
  },
  async notificationTitles(page: Page): Promise<string[]> {
    return (await worker.notifications(page)).map((n) => n.title);
  },
};

/** The registration id CDP knows the site's worker by. */
export async function registrationId(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((done) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL.endsWith('/') && !r.isDeleted);
      if (ours) done(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}
