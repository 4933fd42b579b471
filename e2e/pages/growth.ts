/** "How your plan grows" as a person reads it. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The scenario labels, as the page shows them. */
export const SCENARIO_LABELS = {
  calm: 'do every planned session, and your body stays calm',
  missSome: 'miss some days',
  flare: 'have a flare-up in week 3',
  overdo: 'overdo it on good days',
} as const;

/** The page model. */
export const growthPage = {
  /** Opens it from the plan page's link, as a person would. */
  async openFromPlan(page: Page): Promise<void> {
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await page.getByRole('link', { name: 'How your plan grows' }).click();
    await page.getByRole('heading', { level: 1, name: 'How your plan grows' }).waitFor();
    await growthPage.waitForWeeks(page);
  },

  /** Waits until the week-by-week table holds its 12 weeks. */
  async waitForWeeks(page: Page): Promise<void> {
    await expect.poll(() => growthPage.rows(page).count(), { timeout: 20_000 }).toBe(12);
  },

  /** Chooses a scenario and waits for its answer. */
  async choose(page: Page, scenario: keyof typeof SCENARIO_LABELS): Promise<void> {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/plans/simulate') && r.status() === 200);
    await page.getByRole('group', { name: 'Show what happens if you…' }).getByRole('radio', { name: SCENARIO_LABELS[scenario] }).check();
    await answered;
    await growthPage.waitForWeeks(page);
  },

  /** The rows of the table, one per week. */
  rows(page: Page): Locator {
    return page.getByRole('table', { name: 'Week by week' }).locator('tbody tr');
  },

  /** The minutes of each week, as the table says them. */
  async weeklyMinutes(page: Page): Promise<number[]> {
    const texts = await growthPage.rows(page).locator('td:nth-child(2)').allInnerTexts();
    return texts.map(Number);
  },

  /** The changes told for one week. */
  changesOf(page: Page, week: number): Locator {
    return page.getByRole('region', { name: `Week ${week}`, exact: true }).getByRole('listitem');
  },
};
