// Opening offline and leaving a clean device (issue 13; issue 16 finding 17). A person with 90
// days of check-ins visits home and the plan; with every /api request failing, a reload still
// opens signed in on home with today's plan, the week and a plain offline notice. Back online the
// notice goes. Signing out, and deleting the account, leave nothing of the person in local and
// session storage, IndexedDB or Cache Storage (seeded with a `pacewise-` cache and database, as
// the service worker and sync queue make them). Axe on each page.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, INTAKE_PROFILE, PASSWORD, signUpThroughApi } from './pages/models.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

const NOTE = 'Swim felt heavy, lane three';
const DAY_MS = 24 * 60 * 60_000;

/** Everything the browser holds for this origin, as text to search. */
async function deviceContents(page: Page) {
  return page.evaluate(async () => {
    const dump = (store: Storage) =>
      Object.fromEntries(Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').map((k) => [k, store.getItem(k)]));
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      databases: (await indexedDB.databases()).map((db) => db.name ?? ''),
      caches: await caches.keys(),
    };
  });
}

/** Puts what other parts of the app keep into the browser: a runtime cache, a queue database, a session key. */
async function seedOtherStores(page: Page, name: string): Promise<void> {
  await page.evaluate(async (who) => {
    const cache = await caches.open('pacewise-api');
    await cache.put('/api/me', new Response(JSON.stringify({ name: who })));
    await caches.open('workbox-precache-v2-test');
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('pacewise-sync');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    sessionStorage.setItem('pacewise.player', JSON.stringify({ who }));
  }, name);
}

/** Fails once anything of the person is left on the device. */
async function expectNothingOf(page: Page, person: { id: string; name: string }): Promise<void> {
  // Only the worker's precache of the app shell (no personal data) may stay (the worker itself may
  // tidy a seeded one away as outdated).
  await expect.poll(async () => (await deviceContents(page)).caches.filter((name) => !name.startsWith('workbox-precache'))).toEqual([]);
  const contents = await deviceContents(page);
  expect(Object.keys(contents.local).filter((key) => key.startsWith('pacewise'))).toEqual([]);
  expect(Object.keys(contents.session).filter((key) => key.startsWith('pacewise'))).toEqual([]);
  expect(contents.databases.filter((name) => name.startsWith('pacewise'))).toEqual([]);
  const text = JSON.stringify(contents);
  for (const secret of [person.id, person.name, NOTE]) expect(text).not.toContain(secret);
}

async function seedCheckins(context: BrowserContext, days: number): Promise<void> {
  const post = async (day: number) => {
    const at = new Date(Date.now() - day * DAY_MS - 60_000).toISOString();
    const data = { clientId: randomUUID(), at, pain: 3 + (day % 4), notes: `${NOTE} (${day})` };
    expect((await context.request.post('/api/me/checkins', { data })).status()).toBe(201);
  };
  for (let first = 0; first < days; first += 10) {
    await Promise.all(Array.from({ length: Math.min(10, days - first) }, (_, i) => post(first + i)));
  }
}

/** The size of each kept query, largest first, for the note. */
async function keptSizes(page: Page, key: string): Promise<string> {
  return page.evaluate((k) => {
    const kept = JSON.parse(localStorage.getItem(k) ?? '{}') as { clientState?: { queries?: { queryKey: string[] }[] } };
    return (kept.clientState?.queries ?? [])
      .map((query) => ({ key: query.queryKey.slice(1).join(':'), size: JSON.stringify(query).length }))
      .sort((a, b) => b.size - a.size)
      .map(({ key: name, size }) => `${name} ${(size / 1024).toFixed(1)} KiB`)
      .join(', ');
  }, key);
}

async function openHome(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: `Hello, ${name}` }).waitFor();
}

describe('offline boot and a clean device', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('opens offline on today and the week, and signing out leaves nothing', async () => {
    const { context, page } = await e2e.newPage();
    await signUpThroughApi(page, 'ines@example.org', 'Ines', INTAKE_PROFILE);
    const me = await (await page.request.get('/api/me')).json();
    await seedCheckins(context, 90);
    await openHome(page, 'Ines');
    await page.getByRole('region', { name: 'Today’s plan' }).waitFor();
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await page.goto('/history');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openHome(page, 'Ines');
    await page.getByRole('region', { name: 'Today’s plan' }).waitFor();
    const key = `pacewise.cache.v1:${me.id}`;
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, key)).toBeGreaterThan(0);
    await page.waitForTimeout(1_500); // the persister writes at most once a second
    const size = await page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, key);
    console.log(`Kept on the device for 90 days of check-ins: ${size} characters (${(size / 1024).toFixed(0)} KiB): ${await keptSizes(page, key)}`);
    expect(size).toBeLessThan(2_000_000);

    await page.route('**/api/**', (route) => route.abort());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hello, Ines' }).waitFor();
    await page.getByText(/You are offline — showing what this device saved at \d\d:\d\d/).waitFor();
    await page.getByRole('region', { name: 'Today’s plan' }).waitFor();
    await expect.poll(() => page.getByText(NOTE).count()).toBeGreaterThan(0);
    await checkPage(page, 'offline-home');
    await page.getByRole('link', { name: 'See today’s plan' }).or(page.getByRole('link', { name: 'See your week' })).first().click();
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await page.getByText(/You are offline/).waitFor();
    await checkPage(page, 'offline-plan');

    // Back online: the next answer clears the notice.
    await page.unroute('**/api/**');
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => page.getByText(/You are offline/).count(), { timeout: 15_000 }).toBe(0);

    await seedOtherStores(page, 'Ines');
    await page.goto('/more');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You are signed out.').waitFor();
    await expectNothingOf(page, { id: me.id, name: 'Ines' });
    await checkPage(page, 'offline-signed-out');

    // Offline again, the device no longer opens as Ines.
    await page.route('**/api/**', (route) => route.abort());
    await page.goto('/');
    await page.getByText('We could not reach Pacewise. Please check your connection and try again.').waitFor();
    expect(await page.getByText('Hello, Ines').count()).toBe(0);
    await checkPage(page, 'offline-after-sign-out');
  });

  it('deleting the account leaves nothing on the device', async () => {
    const { context, page } = await e2e.newPage();
    await auth.signUp(page, 'noor@example.org', 'Noor');
    const me = await (await page.request.get('/api/me')).json();
    await seedCheckins(context, 3);
    await page.goto('/history');
    await expect.poll(() => page.getByText(NOTE).count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, `pacewise.cache.v1:${me.id}`)).toBeGreaterThan(0);
    await seedOtherStores(page, 'Noor');

    await page.goto('/account');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Your password, to confirm').fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account and data' }).click();
    await page.getByText('Your account and all your data have been deleted.').waitFor();
    await expectNothingOf(page, { id: me.id, name: 'Noor' });
    await checkPage(page, 'offline-after-deletion');
  });
});
