/**
 * Page models for the week, home's glance at today and the pacing page: the minutes a person
 * reads on each, the bad-day choice and its Undo, and calm walks logged through the API as the
 * app would have sent them on past days.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const minutesIn = (text: string): number => {
  const found = /(\d+) minutes?/.exec(text);
  if (!found) throw new Error(`No minutes in "${text}"`);
  return Number(found[1]);
};

/** The week at /plan. */
export const week = {
  async open(page: Page): Promise<void> {
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await page.locator('.week-day__summary').first().waitFor();
  },

  /** The minutes each day of the week shows, Monday first (0 for a rest day). */
  async minutesOfEveryDay(page: Page): Promise<number[]> {
    const summaries = await page.locator('.week-day__summary').allInnerTexts();
    expect(summaries).toHaveLength(7);
    return summaries.map((text) => (/\d+ minutes?/.test(text) ? minutesIn(text) : 0));
  },

  async markBadDay(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'I’m having a bad day' }).click();
    await page.getByRole('button', { name: 'Yes, make today gentle' }).click();
    await page.getByRole('button', { name: 'Undo the bad day' }).waitFor();
  },

  async undoBadDay(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Undo the bad day' }).click();
    await page.getByRole('button', { name: 'I’m having a bad day' }).waitFor();
  },
};

/** Home's card for today: the minutes it says today holds. */
export async function todayMinutesOnHome(page: Page): Promise<number> {
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Today’s plan' });
  await card.waitFor();
  return minutesIn(await card.getByText(/About \d+ minutes?/).innerText());
}

/** The pacing page: the minutes a day of a quota named by its label ("Walking", "Session time"). */
export async function quotaMinutesOnPacing(page: Page, label: string): Promise<number> {
  await page.goto('/pacing');
  await page.getByRole('heading', { level: 1, name: 'How your amounts change' }).waitFor();
  const line = page.locator('.quota-list li').filter({ hasText: new RegExp(`^${label}:`, 'i') });
  return minutesIn(await line.innerText());
}

/**
 * Calm walks of `minutes` on each of the last `days` days, each morning's check-in at usual pain,
 * logged as the app sends them; today's check-in shows the last walk was calm too.
 */
export async function logCalmWalks(page: Page, days: number, minutes: number): Promise<void> {
  for (let ago = days; ago >= 0; ago--) {
    const at = new Date(Date.now() - ago * 86_400_000 - 3_600_000).toISOString();
    const checkin = await page.request.post('/api/me/checkins', { data: { pain: 3, at } });
    expect(checkin.status()).toBe(201);
    if (ago === 0) break;
    const startedAt = new Date(Date.now() - ago * 86_400_000).toISOString();
    const response = await page.request.post('/api/me/sessions', {
      data: {
        clientId: randomUUID(), startedAt, painBefore: 3, painAfter: 3,
        items: [{ exerciseId: 'walk-home-laps', minutes, status: 'done' }],
      },
    });
    expect(response.status()).toBe(201);
  }
}
