// The first load split by route (issue 13): sign-in draws without the contract's schemas (zod),
// a page loaded on demand shows the page's shape while its chunk is on its way (never a blank,
// and the footer waits below the fold), home's cards arrive on demand with today's plan, and a
// page opened on demand (the library) still works. Axe and a screenshot at each step.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoPageErrors, PHONE, startE2E, type E2E, shoot } from './support/harness.js';

const PASSWORD = 'a calm walk by the river';
const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 7, preferredTimes: ['morning'], equipment: ['chair'], likes: ['walking'], painToday: 4,
  safety: { heart_condition: false },
};

/** The JavaScript files the page asked for. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

describe('the first load', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('draws sign-in without loading the schemas, and signs in', async () => {
    const { context, page } = await e2e.newPage(PHONE);
    const signup = await context.request.post('/api/auth/signup', { data: { email: 'maya@example.org', password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } });
    expect(signup.status()).toBe(201);
    expect((await context.request.put('/api/me/profile', { data: PROFILE })).status()).toBe(200);
    await context.clearCookies();
    const scripts = watchScripts(page);
    await page.goto('/signin');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await checkPage(page, 'first-load-signin');
    expect(scripts.filter((path) => /\/assets\/(routes|schemas)-/.test(path))).toEqual([]);

    await page.getByLabel('Email').fill('maya@example.org');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Maya/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Today’s plan' }).waitFor();
    await checkPage(page, 'first-load-home');
    expect(scripts.some((path) => /\/assets\/TodayPlanCard-/.test(path))).toBe(true);
    await context.close();
  });

  it('shows the page’s shape while a page’s chunk is on its way, then the page', async () => {
    const { page } = await e2e.newPage(PHONE);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/LibraryPage-[^/]+\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto('/library');
    const skeleton = page.locator('.page-skeleton');
    await skeleton.waitFor();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Loading…');
    const footer = await page.locator('.site-footer').boundingBox();
    expect(footer?.y ?? 0).toBeGreaterThanOrEqual(PHONE.height);
    await shoot(page, { path: 'test-results/screenshots/first-load-skeleton.png' });
    release();
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    expect(await skeleton.count()).toBe(0);
    await checkPage(page, 'first-load-library');
    expectNoPageErrors(page);
  });

  it('opens a page on demand straight from its address, signed in', async () => {
    const { context, page } = await e2e.newPage(PHONE);
    const signin = await context.request.post('/api/auth/login', { data: { email: 'maya@example.org', password: PASSWORD } });
    expect(signin.status()).toBe(200);
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('.page-skeleton').count()).toBe(0);
    await checkPage(page, 'first-load-plan');
    await context.close();
  });
});
