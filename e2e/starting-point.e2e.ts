// "Find your starting point" in Chromium at phone size, as Maya (44, low back pain, walking):
// from the pacing page into the easy-pace walking test, a reload halfway that keeps the clock,
// a stop after six and a half minutes, pain after, the starting point computed by the pacing
// rule, and the pacing page showing walking's baseline with its reason. A second flow lets the
// clock run out at 15 minutes; a third stops for dizziness, which sets no baseline. Axe on every
// screen; screenshots at 390×844 and at 200 % text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_PROFILE, signUpThroughApi } from './pages/models.js';
import { checkPage } from './pages/session.js';
import { startingPoint } from './pages/starting-point.js';
import { startE2E, type E2E } from './support/harness.js';
import { sessionLogsOf } from './support/session-data.js';

const MINUTE = 60_000;

describe('find your starting point', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  async function maya(email: string) {
    const { page } = await e2e.newPage();
    await page.clock.install();
    await signUpThroughApi(page, email, 'Maya', INTAKE_PROFILE);
    return page;
  }

  it('walks until Maya would like to stop, and sets walking’s baseline from it', async () => {
    const email = 'maya.starting-point@example.org';
    const page = await maya(email);
    await startingPoint.openPacing(page);
    await checkPage(page, 'starting-point-offer');
    await startingPoint.open(page, 'Walking');
    await checkPage(page, 'starting-point-before');
    await startingPoint.shootLargeText(page, 'starting-point-before');

    await startingPoint.start(page, 4);
    await startingPoint.walk(page, 3 * MINUTE);
    await expect.poll(() => startingPoint.clock(page)).toBe('3:00');
    await checkPage(page, 'starting-point-running');
    await startingPoint.shootLargeText(page, 'starting-point-running');

    await page.reload();
    await page.getByText('Welcome back. The clock kept running while you were away.').waitFor();
    expect(await startingPoint.clock(page)).toBe('3:00');
    await checkPage(page, 'starting-point-resumed');
    await startingPoint.walk(page, 3.5 * MINUTE);
    await startingPoint.stop(page);
    await page.getByText('Your test lasted 6 minutes 30 seconds.').waitFor();
    await checkPage(page, 'starting-point-after');
    await startingPoint.shootLargeText(page, 'starting-point-after');

    await startingPoint.save(page, 4);
    await page.getByText('5 minutes of walking a day').waitFor();
    await expect.poll(() => startingPoint.saveStatus(page).innerText()).toBe('Saved');
    expect(await page.getByText(/fail|score/i).count()).toBe(0);
    await checkPage(page, 'starting-point-result');
    await startingPoint.shootLargeText(page, 'starting-point-result');

    const [log] = await sessionLogsOf(e2e, email);
    expect(log).toMatchObject({ pain_before: 4, pain_after: 4, partial: 0, tolerance_test: 1 });
    expect(log?.items).toEqual([{ exerciseId: expect.stringMatching(/^walk-/), minutes: 6.5, status: 'done' }]);

    await page.getByRole('link', { name: 'How your amounts change' }).click();
    await page.getByText('Walking: 5 minutes a day').waitFor();
    await page.getByText(/^Walking .*your easy-pace test lasted 6\.5 min/).waitFor();
    expect(await startingPoint.offers(page).count()).toBe(0);
    await checkPage(page, 'starting-point-pacing-after');
  });

  it('ends the test by itself at 15 minutes, carried on after a visit to another page, and is offered on the activity log too', async () => {
    const email = 'maya.full-test@example.org';
    const page = await maya(email);
    await page.goto('/session/log-activity');
    await startingPoint.offers(page).waitFor();
    await checkPage(page, 'starting-point-log-activity-offer');
    await startingPoint.open(page, 'Walking');
    await startingPoint.start(page, 3);
    await startingPoint.walk(page, 5 * MINUTE);
    // Away to another page and back: the test under way is carried on, not begun again.
    await startingPoint.openPacing(page);
    await startingPoint.offers(page).getByRole('link', { name: 'Walking: carry on with your test' }).click();
    await expect.poll(() => startingPoint.clock(page)).toBe('5:00');
    await startingPoint.walk(page, 10 * MINUTE + 2_000);
    await page.getByRole('heading', { name: 'Test done: the full 15 minutes' }).waitFor();
    await page.getByText('Your test lasted 15 minutes.').waitFor();
    expect(await page.getByRole('button', { name: /Start the test again/ }).count()).toBe(0);
    await checkPage(page, 'starting-point-time-up');
    await startingPoint.save(page, 3);
    await page.getByText('12 minutes of walking a day').waitFor();
    await expect.poll(() => startingPoint.saveStatus(page).innerText()).toBe('Saved');
    const [log] = await sessionLogsOf(e2e, email);
    expect(log?.items).toMatchObject([{ minutes: 15, status: 'done' }]);
  });

  it('stops for dizziness: the signs and what to do, saved as a shorter session that sets no baseline', async () => {
    const email = 'maya.dizzy-test@example.org';
    const page = await maya(email);
    await startingPoint.openPacing(page);
    await startingPoint.open(page, 'Walking');
    await startingPoint.start(page, 5);
    await startingPoint.walk(page, 2 * MINUTE);
    await startingPoint.stopUnwell(page, 'Dizziness or feeling faint', (name) => checkPage(page, name));
    await page.getByText(/^Sit or lie down somewhere safe until it passes/).waitFor();
    await page.getByRole('heading', { name: 'Stop and get help if you notice any of these' }).waitFor();
    await checkPage(page, 'starting-point-stop-dizziness');
    await page.getByRole('button', { name: 'End the test' }).click();
    await page.getByRole('heading', { name: 'Stopping was the right call' }).waitFor();
    await expect.poll(() => startingPoint.saveStatus(page).innerText()).toBe('Saved');
    await checkPage(page, 'starting-point-ended');

    const [log] = await sessionLogsOf(e2e, email);
    expect(log).toMatchObject({ partial: 1, stop_reason: 'dizzy', tolerance_test: 0, pain_after: null });
    expect(log?.items).toMatchObject([{ minutes: 2, status: 'done' }]);
    const pacing = (await (await page.request.get('/api/me/pacing')).json()) as {
      quotas: { activity: string; baseline?: number }[];
    };
    expect(pacing.quotas.find((q) => q.activity === 'aerobic:walking')?.baseline).toBeUndefined();
  });
});
