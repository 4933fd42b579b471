/**
 * Page models for the insights page and the weekly PEG: a journal of past days seeded through
 * the API (as the app would have sent it, day by day), the range control, the patterns as a
 * person reads them, and the three weekly questions inside the check-in.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays, toLocalDate } from '../../src/core/calendar.js';
import { chooseOnScale } from './models.js';

export const PEG_SUMMARY = 'Once a week: three questions about the past week (optional)';
export const PEG_QUESTIONS = [
  'Over the past week, how bad was your pain on average?',
  'Over the past week, how much did pain get in the way of enjoying life?',
  'Over the past week, how much did pain get in the way of your day-to-day activities?',
] as const;

/** Weekly PEG answers, oldest first, seeded 57, 50, … 8 days ago: none in the last 7 days. */
const PEG_WEEKS: readonly [number, number, number][] = [
  [7, 6, 6],
  [7, 6, 6],
  [6, 6, 5],
  [5, 4, 4],
  [5, 4, 4],
  [4, 4, 4],
  [4, 3, 4],
  [4, 3, 3],
];

/** One seeded day, `ago` days before today: pain higher after a poor night, a session every other day. */
function dayOf(ago: number) {
  const isPoorNight = ago % 3 === 0;
  const isFlare = ago === 20 || ago === 41;
  const pain = isFlare ? 8 : 4 + (isPoorNight ? 2 : 0) + [0, 1, 0, -1][ago % 4]!;
  const pegIndex = (57 - ago) / 7;
  const peg = Number.isInteger(pegIndex) && pegIndex >= 0 ? PEG_WEEKS[pegIndex] : undefined;
  return {
    pain,
    flare: isFlare,
    sleep: isPoorNight ? 3 : 7,
    mood: isPoorNight ? 5 : 6,
    energy: 5 + (ago % 5 === 0 ? -1 : 0),
    stiffness: 4 + (ago % 5 === 0 ? 2 : 0),
    stress: 3 + (ago % 4 === 0 ? 2 : 0),
    ...(peg ? { peg: { pain: peg[0], enjoyment: peg[1], activity: peg[2] } } : {}),
  };
}

/** Today in Berlin, the time zone of the browser the flows run in. */
export function berlinToday(): string {
  return toLocalDate(new Date().toISOString(), 'Europe/Berlin');
}

/**
 * Sixty days of journal before today, through the API with the page's cookies: a morning
 * check-in every day, an evening one every third day, a session every other day (1 or 2
 * points calmer after), two flare days and a PEG once a week until 8 days ago.
 */
export async function seedJournal(page: Page, origin: string, days = 60): Promise<void> {
  const today = berlinToday();
  const post = async (url: string, data: object) => {
    const response = await page.request.post(url, { data, headers: { origin } });
    expect(response.status(), `${url} ${await response.text()}`).toBe(201);
  };
  for (let ago = days; ago >= 1; ago--) {
    const day = addDays(today, -ago);
    const entry = dayOf(ago);
    await post('/api/me/checkins', {
      ...entry,
      clientId: randomUUID(),
      at: `${day}T06:00:00.000Z`,
    });
    if (ago % 3 === 1) {
      const evening = { pain: Math.min(10, entry.pain + 1), at: `${day}T18:00:00.000Z` };
      await post('/api/me/checkins', { ...evening, clientId: randomUUID() });
    }
    if (ago % 2 === 0) {
      await post('/api/me/sessions', {
        clientId: randomUUID(),
        startedAt: `${day}T09:00:00.000Z`,
        painBefore: entry.pain,
        painAfter: Math.max(0, entry.pain - (ago % 3 === 0 ? 1 : 2)),
        items: [{ exerciseId: 'walk-home-laps', minutes: 10, status: 'done' }],
      });
    }
  }
}

/** The insights page as a person reads it. */
export const insightsPage = {
  async open(page: Page, search = ''): Promise<void> {
    await page.goto(`/insights${search}`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Trends' }).waitFor();
  },

  /** Picks a range (30, 90 or 180 days) and waits for the page to show it. */
  async chooseRange(page: Page, days: 30 | 90 | 180): Promise<void> {
    await page
      .getByRole('group', { name: 'Show the last' })
      .getByRole('radio', { name: `${days} days` })
      .check();
    await expect
      .poll(() => page.url())
      .toMatch(days === 90 ? /\/insights$/ : new RegExp(`days=${days}$`));
    await page.getByRole('heading', { level: 2, name: 'Trends' }).waitFor();
  },

  /** Opens "Show the numbers", where the patterns' sizes, the tables and the PEG fold away. */
  async showNumbers(page: Page): Promise<void> {
    await page.getByText('Show the numbers', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Week by week' }).waitFor();
  },

  /** Every pattern card, named by its heading. */
  patterns(page: Page): Locator {
    return page.locator('article.pattern');
  },

  section(page: Page, name: string): Locator {
    return page.getByRole('region', { name, exact: true });
  },
};

/** The weekly questions inside the check-in. */
export const weeklyPeg = {
  summary(page: Page): Locator {
    return page.getByText(PEG_SUMMARY, { exact: true });
  },

  async answer(page: Page, answers: readonly [number, number, number]): Promise<void> {
    await this.summary(page).click();
    for (const [index, question] of PEG_QUESTIONS.entries()) {
      await chooseOnScale(page, question, answers[index]!);
    }
  },
};
