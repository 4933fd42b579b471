// Issue 15's insights and History at phone size, with 5 weeks and with 90 days of journal (seeded
// through the API): the page leads with one plain sentence of what changed, its charts start on
// the first day with data, what goes with the pain is one card, and the numbers fold away; History
// shows check-ins, sessions (a stopped one with its reason) and bad days on one timeline, filters
// by kind, pages back, and still edits a check-in. Axe and screenshots at 100 % and 200 % text.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, countDaysIncluded } from '../src/core/calendar.js';
import { auth } from './pages/models.js';
import { berlinToday, seedJournal } from './pages/insights.js';
import { checkPage, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

async function seedStopsAndBadDays(e2e: E2E, page: Page): Promise<void> {
  const me = await (await page.request.get('/api/me')).json();
  const day = addDays(berlinToday(), -2);
  const response = await page.request.post('/api/me/sessions', {
    headers: { origin: e2e.baseUrl },
    data: {
      clientId: randomUUID(), startedAt: `${day}T16:00:00.000Z`, painBefore: 5, painAfter: null, partial: true, stopReason: 'dizzy',
      items: [{ exerciseId: 'walk-home-laps', minutes: 4, status: 'done' }], notes: 'Felt light-headed, sat down.',
    },
  });
  expect(response.status()).toBe(201);
  await e2e.database.db.insertInto('bad_days').values({ user_id: me.id, local_date: addDays(berlinToday(), -3), created_at: `${addDays(berlinToday(), -3)}T07:00:00.000Z`, week_before: null }).execute();
}

async function readInsights(page: Page, name: string, days: number): Promise<void> {
  await page.goto('/insights');
  await page.getByRole('heading', { level: 2, name: 'What changed' }).waitFor();
  await page.getByText(/^(Your pain this week averaged \d+(\.\d)?, .+ last week’s \d+(\.\d)?\.|Too few check-ins)/).waitFor();
  // The chosen 90 days are a ceiling: the range shown starts on the first day with data.
  const first = addDays(berlinToday(), -days);
  const shown = await page.locator('.insights-dates').innerText();
  expect(shown).toContain(String(Number(first.slice(8, 10))));
  expect(countDaysIncluded(first, berlinToday())).toBe(days + 1);
  await page.getByRole('heading', { level: 2, name: 'What goes with your pain' }).waitFor();
  expect(await page.locator('main').innerText()).not.toMatch(/95\s%|interval|fairly sure|\bcaus/i);
  // Closed, the numbers take one line; the page before them stays near three phone screens.
  const fold = page.locator('details.insights-fold');
  expect(await fold.getAttribute('open')).toBeNull();
  const foldTop = await fold.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  console.log(`${name}: "Show the numbers" starts ${Math.round(foldTop)} px down (${(foldTop / PHONE.height).toFixed(1)} screens)`);
  expect(foldTop).toBeLessThan(4.5 * PHONE.height);
  await checkPage(page, name);
  await shootLargeText(page, name);
  await page.getByText('Show the numbers', { exact: true }).click();
  await page.getByRole('table', { name: 'PEG score by week, newest first' }).waitFor();
  await page.getByText(/likely between/).first().waitFor();
  await checkPage(page, `${name}-numbers`);
}

async function readHistory(page: Page, name: string): Promise<void> {
  await page.goto('/history');
  await page.getByRole('heading', { level: 2, name: 'Your journal' }).waitFor();
  const main = page.locator('main');
  await main.getByText('Session stopped', { exact: true }).waitFor();
  await main.getByText('Why: dizziness or feeling faint.').waitFor();
  await main.getByText('Marked as a bad day', { exact: true }).waitFor();
  expect(await main.getByText('Session done', { exact: true }).count()).toBeGreaterThan(3);
  expect(await main.getByText('Check-in', { exact: true }).count()).toBeGreaterThan(10);
  await checkPage(page, name);
  await shootLargeText(page, name);

  await page.getByLabel('Show', { exact: true }).selectOption('session');
  await expect.poll(() => main.getByText('Check-in', { exact: true }).count()).toBe(0);
  expect(await main.getByText('Session done', { exact: true }).count()).toBeGreaterThan(3);
  await page.getByLabel('Show', { exact: true }).selectOption('flare');
  await expect.poll(() => main.getByText('Session done', { exact: true }).count()).toBe(0);
  await checkPage(page, `${name}-flare-ups`);
  await page.getByLabel('Show', { exact: true }).selectOption('all');

  const days = () => page.locator('.timeline-day').count();
  const before = await days();
  await page.getByRole('button', { name: 'Show earlier days' }).click();
  await expect.poll(days).toBeGreaterThan(before);

  await page.getByRole('link', { name: /^Edit check-in from/ }).first().click();
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
}

describe('insights and History, issue 15', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('with 5 weeks of journal', async () => {
    const { page } = await e2e.newPage();
    await auth.signUp(page, 'five@example.org', 'Five');
    await seedJournal(page, e2e.baseUrl, 35);
    await seedStopsAndBadDays(e2e, page);
    await readInsights(page, 'insights-5-weeks', 35);
    await readHistory(page, 'history-5-weeks');
  });

  it('with 90 days of journal', async () => {
    const { page } = await e2e.newPage();
    await auth.signUp(page, 'ninety@example.org', 'Ninety');
    await seedJournal(page, e2e.baseUrl, 89);
    await seedStopsAndBadDays(e2e, page);
    await readInsights(page, 'insights-90-days', 89);
    await readHistory(page, 'history-90-days');
  });
});
