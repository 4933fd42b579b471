/**
 * Page models for reminders: the intake's question, the settings page (one-tap snooze and "all
 * off", the calendar link) and home's notice, in the words each screen shows.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The settings stored on the server, as the page's own API gives them. */
export async function storedReminders(page: Page): Promise<{
  settings: {
    paused: boolean;
    snoozedUntil: string | null;
    reminders: { checkin: { on: boolean; time: string } };
  };
  calendar: { active: boolean };
}> {
  return (await page.request.get('/api/me/reminders')).json();
}

/** The intake's last question, answered yes with a check-in time. */
export async function sayYesAtIntake(
  page: Page,
  time: string,
  shoot: (name: string) => Promise<void>,
): Promise<void> {
  await page.getByRole('heading', { name: 'Would you like a reminder?' }).waitFor();
  await shoot('reminders-intake-question');
  await page.getByLabel('Check-in time').fill(time);
  await page.getByRole('button', { name: 'Yes, remind me' }).click();
  await page.getByText(`You will get a check-in reminder at ${time}.`).waitFor();
}

/** The reminders page at /account/reminders. */
export const reminders = {
  async open(page: Page): Promise<void> {
    await page.goto('/account/reminders');
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    await page.getByRole('heading', { name: 'Right now' }).waitFor();
  },

  async status(page: Page): Promise<string> {
    return page.locator('.reminders-status > p').first().innerText();
  },

  /** Taps a button of the "Right now" card and waits for the line it announces. */
  async tap(page: Page, button: string, announced: string): Promise<void> {
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('status').filter({ hasText: announced }).waitFor();
  },

  async turnQuietHoursOff(page: Page): Promise<void> {
    await page.getByRole('checkbox', { name: 'Keep some hours quiet' }).uncheck();
    await page.getByRole('button', { name: 'Save my reminders' }).click();
    await page.getByText('Your reminders are saved.').waitFor();
  },

  /** Makes (or makes anew) the calendar link and reads it from the page. */
  async makeCalendarLink(page: Page, button: string): Promise<string> {
    const field = page.getByLabel('Your private calendar link');
    const before = (await field.count()) > 0 ? await field.inputValue() : '';
    await page.getByRole('button', { name: button }).click();
    await expect
      .poll(async () => ((await field.count()) > 0 ? field.inputValue() : ''))
      .not.toBe(before);
    return field.inputValue();
  },
};

/** Home's reminder card. */
export const notice = {
  card(page: Page) {
    return page.getByRole('region', { name: 'A gentle reminder' });
  },

  async openHome(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
  },
};
