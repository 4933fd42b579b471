// Exactly once, in Chromium at phone size, with Playwright's request interception (not only
// setOffline): (a) a check-in made offline and edited offline is sent as one request → one row
// with the edit; (b) the answer to a create lost after the server stored it, then retried → one
// row; (c) the same create and the same edit delivered twice → one row, the edit applied once;
// (d) an edit made on a version changed since → 409 → the plain words and "apply my change
// again"; (e) with the network gone (`setOffline`, the real worker), today's session opens from
// the kept plan and library, is finished and saved, the page reloads offline, then online → one
// session row. Also: a waiting check-in shown on history with "Waiting to send", then "Saved".
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chooseOnScale, signUpThroughApi } from './pages/models.js';
import { PAIN_AFTER_OPTIONAL, guided } from './pages/session.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';
import { sessionLogsOf } from './support/session-data.js';

const WAITING = 'Waiting to send — saved on this device';
const CHANGED_WORDS = 'This check-in was changed on another device, so your change was not sent. Here is what is saved now.';

/** Every API request fails as with no network; the app's files still load. */
const offline = (page: Page) => page.route('**/api/**', (route) => route.abort('internetdisconnected'));
const online = (page: Page) => page.unroute('**/api/**');
/** Tells the app the device is back online (as the browser does when the network returns). */
const backOnline = async (page: Page) => {
  await online(page);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
};
/** Moves within the app without loading a page (a load would need the network). */
const goInApp = (page: Page, path: string) =>
  page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
const statusLine = (page: Page) => page.getByRole('status').filter({ hasText: /Saved|Waiting to send|Sending|Saving/ }).first();

describe('sync exactly once', () => {
  let e2e: E2E;
  let context: BrowserContext;
  let page: Page;
  let userId = '';
  // One person for every flow, to keep the file fast; each flow looks only at the rows it made.
  const seen = new Set<string>();
  const allRows = () => e2e.database.db.selectFrom('checkins').select(['id', 'pain', 'updated_at', 'change_id']).where('user_id', '=', userId).execute();
  const rows = async () => (await allRows()).filter((r) => !seen.has(r.id));
  const forget = async () => (await allRows()).forEach((r) => seen.add(r.id));
  const email = 'ana.sync@example.org';
  beforeAll(async () => {
    e2e = await startE2E();
    ({ context, page } = await e2e.newPage());
    // Playwright's clock moves a guided session's timers on (e); it runs at its own pace otherwise.
    await page.clock.install();
  });
  afterAll(async () => e2e?.close());
  beforeEach(async () => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await forget();
  });

  async function checkIn(pain: number) {
    await page.goto('/checkin');
    await chooseOnScale(page, 'Pain right now', pain);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
  }

  // The flows below run in order, as this person.
  it('signs the person up, with a quick intake', async () => {
    const address = await signUpThroughApi(page, email);
    userId = (await e2e.database.db.selectFrom('users').select('id').where('email', '=', address).executeTakeFirstOrThrow()).id;
  });

  it('(a) sends a check-in made and edited offline as one request: one row, with the edit', async () => {
    const creates: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/me/checkins')) creates.push(r.postData() ?? '');
    });
    await page.goto('/checkin');
    await chooseOnScale(page, 'Pain right now', 6);
    await offline(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
    await expect.poll(() => statusLine(page).innerText()).toBe(WAITING);
    await checkPage(page, 'sync-checkin-waiting');

    const clientId = await page.evaluate((id) => {
      const queue = JSON.parse(localStorage.getItem(`pacewise.sync.v1:${id}`) ?? '{}') as { entries: { op: { kind: string; key: string } }[] };
      return queue.entries.findLast((e) => e.op.kind === 'createCheckin')?.op.key ?? '';
    }, userId);
    await goInApp(page, `/checkins/${clientId}/edit`);
    await chooseOnScale(page, 'Pain at that time', 3);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    expect(await rows()).toEqual([]);

    creates.length = 0;
    await backOnline(page);
    await expect.poll(async () => (await rows()).map((r) => r.pain), { timeout: 15_000 }).toEqual([3]);
    expect(creates.filter((body) => body.includes(clientId))).toHaveLength(1);
    await page.goto('/history');
    await page.getByText('Saved', { exact: true }).first().waitFor();
    await checkPage(page, 'sync-history-saved');
  });

  it('shows a check-in waiting to send on history, then "Saved"', async () => {
    // Writes are lost on the way; reads still work, so history shows the server's rows and the waiting one.
    await page.route('**/api/me/checkins', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await checkIn(5);
    await page.goto('/history');
    await page.getByText(WAITING).first().waitFor();
    await checkPage(page, 'sync-history-waiting');
    await page.unroute('**/api/me/checkins');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    // "Waiting to send" goes while the request is on its way, before the server has the row: wait for the row.
    await expect.poll(async () => (await rows()).map((r) => r.pain), { timeout: 15_000 }).toEqual([5]);
    await expect.poll(() => page.getByText(WAITING).count()).toBe(0);
  });

  it('(b) stores one row when the answer is lost after the server stored it, and the create is sent again', async () => {
    let lost = 0;
    await page.route('**/api/me/checkins', async (route: Route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost += 1;
      await route.fetch(); // The server stores it …
      await route.abort('connectionreset'); // … and the answer never arrives.
    });
    await checkIn(7);
    await expect.poll(async () => (await rows()).length).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => statusLine(page).innerText(), { timeout: 15_000 }).toBe('Saved');
    expect(lost).toBe(1);
    expect((await rows()).map((r) => r.pain)).toEqual([7]);
  });

  it('(c) stores one row and applies an edit once when each request is delivered twice', async () => {
    const twice = async (route: Route) => {
      if (route.request().method() === 'GET') return route.continue();
      await route.fetch();
      await route.fulfill({ response: await route.fetch() });
    };
    await page.route('**/api/me/checkins', twice);
    await page.route('**/api/me/checkins/*', twice);
    await checkIn(4);
    await expect.poll(() => statusLine(page).innerText()).toBe('Saved');
    const [row] = await rows();
    await page.goto(`/checkins/${row?.id}/edit`);
    await chooseOnScale(page, 'Pain at that time', 2);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await rows()).map((r) => r.pain)).toEqual([2]);
    // Applied once: the second delivery is answered as a repeat, not refused as changed since.
    expect((await rows())[0]?.change_id).not.toBeNull();
    await page.getByText('Your changes are saved.').waitFor();
    expect(await page.getByText(CHANGED_WORDS).count()).toBe(0);
  });

  it('(d) refuses an edit made on a version changed since, in plain words, and applies it again on one tap', async () => {
    await checkIn(6);
    const [row] = await rows();
    await page.goto(`/checkins/${row?.id}/edit`);
    await chooseOnScale(page, 'Pain at that time', 2);
    // Meanwhile, another device changes the check-in.
    const later = new Date(Date.parse(row?.updated_at ?? '') + 60_000).toISOString();
    await e2e.database.db.updateTable('checkins').set({ pain: 9, updated_at: later }).where('id', '=', row?.id ?? '').execute();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(CHANGED_WORDS).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your journal' }).waitFor();
    await checkPage(page, 'sync-changed');
    expect((await rows()).map((r) => r.pain)).toEqual([9]);
    await page.getByRole('button', { name: 'Apply my change again' }).click();
    await expect.poll(async () => (await rows()).map((r) => r.pain)).toEqual([2]);
    await expect.poll(() => page.getByText(CHANGED_WORDS).count()).toBe(0);
  });

  it('(e) opens and saves a session offline (worker and kept data), once after a reload offline and back online', async () => {
    // One online visit of home and the week; the worker and the kept cache do the rest.
    await page.goto('/');
    await page.getByRole('link', { name: /^Start the \w+ session/ }).first().waitFor();
    await guided.openPlan(page);
    const session = await page.locator('#plan-today').getByRole('link', { name: /^Start the/ }).first().getAttribute('href');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const kept = () => page.evaluate((id) => localStorage.getItem(`pacewise.cache.v1:${id}`) ?? '', userId);
    await expect.poll(async () => {
      const text = await kept();
      return text.includes('"my-plan"') && text.includes('"exercises","all"');
    }).toBe(true);

    await context.setOffline(true);
    try {
      await page.goto(session ?? '/');
      await page.getByRole('heading', { level: 1, name: /session$/ }).waitFor();
      await checkPage(page, 'sync-session-offline');
      await guided.answerPainBefore(page, 5);
      await guided.doExercise(page);
      await guided.giveFeedback(page, 'About right');
      await guided.endHere(page);
      await guided.save(page, { legend: PAIN_AFTER_OPTIONAL, value: 4 });
      await expect.poll(() => guided.saveStatus(page).innerText()).toBe(WAITING);
      await checkPage(page, 'sync-session-waiting-offline');
      // The page loaded again with no network: the worker's shell, the kept account, the queue.
      await page.reload();
      await page.getByRole('link', { name: 'Pacewise' }).first().waitFor();
      const waiting = await page.evaluate((id) => localStorage.getItem(`pacewise.sync.v1:${id}`) ?? '', userId);
      expect(waiting).toContain('"sessionLog"');
      expect(await sessionLogsOf(e2e, email)).toHaveLength(0);
    } finally {
      await context.setOffline(false);
    }
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(async () => (await sessionLogsOf(e2e, email)).length, { timeout: 15_000 }).toBe(1);
    await page.reload();
    await page.waitForLoadState('load');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.goto('/history');
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    expect(await sessionLogsOf(e2e, email)).toHaveLength(1);
  });
});
