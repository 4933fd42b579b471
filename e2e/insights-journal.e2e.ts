// "What your journal shows" in a real browser at phone size (issue 14): a person with twenty
// days of detailed check-ins (seeded through the API) reads pain by body area, the share of
// nerve-type days, a trigger linked with rises and one not, and what helped (shown at 20 ratings,
// still counting at 4); then the same at 200 % text without sideways scrolling. Axe on both.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/calendar.js';
import { berlinToday, insightsPage } from './pages/insights.js';
import { auth } from './pages/models.js';
import { checkPage, startE2E, type E2E, shoot } from './support/harness.js';

describe('insights: what the journal shows', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('shows what the journal shows: body areas, nerve-type days, triggers before a rise and what helped', async () => {
    const { page: jo } = await e2e.newPage();
    await auth.signUp(jo, 'jo@example.org', 'Jo');
    await seedDetail(jo, e2e.baseUrl);
    await insightsPage.open(jo);
    const section = insightsPage.section(jo, 'What your journal shows');
    for (const name of ['Pain by body area', 'What the pain felt like', 'Before pain went up', 'What helped']) {
      await section.getByRole('heading', { level: 3, name }).waitFor();
    }
    await section.getByRole('article', { name: 'Lower back' }).getByText(/^Latest 7-day average: \d\.\d \(.+\)\. A number on 20 days in this range\.$/).waitFor();
    await section.getByText("An area's trend starts at 7 days with its own number. So far: Knees, 3 days.").waitFor();
    await section.getByText(/^On 10 of the 20 days when you said what the pain felt like \(50\s%\), you chose a nerve-type word\.$/).waitFor();
    await section.getByText(/^Heat: \d\.\d out of 10 on average, rated 20 times \(likely between \d\.\d and \d\.\d\)\. 5 of 20 rated again later\.$/).waitFor();
    await section.getByText('Cold: rated 4 times so far; an average shows from 5.').waitFor();
    const sitting = section.getByRole('listitem').filter({ hasText: 'Sitting' });
    await sitting.getByText('Linked with rises', { exact: true }).waitFor();
    await section.getByRole('listitem').filter({ hasText: 'Weather' }).getByText('No link with rises shown', { exact: true }).waitFor();
    await sitting.getByText(/Noted before 5 of 5 rises, and around 4 of 14 other days\./).waitFor();
    expect(await section.innerText()).not.toMatch(/\bcaus/i);
    await checkPage(jo, 'insights-journal');
    await shoot(section, { path: 'test-results/screenshots/insights-journal-section.png' });
    await jo.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await jo.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(section, { path: 'test-results/screenshots/insights-journal-section-text-200.png' });
    const parts = section.locator('.insights-journal__part');
    for (let i = 0; i < (await parts.count()); i++) {
      await shoot(parts.nth(i), { path: `test-results/screenshots/insights-journal-part-${i + 1}-text-200.png` });
    }
    await checkPage(jo, 'insights-journal-text-200');
    await jo.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  });
});

/**
 * Twenty days of detailed check-ins through the API: the lower back rated every day, the knees on
 * three; pain rising every fourth day with sitting noted on each rise; nerve-type
 * words on half the days; heat rated every day (5 of them again later), cold on four.
 */
async function seedDetail(page: Page, origin: string): Promise<void> {
  const today = berlinToday();
  for (let ago = 20; ago >= 1; ago--) {
    // Every fourth day pain rises from 3 to 6; sitting is noted on those days, weather on others.
    const step = (20 - ago) % 4;
    const isRise = step === 3;
    const pain = isRise ? 6 : 3;
    const hasKnee = ago <= 3;
    const detail = {
      regionPain: [{ region: 'lower_back', pain: pain + (ago % 3) - 1 }, ...(hasKnee ? [{ region: 'knee', pain: 4 }] : [])],
      descriptors: ago % 2 === 0 ? ['burning', 'tingling'] : ['aching'],
      triggers: isRise ? ['sitting'] : step === 1 ? ['weather'] : [],
      relief: [
        { kind: 'heat', helped: 5 + (ago % 3), helpedLater: ago % 4 === 0 ? 7 : null },
        ...(ago % 5 === 0 ? [{ kind: 'cold', helped: 3, helpedLater: null }] : []),
      ],
    };
    const response = await page.request.post('/api/me/checkins', {
      data: { pain, areas: hasKnee ? ['lower_back', 'knee'] : ['lower_back'], clientId: randomUUID(), at: `${addDays(today, -ago)}T08:00:00.000Z`, detail },
      headers: { origin },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}
