// Insights in a real browser at phone size: a person with 60 days of journal (seeded through
// the API) reads trends, then opens "Show the numbers" for patterns with their likely ranges and what stands behind them, week
// by week and the weekly PEG; changes the range; prints the page; then answers the weekly PEG
// inside a check-in, which is saved once and not asked again that week. A new person sees what
// the patterns still need (and that their journal section waits for detail). Axe and a screenshot
// on every screen, printed page included. The journal section with detail: insights-journal.e2e.ts.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, chooseOnScale, INTAKE_PROFILE, signUpThroughApi } from './pages/models.js';
import { insightsPage, PEG_SUMMARY, seedJournal, weeklyPeg } from './pages/insights.js';
import { checkPage, DESKTOP, PHONE, startE2E, type E2E } from './support/harness.js';

interface ApiPattern {
  code: string;
  claimed: boolean;
  meaningful: boolean;
  ci: [number, number] | null;
}

describe('insights', () => {
  let e2e: E2E;
  let page: Page;
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page } = await e2e.newPage());
  });
  afterAll(async () => e2e?.close());

  it('signs a person up and keeps 60 days of their journal', async () => {
    await signUpThroughApi(page, 'ines@example.org', 'Ines', INTAKE_PROFILE);
    // Opening the week saves this week's plan, as it would for anyone using the app.
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await seedJournal(page, e2e.baseUrl);
    // Lists answer at most 366 days at a time (issue 16): ask for the last 120.
    const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const sessions = await (await page.request.get(`/api/me/sessions?from=${from}`)).json();
    expect(sessions.items).toHaveLength(30);
  });

  it('shows trends and patterns with their intervals, claiming only what the server claims', async () => {
    await insightsPage.open(page);
    await insightsPage.showNumbers(page);
    const api = await (await page.request.get('/api/me/insights')).json();
    expect(api.status).toBe('ok');
    const patterns: ApiPattern[] = api.patterns;
    const cards = insightsPage.patterns(page);
    await expect.poll(() => cards.count()).toBe(patterns.length);
    const claimed = patterns.filter((p) => p.claimed).length;
    expect(claimed).toBeGreaterThan(0);
    expect(await cards.getByText('A clear link', { exact: true }).count()).toBe(
      claimed,
    );
    expect(await cards.getByText('Big enough to notice', { exact: true }).count()).toBe(
      patterns.filter((p) => p.meaningful).length,
    );
    expect(await page.locator('.interval').count()).toBe(patterns.filter((p) => p.ci).length);
    const sessions = insightsPage
      .section(page, 'What sessions do')
      .getByRole('article', { name: 'All sessions' });
    await expect
      .poll(() =>
        sessions
          .getByText(
            /^Pain about \d\.\d points? lower \(likely between .+ lower\), from 30 sessions\.$/,
          )
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText(api.note).count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(/\bcaus/i);
    for (const name of [
      'Trends',
      'The next day',
      'Sleep and pain',
      'Time of day',
      'Week by week',
      'Weekly PEG',
    ]) {
      await insightsPage.section(page, name).waitFor();
    }
    // Canvases are pictures: hidden from assistive technology, with sentences and tables beside.
    expect(await page.locator('figure.insights-chart:not([aria-hidden="true"])').count()).toBe(0);
    await insightsPage
      .section(page, 'Trends')
      .getByRole('article', { name: 'Pain' })
      .getByText(
        /^0 to 10, lower is better\. Latest 7-day average: \d\.\d \(.+\)\. .+; 2 flare-up days\.$/,
      )
      .waitFor();
    await page.getByRole('table', { name: 'PEG score by week, newest first' }).waitFor();
    await checkPage(page, 'insights');
  });

  it('changes the range, and prints cleanly without the navigation and controls', async () => {
    await insightsPage.chooseRange(page, 30);
    await page.getByText(/^From .+ to .+\.$/).waitFor();
    await checkPage(page, 'insights-30-days');
    await insightsPage.chooseRange(page, 90);

    // A4's printable width with 15 mm margins (US Letter's is a little wider).
    await page.setViewportSize({ width: 680, height: 960 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Show the last' }).isVisible()).toBe(false);
    const tooWide = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect().width;
      return [...document.querySelectorAll('.insights-chart canvas')].filter(
        (canvas) => canvas.getBoundingClientRect().width > main + 1,
      ).length;
    });
    expect(tooWide).toBe(0);
    await checkPage(page, 'insights-print');
    mkdirSync('test-results/print', { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, path: `test-results/print/insights-${format}.pdf` });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);
  });

  it('keeps the five tabs on screen at 320 px without sideways scrolling, and on a desktop', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await insightsPage.open(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').count()).toBe(5);
    expect(await nav.getByRole('link', { name: 'Insights' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await checkPage(page, 'insights-320');
    // At 200 % text the names once overlapped in a grid of four.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    // A name wider than its cell spills over its neighbours: each must fit its own box.
    const spilling = await nav.getByRole('link').evaluateAll((links) => links.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(spilling).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.setViewportSize(DESKTOP);
    await checkPage(page, 'insights-desktop');
    await page.setViewportSize(PHONE);
  });

  it('asks the weekly PEG inside the check-in, saves it with the check-in, and not again that week', async () => {
    await page.goto('/checkin');
    await weeklyPeg.summary(page).waitFor();
    await chooseOnScale(page, 'Pain right now', 4);
    await weeklyPeg.answer(page, [5, 4, 3]);
    await page.getByText('These answers will be saved with your check-in.').waitFor();
    await checkPage(page, 'checkin-peg');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
    await page.getByText('Your answers to the three weekly questions are saved too.').waitFor();

    const me = await (await page.request.get('/api/me')).json();
    // The PEG is an answer set of the `peg` questionnaire linked to its check-in (issue 12).
    const rows = await e2e.database.db
      .selectFrom('checkins as c')
      .innerJoin('questionnaire_responses as q', 'q.checkin_id', 'c.id')
      .select(['c.pain', 'q.answers'])
      .where('c.user_id', '=', me.id)
      .where('q.instrument', '=', 'peg')
      .orderBy('c.at', 'desc')
      .execute();
    expect(rows).toHaveLength(9);
    expect({ pain: rows[0]?.pain, answers: JSON.parse(rows[0]?.answers ?? '[]') as unknown }).toEqual({
      pain: 4,
      answers: [
        { linkId: 'pain', value: 5, code: null, label: null },
        { linkId: 'enjoyment', value: 4, code: null, label: null },
        { linkId: 'activity', value: 3, code: null, label: null },
      ],
    });

    await page.getByRole('button', { name: 'Add another check-in' }).click();
    await page.getByRole('radiogroup', { name: 'Pain right now' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(PEG_SUMMARY).count()).toBe(0);
  });

  it('tells a new person kindly what the patterns still need, and still shows trends', async () => {
    const { page: fresh } = await e2e.newPage();
    await auth.signUp(fresh, 'noor@example.org', 'Noor');
    await fresh.goto('/checkin');
    await chooseOnScale(fresh, 'Pain right now', 5);
    await fresh.getByRole('button', { name: 'Save', exact: true }).click();
    await fresh.getByRole('heading', { name: 'Check-in saved' }).waitFor();
    await insightsPage.open(fresh);
    await fresh.getByRole('heading', { level: 2, name: 'What changed' }).waitFor();
    await fresh.getByText('Too few check-ins yet to say what changed this week: 3 more days will do.').waitFor();
    await fresh.getByText('Insights start after 14 days of check-ins: 13 more to go.').waitFor();
    expect(await insightsPage.patterns(fresh).count()).toBe(0);
    await insightsPage.section(fresh, 'What your journal shows').getByText(/^Nothing here yet\. Add detail when you check in/).waitFor();
    await checkPage(fresh, 'insights-not-enough');
  });
});
