// The exercise library in a real browser, signed out: filter to seated, no equipment, knee;
// open an exercise; follow its easier link; search, ranked (issue 15: "breathing" once listed
// "Standing back arch" first and "back" 119 exercises), with pictures at least 64 px tall.
// Axe on every page; phone (100 % and 200 % text) and desktop sizes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { library } from './pages/library.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

async function filterSeatedNoEquipmentKnee(page: Page): Promise<void> {
  await page.goto('/library');
  await page
    .getByRole('searchbox', { name: 'Search exercises' })
    .or(page.getByLabel('Search exercises'))
    .first()
    .waitFor();
  await page.getByLabel('Position').selectOption({ label: 'Seated' });
  await page.getByLabel('Equipment', { exact: true }).selectOption({ label: 'No equipment' });
  await page.getByLabel('Pain area').selectOption({ label: 'Knee' });
  await expect.poll(() => page.url()).toMatch(/position=seated/);
  await expect.poll(() => page.url()).toMatch(/region=knee/);
}

describe('the exercise library', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('filters to seated, no equipment, knee; opens an exercise and follows its easier link', async () => {
    const { page } = await e2e.newPage();
    await filterSeatedNoEquipmentKnee(page);
    const kneeStraightening = page.getByRole('link', {
      name: 'Seated knee straightening',
      exact: true,
    });
    await kneeStraightening.waitFor();
    await checkPage(page, 'library-filtered');
    const api = await page.request.get('/api/exercises?position=seated&equipment=none&region=knee');
    const expected = (await api.json()).items.length as number;
    await expect
      .poll(() =>
        page
          .locator('main')
          .getByRole('listitem')
          .filter({ has: page.getByRole('link') })
          .count(),
      )
      .toBe(expected);

    await kneeStraightening.click();
    await page.getByRole('heading', { level: 1, name: 'Seated knee straightening' }).waitFor();
    expect(await page.getByRole('img').first().getAttribute('alt')).toBeTruthy();
    await checkPage(page, 'exercise');
    await page.getByRole('link', { name: /^Easier: / }).click();
    await page.getByRole('heading', { level: 1, name: 'Thigh tightener' }).waitFor();
    expect(page.url()).toMatch(/\/library\/thigh-tightener$/);
    await checkPage(page, 'exercise-easier');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Thigh tightener' }).waitFor();
  });

  it('ranks a search on a phone: breathing first for "breathing", back exercises for "back", a typo forgiven', async () => {
    const { page } = await e2e.newPage(PHONE);
    await library.open(page);
    expect(await library.firstPictureHeight(page)).toBeGreaterThanOrEqual(64);

    await library.search(page, 'breathing');
    expect((await library.names(page).allInnerTexts()).slice(0, 3).sort()).toEqual(['Belly breathing', 'Box breathing', 'Slow paced breathing']);
    expect(await library.names(page).allInnerTexts()).not.toContain('Standing back arch');
    await checkPage(page, 'library-search-breathing');
    await library.settleAtLargeText(page);
    await shootLargeText(page, 'library-search-breathing');
    expect(await library.shootCardsAtLargeText(page, 'library-cards')).toBeGreaterThanOrEqual(64);

    await library.search(page, 'back');
    expect((await library.names(page).allInnerTexts())[0]).toBe('Standing back arch');
    expect(await library.names(page).count()).toBeLessThanOrEqual(40);

    await library.search(page, 'hamstirng');
    expect(await library.names(page).allInnerTexts()).toEqual(['Seated hamstring stretch', 'Standing hamstring stretch', 'Lying hamstring stretch with a band']);
    await checkPage(page, 'library-search-typo');
  });

  it('searches by words as you type, at desktop size', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await page.goto('/library');
    await page.getByLabel('Search exercises').fill('wall push');
    await page.getByRole('link', { name: 'Wall push-up', exact: true }).waitFor();
    await checkPage(page, 'library-search-desktop');
  });
});
