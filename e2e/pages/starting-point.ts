/**
 * Page model for "Find your starting point", the easy-pace tolerance test: the offer on the
 * pacing page, pain before and Start, the running clock (moved on with Playwright's clock, so a
 * 15-minute walk takes no time), "I'd like to stop", pain after and the result.
 */
import type { Locator, Page } from 'playwright-core';
import { chooseOnScale } from './models.js';
import { shoot } from '../support/harness.js';

export const PAIN_BEFORE = 'How much pain do you have right now?';
export const PAIN_AFTER = 'How much pain do you have now?';

export const startingPoint = {
  offers(page: Page): Locator {
    return page.getByRole('region', { name: 'Find your starting point' });
  },

  /** The pacing page, with the offers loaded (or known to be absent). */
  async openPacing(page: Page): Promise<void> {
    await page.goto('/pacing');
    await page.getByRole('heading', { level: 1, name: 'How your amounts change' }).waitFor();
    await page.getByRole('heading', { name: 'Your amounts now' }).or(page.getByText(/Your amounts will appear/)).first().waitFor();
  },

  /** Follows the offer for an activity ("Walking") to the test. */
  async open(page: Page, label: string): Promise<void> {
    await this.offers(page).getByRole('link', { name: `${label}: find your starting point` }).click();
    await page.getByRole('radiogroup', { name: PAIN_BEFORE }).waitFor();
  },

  /**
   * Pain before and Start. From then on the time the page reads stands still until the test
   * moves it, while its timers keep running (axe needs them): the clock shows exactly what the
   * test walked.
   */
  async start(page: Page, painBefore: number): Promise<void> {
    await chooseOnScale(page, PAIN_BEFORE, painBefore);
    await page.clock.setFixedTime(await page.evaluate(() => Date.now()));
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('timer', { name: 'Time so far' }).waitFor();
  },

  /** The clock as shown, "6:30". */
  async clock(page: Page): Promise<string> {
    return page.getByRole('timer', { name: 'Time so far' }).innerText();
  },

  /** Lets `ms` pass on the time the page reads; the running clock shows it at its next tick. */
  async walk(page: Page, ms: number): Promise<void> {
    await page.clock.setFixedTime((await page.evaluate(() => Date.now())) + ms);
  },

  async stop(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'I’d like to stop' }).click();
    await page.getByRole('heading', { name: /^Test done/ }).waitFor();
  },

  /** Pain after, then Save; waits for the result. */
  async save(page: Page, painAfter: number): Promise<void> {
    await chooseOnScale(page, PAIN_AFTER, painAfter);
    await page.getByRole('button', { name: 'Save my starting point' }).click();
    await page.getByRole('heading', { name: 'Your starting point', exact: true }).waitFor();
  },

  /** "Stop — something feels wrong", then a reason; waits for what to do now. */
  async stopUnwell(page: Page, reason: string, shoot?: (name: string) => Promise<void>): Promise<void> {
    await page.getByRole('button', { name: 'Stop — something feels wrong' }).click();
    await page.getByRole('heading', { name: 'What feels wrong?' }).waitFor();
    await shoot?.('starting-point-stop-reasons');
    await page.getByRole('button', { name: reason }).click();
    await page.getByRole('heading', { name: /^(What to do now|Call for help now)$/ }).waitFor();
  },

  saveStatus(page: Page): Locator {
    return page.getByRole('status').filter({ hasText: /Saved|Waiting to send|Sending|Saving/ });
  },

  /** The screen again with every text at 200 % (as a person who enlarges text sees it). */
  async shootLargeText(page: Page, name: string): Promise<void> {
    // Through the CSSOM: the app's Content-Security-Policy rightly refuses an inline style tag.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await shoot(page, { path: `test-results/screenshots/${name}-text200.png`, fullPage: true });
    await shoot(page, { path: `test-results/screenshots/${name}-text200-phone.png` });
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  },
};
