// "How your plan grows" in a real browser at phone size: from the plan page, the person's own
// profile is simulated for 12 weeks; the chart is a picture beside a table and sentences; the
// page says it is an illustration; a flare in week 3 shows a flare-up's changes in week 3;
// missing days and overdoing load new weeks. Axe and a screenshot on each screen, and at 200 %
// text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthPage } from './pages/growth.js';
import { signUpWithIntake } from './pages/models.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

describe('how your plan grows', () => {
  let e2e: E2E;
  let page: Page;
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page } = await e2e.newPage());
  });
  afterAll(async () => e2e?.close());

  it('signs a person up with a full intake', async () => {
    await signUpWithIntake(page, 'lena-test@example.org', 'Lena', 5);
  });

  it('shows 12 weeks of the person’s own plan, calm and adherent, as an illustration', async () => {
    await growthPage.openFromPlan(page);
    await page.getByText(/It is an illustration, not a promise/).waitFor();
    const minutes = await growthPage.weeklyMinutes(page);
    expect(minutes.every((n) => Number.isFinite(n) && n > 0)).toBe(true);
    // The canvas is a picture: hidden from assistive technology, the table and sentences say it.
    expect(await page.locator('figure.growth-chart[aria-hidden="true"] canvas').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: 'What changes, and why' }).waitFor();
    await checkPage(page, 'plan-growth-calm');
  });

  it('shows a flare-up in week 3 with its changes told in words', async () => {
    await growthPage.choose(page, 'flare');
    await expect.poll(() => growthPage.changesOf(page, 3).getByText(/^Flare-up:/).count()).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: 'Week by week' });
    expect(await table.locator('tbody tr').nth(2).locator('td').nth(2).innerText()).not.toBe('0');
    await checkPage(page, 'plan-growth-flare');
  });

  it('loads the weeks of missing some days and of overdoing on good days', async () => {
    await growthPage.choose(page, 'missSome');
    await checkPage(page, 'plan-growth-miss-some');
    await growthPage.choose(page, 'overdo');
    await checkPage(page, 'plan-growth-overdo');
  });

  it('stays readable at 200 % text', async () => {
    // Through the CSSOM: the app's Content-Security-Policy rightly refuses inline style tags.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await growthPage.choose(page, 'calm');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(page, 'plan-growth-200-percent');
  });
});
