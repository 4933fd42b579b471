// The walking skeleton in a real browser at phone size: sign up → intake (emergency branch, then
// the normal branch) → check-in → edit → history → export → delete the account. Every page is
// scanned with axe and screenshotted.
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, auth, chooseOnScale, intake, PASSWORD, safety } from './pages/models.js';
import { landing } from './pages/library.js';
import { shell } from './pages/shell.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

const SAFETY_QUESTIONS = [
  'Have you recently had new trouble passing urine, or controlling your bladder or bowels?',
  'Do you have new numbness around your genitals, bottom or inner thighs?',
];

describe('a person’s first days with Pacewise', () => {
  let e2e: E2E;
  let page: Page;
  const shoot = (name: string) => checkPage(page, name);

  beforeAll(async () => {
    e2e = await startE2E();
    ({ page } = await e2e.newPage());
  });
  afterAll(async () => e2e?.close());

  it('shows a new visitor what Pacewise is, the way to sign in, and lets them create an account', async () => {
    await landing.open(page);
    await landing.action(page, 'Sign in').click();
    await expect.poll(() => page.url()).toContain('/signin');
    await shoot('signin');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await shoot('signup');
    await auth.signUp(page, 'maya@example.org', 'Maya');
    await shoot('intake-start');
  });

  it('stops at an emergency answer with calm advice, and shows it again at home', async () => {
    await intake.answerUpToSafety(page, shoot);
    await answer(page, SAFETY_QUESTIONS[0]!, false);
    await answer(page, SAFETY_QUESTIONS[1]!, true);
    await shoot('intake-8-safety');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Please get medical help now' }).count())
      .toBeGreaterThan(0);
    await shoot('intake-emergency');
    await page.goto('/');
    await expect
      .poll(() => page.getByText('Please get medical help now').count())
      .toBeGreaterThan(0);
    await shoot('home-referred');
  });

  it('takes the normal branch once every safety answer is no', async () => {
    await safety.answerAllNo(page);
    await shoot('safety-review');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect
      .poll(() => page.getByText('Your safety answers are saved.').count())
      .toBeGreaterThan(0);
    // Home shows the new answers at once, with no stop sign from before, not even while it asks
    // the server again (held back here, as on a slow connection).
    const held: Promise<void>[] = [];
    const slowSafety = (route: Route) => {
      const sent = (async () => {
        if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      })();
      held.push(sent);
      return sent;
    };
    await page.route('**/api/me/safety', slowSafety);
    await shell.openTab(page, 'Today');
    await expect.poll(() => page.getByText('No check-in yet today').count()).toBeGreaterThan(0);
    expect(await page.getByText('Please get medical help now').count()).toBe(0);
    // The requests held back go on before the route is taken away (it cannot be let go twice).
    await Promise.all(held);
    await page.unroute('**/api/me/safety', slowSafety);
    // Opened afresh, home may start from the copy the device keeps (written a second after a
    // change at most), and then shows the server's answer.
    await page.goto('/');
    await expect.poll(() => page.getByText('No check-in yet today').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Please get medical help now').count()).toBe(0);
    const stored = await e2e.database.db
      .selectFrom('profiles')
      .select('data')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.data)).toMatchObject({
      painAreas: ['lower_back', 'knee'],
      minutesPerDay: 15,
      daysPerWeek: 5,
      age: 44,
      safety: { saddle_numbness: false },
    });
  });

  it('checks in with one tap, and again with more detail', async () => {
    await page.getByRole('link', { name: 'Check in' }).first().click();
    await page.getByRole('radiogroup', { name: 'Pain right now' }).waitFor();
    await chooseOnScale(page, 'Pain right now', 6);
    await shoot('checkin');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Check-in saved' }).count()).toBe(1);
    await shoot('checkin-saved');
    await page.getByRole('button', { name: 'Add another check-in' }).click();
    await chooseOnScale(page, 'Pain right now', 8);
    await page.getByText('Add more detail (optional)').click();
    await page.getByRole('checkbox', { name: 'This is a flare-up' }).check();
    await chooseOnScale(page, 'Sleep last night', 3);
    await page.getByLabel('Notes (optional)').fill('Long drive yesterday.');
    await shoot('checkin-details');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Check-in saved' }).count()).toBe(1);
    await page.goto('/');
    await expect.poll(() => page.getByText('You have checked in today. Thank you.').count()).toBe(1);
    await shoot('home');
  });

  it('edits a past entry from the journal’s timeline', async () => {
    await page.goto('/history');
    await page.getByRole('heading', { level: 2, name: 'Your journal' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^Edit check-in from/ }).count()).toBe(2);
    await shoot('history');
    await page
      .getByRole('link', { name: /^Edit check-in from/ })
      .first()
      .click();
    await chooseOnScale(page, 'Pain at that time', 7);
    await shoot('checkin-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('Your changes are saved.').count()).toBeGreaterThan(0);
    const pains = await e2e.database.db
      .selectFrom('checkins')
      .select(['pain', 'flare', 'notes'])
      .orderBy('at')
      .execute();
    expect(pains.map((c) => c.pain).sort()).toEqual([6, 7]);
    expect(pains.find((c) => c.flare === 1)?.notes).toBe('Long drive yesterday.');
  });

  it('exports everything as one JSON file', async () => {
    await page.goto('/account');
    await page.getByRole('button', { name: 'Download my data' }).waitFor();
    await shoot('account');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pacewise-export-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(document).toMatchObject({
      format: 'pacewise-export',
      account: { email: 'maya@example.org', timeZone: 'Europe/Berlin' },
    });
    expect(document.checkins).toHaveLength(2);
    expect(document.profile.profile.goals).toEqual([
      { activity: 'Gardening for an hour', score: 3 },
    ]);
  });

  it('deletes the account and every row after a confirmation', async () => {
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Your password, to confirm').fill(PASSWORD);
    await shoot('account-delete-confirm');
    await page.getByRole('button', { name: 'Delete my account and data' }).click();
    await expect.poll(() => page.getByText(/have been deleted/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain('/signin');
    await shoot('signin-after-delete');
    for (const table of [
      'users',
      'checkins',
      'profiles',
      'intake_drafts',
      'auth_sessions',
    ] as const) {
      expect(await e2e.database.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
  });
});
