// Safety answers offline, in Chromium at phone size (found in review of issue 13): Walter opens
// the safety questions, loses the network, answers "yes" to chest pain at rest and saves. The
// save fails, and the emergency notice with its tap-to-call link shows anyway; axe and a
// screenshot of that screen. Back online, saving gives the server's own notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, safety } from './pages/models.js';
import { signUpAsWalter } from './pages/safety.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

const CHEST_PAIN = 'Do you have chest pain or pressure while you are resting?';

describe('safety answers that cannot be saved', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('still show the emergency notice when the device is offline', async () => {
    const { page } = await e2e.newPage();
    await signUpAsWalter(page, 'walter.offline@example.org');
    await safety.answerAllNo(page);
    await page.route('**/api/**', (route) => route.abort());
    await answer(page, CHEST_PAIN, true);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText('Your answers are not saved yet. What they mean matters now, so here it is:').waitFor();
    const notice = page.locator('.notice--emergency');
    expect(await notice.getByRole('link', { name: /^Call \d+$/ }).getAttribute('href')).toMatch(/^tel:\d+$/);
    expect(await page.getByText('Your safety answers are saved.').count()).toBe(0);
    await checkPage(page, 'safety-offline-emergency');

    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText('Your safety answers are saved.').waitFor();
    await page.locator('.notice--emergency').first().waitFor();
    expect(await page.getByText('Your answers are not saved yet. What they mean matters now, so here it is:').count()).toBe(0);
  });
});
