// Lessons in Chromium (issue 14): Walter opens the short read offered on home, reads it to the
// end (sources last) and marks it read; the card moves on. He stops a session for chest pain:
// the end of the session links to the chest-pain lesson, which shows his own emergency number,
// and home offers it with a kind reason until "Not now". The list of lessons at 390×844 and at
// 200 % text, a lesson at desktop width; axe on every page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAsWalter, home } from './pages/safety.js';
import { guided } from './pages/session.js';
import { DESKTOP, checkPage, shootLargeText, startE2E, type E2E, shoot } from './support/harness.js';

const card = (page: Page) => page.getByRole('region', { name: 'A short read for you' });

describe('lessons', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('a lesson opens from home, is read to the end and marked read; the card moves on', async () => {
    const { page } = await e2e.newPage();
    await signUpAsWalter(page, 'walter.lessons@example.org');
    await home.open(page);
    await card(page).getByText('Pain is real, and it can change', { exact: true }).waitFor();
    expect(await card(page).innerText()).toMatch(/\d minute read/);
    await checkPage(page, 'lessons-home-card');

    await card(page).getByRole('link', { name: 'Read it now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pain is real, and it can change' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.at(-1)).toBe('Sources');
    await checkPage(page, 'lessons-lesson-phone');

    await page.getByRole('button', { name: 'I have read this' }).click();
    await page.getByRole('heading', { name: 'Thank you for reading' }).waitFor();
    await page.getByRole('link', { name: 'Next: Why movement helps' }).waitFor();
    // The same page as above, now ending in "Thank you": a picture of that part only.
    await shoot(page.locator('.lesson__end'), { path: 'test-results/screenshots/lessons-lesson-read.png' });

    await page.getByRole('link', { name: 'Back home' }).click();
    await page.getByRole('heading', { level: 2, name: 'Today' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Pain is real, and it can change').count()).toBe(0);

    await page.getByRole('link', { name: 'Short reads about pain and moving' }).click();
    await page.getByRole('heading', { level: 1, name: 'Short reads' }).waitFor();
    const first = page.locator('.lesson-item').filter({ hasText: 'Pain is real, and it can change' }).first();
    expect(await first.innerText()).toContain('Read');
    expect(await page.locator('ol.lesson-items > li').count()).toBe(14);
    await checkPage(page, 'lessons-list-phone');
    await shootLargeText(page, 'lessons-list-phone');

    await page.setViewportSize(DESKTOP);
    await page.goto('/lessons/heat_and_cold');
    await page.getByRole('heading', { level: 1, name: 'Heat and cold' }).waitFor();
    await checkPage(page, 'lessons-lesson-desktop');
    await page.goto('/lessons/no_such_lesson');
    await page.getByRole('heading', { level: 1, name: 'We could not find that lesson.' }).waitFor();
  });

  it('a chest-pain stop leads to the chest-pain lesson, with the person’s own emergency number', async () => {
    const { page } = await e2e.newPage();
    await signUpAsWalter(page, 'walter.chest@example.org');
    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 4);
    await page.getByRole('button', { name: 'Begin' }).click();
    await guided.openStop(page);
    await guided.chooseStopReason(page, 'Chest pain, pressure or tightness');
    await page.getByRole('button', { name: 'End the session' }).click();
    await guided.save(page, null);
    const link = page.getByRole('link', { name: 'Read: Chest pain: when to call for help' });
    await link.waitFor();
    await checkPage(page, 'lessons-session-summary-chest-pain');

    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Chest pain: when to call for help' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Call 112 now if you have' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 112' }).first().getAttribute('href')).toBe('tel:112');
    expect(await page.locator('main').innerText()).not.toContain('{emergencyNumber}');
    await checkPage(page, 'lessons-chest-pain');

    await home.open(page);
    await card(page).getByText('You stopped a session because of chest pain.').waitFor();
    await checkPage(page, 'lessons-home-card-chest-pain');
    await card(page).getByRole('button', { name: 'Not now' }).click();
    // The card moves on: the chest-pain lesson is put off, the next in order may take its place.
    await expect.poll(() => page.getByText('Chest pain: when to call for help', { exact: true }).count()).toBe(0);
  });
});
