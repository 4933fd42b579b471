// The person's frame in Chromium (issue 15): the bottom tab bar on every person page and the More
// page; the bar hidden in a guided session and in intake; every link, button and body-map label at
// least 44 × 44 px at 390 × 844; the 0-10 scale by keyboard (Tab, arrows, number keys, "1" then
// "0" for 10); home's quick check-in in two taps; the footer never hidden behind the bar. Axe and
// a screenshot of every person page at 100 % and 200 % text (test-results/screenshots/shell-*.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shell, type SmallTarget } from './pages/shell.js';
import { checkPage, DESKTOP, shootLargeText, startE2E, type E2E, shoot } from './support/harness.js';

/** Every page a signed-in person reaches, its path and the tab marked on it. */
const PERSON_PAGES: [name: string, path: string, tab: string | null][] = [
  ['home', '/', 'Today'],
  ['checkin', '/checkin', 'Today'],
  ['plan', '/plan', 'Plan'],
  ['pacing', '/pacing', 'Plan'],
  ['growth', '/plan/grows', 'Plan'],
  ['log-activity', '/session/log-activity', 'Plan'],
  ['journal', '/history', 'Journal'],
  ['outcomes', '/history/questionnaires', 'Journal'],
  ['insights', '/insights', 'Insights'],
  ['more', '/more', 'More'],
  ['library', '/library', 'More'],
  ['exercise', '/library/wall-push-up', 'More'],
  ['lessons', '/lessons', 'More'],
  ['flare-plan', '/flare-plan', 'More'],
  ['notes', '/notes', 'More'],
  ['account', '/account', 'More'],
  ['security', '/account/security', 'More'],
  ['care', '/account/care', 'More'],
  ['reminders', '/account/reminders', 'More'],
];

describe('the person’s frame', () => {
  let e2e: E2E;
  let page: Page;
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page } = await e2e.newPage());
    await shell.signUpWithJournal(page, 'maya.shell@example.org');
  });
  afterAll(async () => e2e?.close());

  it('shows five tabs on every person page, marks the current one, and keeps every target 44 × 44 px', async () => {
    const small: string[] = [];
    const inline: string[] = [];
    for (const [name, path, tab] of PERSON_PAGES) {
      console.log(`shell: ${name} at ${new Date().toISOString()}`);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 3_000 }).catch(() => {});
      const links = shell.tabs(page).getByRole('link');
      expect(await links.allInnerTexts(), name).toEqual(['Today', 'Plan', 'Journal', 'Insights', 'More']);
      const current = shell.tabs(page).locator('[aria-current]');
      expect(await current.innerText(), name).toBe(tab);
      expect(await shell.isFooterClearOfTabs(page), `${name}: the footer hides behind the tab bar`).toBe(true);
      const found = await shell.smallTargets(page);
      small.push(...found.small.map((t: SmallTarget) => `${name}: ${t.what} ${t.width}×${t.height}`));
      inline.push(...found.inline.map((t: SmallTarget) => `${name}: ${t.what} ${t.width}×${t.height}`));
      await checkPage(page, `shell-${name}`);
      await shootLargeText(page, `shell-${name}`);
      // A whole-page picture draws the fixed bar where the page was scrolled: this one shows the screen as a person sees it.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      await shoot(page, { path: `test-results/screenshots/shell-${name}-text-200-screen.png` });
      await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
    }
    if (inline.length > 0) console.log(`Links inside running text (WCAG 2.2 spacing exception):\n${inline.join('\n')}`);
    expect(small).toEqual([]);
  }, 600_000);

  it('opens what the tabs do not hold from the More page, and signs out there', async () => {
    await page.goto('/');
    await shell.openFromMore(page, /Exercise library/);
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    await shell.openFromMore(page, /Reminders/);
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    expect(await shell.tabs(page).getByRole('link', { name: 'More' }).getAttribute('aria-current')).toBe('true');
  });

  it('chooses on the 0-10 scale with Tab, arrows and number keys, and keeps its end words beside 0 and 10', async () => {
    await page.goto('/checkin');
    const scale = page.getByRole('radiogroup', { name: 'Pain right now' });
    await scale.waitFor();
    await scale.getByRole('radio', { name: '0', exact: true }).focus();
    await page.keyboard.press('7');
    expect(await scale.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await scale.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    expect(await scale.getByRole('radio', { name: '10', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('3');
    expect(await scale.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    // The high end's words sit right under 10, the low end's right above 0.
    const ten = await scale.getByRole('radio', { name: '10', exact: true }).boundingBox();
    const zero = await scale.getByRole('radio', { name: '0', exact: true }).boundingBox();
    const high = await scale.getByText(/^10 worst/).boundingBox();
    const low = await scale.getByText(/^0 no pain/).boundingBox();
    expect(ten && high && high.y - (ten.y + ten.height)).toBeLessThan(16);
    expect(ten && high && Math.abs(ten.x + ten.width - (high.x + high.width))).toBeLessThan(2);
    expect(zero && low && zero.y - (low.y + low.height)).toBeLessThan(16);
    expect(ten && ten.width >= 44 && ten.height >= 44).toBe(true);
    // The body map: "✓ Lower back" wraps inside its column, clear of its leader line.
    await page.getByText('Add more detail (optional)').click();
    await page.getByRole('checkbox', { name: 'Lower back' }).click();
    const label = await page.locator('.body-region.is-selected .body-region__label').boundingBox();
    const leader = await page.locator('.body-region.is-selected .body-region__leader').boundingBox();
    expect(label && leader && label.x >= leader.x + leader.width - 1).toBe(true);
    await shoot(page.locator('.body-map'), { path: 'test-results/screenshots/shell-body-map.png' });
  });

  it('checks in from home in two taps: a number, then Save', async () => {
    await page.goto('/');
    await page.getByRole('group', { name: 'Pain right now' }).getByRole('link', { name: '5', exact: true }).click();
    await page.getByRole('button', { name: /^Save/ }).first().click();
    await page.getByText(/saved/i).first().waitFor();
    await page.goto('/history');
    await page.getByText(/Pain 5|5 out of 10|: 5/).first().waitFor();
  });

  it('hides the tab bar in a guided session and in intake', async () => {
    await page.goto('/');
    const start = page.getByRole('link', { name: /^Start the \w+ session/ }).first();
    await start.waitFor();
    await start.click();
    await page.getByRole('heading', { level: 1, name: /session$/ }).waitFor();
    expect(await shell.tabs(page).count()).toBe(0);
    await page.goto('/intake');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await shell.tabs(page).count()).toBe(0);
  });

  it('keeps the tab bar one row at a desktop width, with no header links', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/insights');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const boxes = await shell.tabs(page).getByRole('link').evaluateAll((links) => links.map((l) => l.getBoundingClientRect().top));
    expect(new Set(boxes.map(Math.round)).size).toBe(1);
    expect(await page.getByRole('banner').getByRole('link').count()).toBe(1);
    await checkPage(page, 'shell-insights-desktop');
  });
});
