// Reminders the person controls, in a phone-sized browser: a "yes" at the end of the intake with
// a check-in time already past today; home then shows one calm notice, "Not now" hides it and it
// does not come back today; snooze and "all off" take one tap each and keep the choices; the
// settings page reads at 200 % text without sideways scrolling. The private calendar link parses
// with ical.js and holds the week's sessions; a new link stops the old one, and stopping stops it.
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_PROFILE, signUpThroughApi, signUpWithIntake } from './pages/models.js';
import { notice, reminders, sayYesAtIntake, storedReminders } from './pages/reminders.js';
import { checkPage, shootLargeText, startE2E, type E2E } from './support/harness.js';

/** True when the page is no wider than the screen (nothing needs sideways scrolling). */
async function fitsTheScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('reminders', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('shows a due check-in once, and snoozes or turns everything off in one tap', async () => {
    const { page } = await e2e.newPage();
    await signUpWithIntake(page, 'ines@example.org', 'Ines');
    // Midnight has always passed today; with quiet hours off the reminder is due whenever this runs.
    await sayYesAtIntake(page, '00:00', (name) => checkPage(page, name));
    await reminders.open(page);
    await reminders.turnQuietHoursOff(page);
    expect(await reminders.status(page)).toBe('Reminders are on: check-in at 00:00.');

    await notice.openHome(page);
    await notice.card(page).getByText('Time for your check-in.').waitFor();
    await checkPage(page, 'reminders-home-notice');
    const dismissed = page.waitForResponse((r) =>
      r.url().endsWith('/api/me/reminders/due/dismiss'),
    );
    await notice.card(page).getByRole('button', { name: 'Not now' }).click();
    expect((await dismissed).status()).toBe(204);
    expect(await notice.card(page).count()).toBe(0);
    await notice.openHome(page);
    expect(await notice.card(page).count()).toBe(0);
    expect((await (await page.request.get('/api/me/reminders/due')).json()).due).toEqual([]);

    await reminders.open(page);
    await checkPage(page, 'reminders-settings');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await fitsTheScreen(page)).toBe(true);
    await shootLargeText(page, 'reminders-settings');

    await reminders.tap(page, 'Snooze for 1 hour', 'Snoozed for 1 hour.');
    const snoozed = (await storedReminders(page)).settings.snoozedUntil;
    expect(Date.parse(snoozed ?? '') - Date.now()).toBeGreaterThan(50 * 60_000);
    await expect.poll(() => reminders.status(page)).toMatch(/^Reminders are snoozed until /);
    await reminders.tap(page, 'End the snooze', 'The snooze has ended.');
    await reminders.tap(page, 'Snooze until tomorrow', 'Snoozed until tomorrow.');
    await reminders.tap(page, 'Turn all reminders off', 'All reminders are off.');
    const off = (await storedReminders(page)).settings;
    expect(off.paused).toBe(true);
    expect(off.reminders.checkin).toEqual({ on: true, time: '00:00' });
    await checkPage(page, 'reminders-settings-all-off');
    await reminders.tap(page, 'Turn reminders back on', 'Your reminders are back on.');
    expect((await storedReminders(page)).settings.paused).toBe(false);
  });

  it('gives a private calendar link with the week’s sessions, renews it and stops it', async () => {
    const { page } = await e2e.newPage();
    await signUpThroughApi(page, 'tomas@example.org', 'Tomás', INTAKE_PROFILE);
    await reminders.open(page);
    const first = await reminders.makeCalendarLink(page, 'Make a private calendar link');
    await checkPage(page, 'reminders-calendar-link');
    const feed = await page.request.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const plan = await (await page.request.get('/api/me/plan')).json();
    const events = readEvents(await feed.text());
    // Seven active days a week: today at least has a session, so the check below is never empty.
    expect(events.some((e) => e.date === plan.today && e.uid.startsWith('session-'))).toBe(true);
    for (const day of plan.plan.days as { date: string; sessions: { slot: string }[] }[]) {
      if (day.date < plan.today) continue;
      const sessions = events.filter(
        (e) => e.date === day.date && e.uid.startsWith('session-') && e.hasAlarm,
      );
      expect(sessions.length, `sessions on ${day.date}`).toBe(day.sessions.length);
    }

    const second = await reminders.makeCalendarLink(page, 'Make a new link');
    expect(second).not.toBe(first);
    expect((await page.request.get(first)).status()).toBe(404);
    expect((await page.request.get(second)).status()).toBe(200);
    await page.getByRole('button', { name: 'Stop the calendar link' }).click();
    await page.getByText('The calendar link is stopped.').waitFor();
    expect((await page.request.get(second)).status()).toBe(404);
    expect((await storedReminders(page)).calendar.active).toBe(false);
  });
});

/** Every event of an iCalendar text: its UID, local date (Berlin, as the person lives) and alarm. */
function readEvents(text: string): { uid: string; date: string; hasAlarm: boolean }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate();
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(start);
    return {
      uid: event.uid,
      date,
      hasAlarm: vevent.getAllSubcomponents('valarm').length > 0,
    };
  });
}
