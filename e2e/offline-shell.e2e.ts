// The installable app and its offline shell (issue 13), in Chromium at 390×844: after one visit
// signed in, the worker is active and controls the page; the browser finds and parses the
// manifest and sees no installability errors; with the network gone (`setOffline`), `/`,
// `/library` and `/library/<id>` open with the library's words and a picture, a search made
// before shows what it showed online, and one never made filters the library kept on the device; a push message shows a notification; and a new version
// waits for the person to choose "Reload" instead of reloading on its own.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpThroughApi } from './pages/models.js';
import { registrationId, worker } from './pages/worker.js';
import { CHROMIUM_ARGS, checkPage, PHONE, shootLargeText, startE2E, watchForPageErrors, type E2E } from './support/harness.js';

const EXERCISE = { id: 'wall-push-up', name: 'Wall push-up' };
// This file serves its own copy of the built app: its update test rewrites the worker, and the
// other browser files running beside it must not see "a new version" appear under them.
const WEB_DIR = mkdtempSync(join(tmpdir(), 'pacewise-web-'));
const SW_FILE = join(WEB_DIR, 'sw.js');

async function expectShell(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Pacewise' }).first().waitFor();
  await page.getByRole('navigation', { name: /./ }).first().waitFor();
}

/** The names of the exercises the library lists. */
const resultNames = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('link');

async function expectPictureShown(page: Page): Promise<void> {
  const picture = page.locator('main img').first();
  await picture.waitFor();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

/**
 * A browser with a profile on disk: Chromium never offers to install an app from an incognito
 * context, which is what a plain new context is.
 */
async function openProfile(baseUrl: string, profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    baseURL: baseUrl,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watchForPageErrors(page);
  return { context, page };
}

describe('the installable app, offline', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  beforeAll(async () => {
    cpSync(resolve('dist/web'), WEB_DIR, { recursive: true });
    e2e = await startE2E({ PACEWISE_WEB_DIR: WEB_DIR });
    profile = mkdtempSync(join(tmpdir(), 'pacewise-pwa-profile-'));
    ({ context, page } = await openProfile(e2e.baseUrl, profile));
  });
  afterAll(async () => {
    await context?.close();
    await e2e?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(WEB_DIR, { recursive: true, force: true });
  });

  it('has an active worker controlling the page after the first visit', async () => {
    await signUpThroughApi(page, 'pool@example.org');
    await page.goto('/');
    await worker.waitUntilControlled(page);
    await expect.poll(() => worker.state(page)).toBe('activated');
  });

  it('meets the install criteria: the manifest is found and parsed, with its icons', async () => {
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${e2e.baseUrl}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { icons: { src: string; purpose: string }[]; display: string; start_url: string };
    expect(data.display).toBe('standalone');
    expect(data.start_url).toBe('/');
    expect(data.icons.map((icon) => `${icon.src} ${icon.purpose}`)).toEqual([
      '/icons/icon-192.png any',
      '/icons/icon-512.png any',
      '/icons/icon-maskable-512.png maskable',
    ]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
  });

  it('opens the app shell on any page path with no network, and the library\'s words and pictures from the device', async () => {
    // One online visit of the library pages, as a person would make before going to the pool.
    await page.goto('/library');
    await page.getByRole('link', { name: EXERCISE.name, exact: true }).waitFor();
    await page.goto('/library?q=wall');
    await resultNames(page).first().waitFor();
    const wallOnline = await resultNames(page).allInnerTexts();
    await page.goto('/library?pillar=mind_body');
    await resultNames(page).first().waitFor();
    const mindBodyOnline = await resultNames(page).allInnerTexts();
    await page.goto(`/library/${EXERCISE.id}`);
    await expectPictureShown(page);

    const pictureUrl = await page.locator('main img').first().getAttribute('src');
    expect(pictureUrl).toMatch(new RegExp(`^/illustrations/${EXERCISE.id}\\.svg`));
    // The device keeps its copy within a second of each answer (the persister's throttle): wait
    // until it holds the exercise, as a person's phone would have long before they lose signal.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pacewise.cache.v1:')).map((key) => localStorage.getItem(key) ?? '').join('')))
      .toContain(`"exercise","${EXERCISE.id}"`);
    // Forget the visit's memory: what follows comes from the worker and the kept cache only.
    await page.goto('about:blank');
    await context.setOffline(true);
    try {
      for (const path of ['/', '/library', `/library/${EXERCISE.id}`]) {
        await page.goto(path);
        // The app itself answers (not the browser's offline page), in its own words.
        await expect.poll(() => page.title()).toBe('Pacewise');
        await page.getByRole('link', { name: 'Pacewise' }).first().waitFor();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
      }
      // The exercise's words and picture, with no network.
      await page.getByRole('heading', { level: 1, name: EXERCISE.name }).waitFor();
      await expectPictureShown(page);
      expect(await page.getByText('We could not reach Pacewise').count()).toBe(0);
      await checkPage(page, 'offline-exercise');

      // The library's list, a search made before, and one this device never made.
      await page.goto('/library');
      await page.getByRole('link', { name: EXERCISE.name, exact: true }).waitFor();
      await checkPage(page, 'offline-library');
      await page.goto('/library?q=wall');
      await expect.poll(() => resultNames(page).allInnerTexts()).toEqual(wallOnline);
      await page.goto('/library?pillar=mind_body');
      await expect.poll(() => resultNames(page).allInnerTexts()).toEqual(mindBodyOnline);
      await page.goto('/library?q=wall&pillar=strengthening');
      await resultNames(page).first().waitFor();
      const found = await resultNames(page).allInnerTexts();
      expect(found).toContain(EXERCISE.name);
      expect(found.length).toBeLessThanOrEqual(wallOnline.length);
      expect(await page.getByText('We could not reach Pacewise').count()).toBe(0);
      await checkPage(page, 'offline-library-search');
      await page.goto(`/library/${EXERCISE.id}`);
      await page.getByRole('heading', { level: 1, name: EXERCISE.name }).waitFor();

      // The picture of the exercise comes from the worker's cache while the network is gone.
      const picture = await page.evaluate(async (url) => {
        const answer = await fetch(url);
        return { status: answer.status, type: answer.headers.get('content-type'), svg: (await answer.text()).startsWith('<svg') };
      }, pictureUrl ?? '');
      expect(picture).toEqual({ status: 200, type: 'image/svg+xml; charset=utf-8', svg: true });

      // Nothing of /api/* is in the worker's caches: only the shell and the pictures.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      const paths = new Set(cached.map((url) => new URL(url).pathname));
      expect([...paths].filter((path) => path.startsWith('/api'))).toEqual([]);
      // The whole shell is kept, every lazily loaded chunk included, not only what this visit used.
      const built = readdirSync(resolve('dist/web/assets')).filter((file) => /\.(js|css)$/.test(file));
      const shell = ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', ...built.map((file) => `/assets/${file}`)];
      expect(shell.filter((path) => !paths.has(path))).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('shows a notification for a push message, and a generic one for a message it cannot read', async () => {
    await context.grantPermissions(['notifications'], { origin: e2e.baseUrl });
    const cdp = await context.newCDPSession(page);
    const id = await registrationId(cdp);
    const push = (data: string) => cdp.send('ServiceWorker.deliverPushMessage', { origin: e2e.baseUrl, registrationId: id, data });
    await push(JSON.stringify({ title: 'Time for your check-in', body: 'A minute, when it suits you.', url: '/checkin', tag: 'checkin' }));
    await expect.poll(() => worker.notificationTitles(page)).toContain('Time for your check-in');
    await push('not json at all');
    await expect.poll(() => worker.notificationTitles(page)).toContain('Pacewise');
    await cdp.detach();
  });

  it('tells the person a new version is ready and reloads only when they choose', async () => {
    await page.goto('/');
    await expectShell(page);
    const original = readFileSync(SW_FILE, 'utf8');
    try {
      writeFileSync(SW_FILE, `${original}\n// a new version ${Date.now()}\n`);
      await page.evaluate(() => {
        (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
      });
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const notice = page.getByRole('status', { name: 'App update' });
      await notice.getByText('A new version is ready.').waitFor();
      await checkPage(page, 'update-notice');
      await shootLargeText(page, 'update-notice');
      // The new worker waits and the page is still the same one: no reload mid-session.
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');

      await Promise.all([page.waitForEvent('framenavigated'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await expectShell(page);
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      await expect.poll(() => page.getByText('A new version is ready.').count()).toBe(0);
    } finally {
      writeFileSync(SW_FILE, original);
    }
  });
});
