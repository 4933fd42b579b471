/**
 * Page model of the exercise library and the signed-out landing page: searching, reading the
 * ranked results, and the landing page's ways in, in the words the screens show.
 */
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { shoot } from '../support/harness.js';

const SCREENSHOTS = resolve('test-results/screenshots');

/** The exercise library at `/library`. */
export const library = {
  async open(page: Page, query = ''): Promise<void> {
    await page.goto(`/library${query}`);
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    await library.names(page).first().waitFor();
  },

  /** Types words into the search box and waits until the list shows them, best match first. */
  async search(page: Page, words: string): Promise<void> {
    await page.getByLabel('Search exercises').fill(words);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(words);
    await expect.poll(() => library.count(page)).toMatch(/best match first|No exercises match these words/);
    await expect.poll(() => page.locator('.exercise-cards.is-pending').count()).toBe(0);
  },

  /** The exercise names listed, in order. */
  names(page: Page): Locator {
    return page.locator('main').getByRole('list').getByRole('heading', { level: 3 });
  },

  /** The count the list announces. */
  async count(page: Page): Promise<string> {
    return (await page.locator('main').getByRole('status').first().textContent()) ?? '';
  },

  /** The height in CSS pixels of the first result's picture, once drawn. */
  async firstPictureHeight(page: Page): Promise<number> {
    const picture = page.locator('.exercise-card__image').first();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    return (await picture.boundingBox())?.height ?? 0;
  },

  /**
   * Sets 200 % text and has every card drawn: the browser draws cards only near the screen
   * (content-visibility), which a whole-page screenshot shows as blank boxes.
   */
  async settleAtLargeText(page: Page): Promise<void> {
    await page.evaluate(async () => {
      document.documentElement.style.fontSize = '200%';
      for (const card of document.querySelectorAll<HTMLElement>('.exercise-card')) card.style.contentVisibility = 'visible';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
  },

  /**
   * At 200 % text, the first results on screen as `<name>-text-200.png` (a whole-page shot skips
   * the cards below the fold, which the browser draws only near the screen), and the first
   * picture's height there.
   */
  async shootCardsAtLargeText(page: Page, name: string): Promise<number> {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    try {
      await page.locator('.exercise-card').first().evaluate((card) => card.scrollIntoView({ block: 'start' }));
      const height = await library.firstPictureHeight(page);
      await shoot(page, { path: join(SCREENSHOTS, `${name}-text-200.png`) });
      return height;
    } finally {
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '';
      });
    }
  },
};

/** The landing page a visitor meets at `/`. */
export const landing = {
  async open(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Gentle movement that fits your body' }).waitFor();
  },

  /** The ways in: "Create an account" and "Sign in". */
  action(page: Page, name: 'Create an account' | 'Sign in'): Locator {
    return page.getByRole('navigation', { name: 'Get started' }).getByRole('link', { name, exact: true });
  },

  /** The exercises of "A look at the library". */
  glimpse(page: Page): Locator {
    return page.getByRole('region', { name: 'A look at the library' }).getByRole('listitem').getByRole('link');
  },
};
