// The session screen of issue 15 in Chromium at 390 × 844, at 100 % and 200 % text: a hold
// running with the picture beside it and compact controls; "make it easier" on an exercise with
// no easier version still does something and says what (the note lives with the exercise and is
// gone on the next one); the stop flow; the summary; and the choice saved in the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signUpThroughApi } from './pages/models.js';
import { checkPage as checkFullPage, shootLargeText, startE2E, type E2E, shoot as saveShot } from './support/harness.js';
import { guided } from './pages/session.js';
import { findItem, sessionLogsOf } from './support/session-data.js';

/** Axe, the full page, what the phone shows, and the phone view at 200 % text. */
async function shoot(page: Page, name: string): Promise<void> {
  await checkFullPage(page, name);
  await saveShot(page, { path: `test-results/screenshots/${name}-phone.png` });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await saveShot(page, { path: `test-results/screenshots/${name}-phone-text-200.png` });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await shootLargeText(page, name);
}

describe('the session screen', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('keeps the step and picture in view, and make it easier always does something', async () => {
    const email = 'nadia.easier@example.org';
    const { page } = await e2e.newPage();
    await page.clock.install();
    await signUpThroughApi(page, email);
    const target = await findItem(page, (item) => item.holdSeconds !== undefined && item.sets === undefined);
    await guided.open(page, target.date, target.slot);
    await guided.answerPainBefore(page, 4);
    await guided.skipTo(page, target.index);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.clock.runFor(7_000);
    await page.getByRole('timer').waitFor();
    await shoot(page, 'session-hold-running');

    // No easier version: a press still changes something, and says so.
    await page.getByRole('button', { name: /^(Make it easier|Rest instead)$/ }).click();
    const note = page.locator('.player__note');
    await expect.poll(() => note.innerText()).toMatch(/instead of|Changed to|Resting here/);
    await shoot(page, 'session-made-easier');
    // The controls never grow over the timer.
    const bar = await page.getByRole('group', { name: 'Session controls' }).boundingBox();
    expect(bar?.height ?? 999).toBeLessThan(200);
    for (const button of await page.getByRole('button').all()) {
      const box = await button.boundingBox();
      if (box) expect(Math.min(box.width, box.height), await button.innerText()).toBeGreaterThanOrEqual(44);
    }

    await guided.openStop(page);
    await shoot(page, 'session-stop-flow');
    await page.getByRole('button', { name: 'Back to the session' }).click();
    await guided.endHere(page);
    await guided.save(page, null);
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    await shoot(page, 'session-summary-easier');

    const [log] = await sessionLogsOf(e2e, email);
    expect(log?.items[target.index]?.eased).toBeDefined();
  });
});
