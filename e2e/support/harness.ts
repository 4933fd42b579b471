/**
 * Browser flows: the real app (built web app + API) served in-process on a fresh SQLite file,
 * driven in Debian's Chromium by playwright-core. Every page is scanned with axe and
 * screenshotted at phone size into test-results/screenshots.
 */
import { existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { SessionCache } from '../../src/server/auth/session-cache.js';
import { randomIds, systemClock } from '../../src/server/context.js';
import { forgetSignUps } from './sign-ups.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
const SCREENSHOTS = resolve('test-results/screenshots');

/** The flags every browser of the flows starts with. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A running Pacewise and a browser pointed at it. */
export interface E2E {
  baseUrl: string;
  browser: Browser;
  database: DatabaseHandle;
  newPage(viewport?: {
    width: number;
    height: number;
  }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Starts the app on a fresh database and launches Chromium; `env` adds settings (e.g. push keys). */
export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  const webDir = resolve('dist/web');
  if (!existsSync(join(webDir, 'index.html')))
    throw new Error('Build first: node scripts/build.mjs');
  forgetSignUps();
  const dataDir = mkdtempSync(join(tmpdir(), 'pacewise-e2e-'));
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    PACEWISE_DATA_DIR: dataDir,
    PACEWISE_WEB_DIR: webDir,
    PORT: '0',
    RATE_LIMIT_PER_MINUTE: '100000',
    SIGNIN_LIMIT_PER_ADDRESS: '1000',
    ...env,
  });
  const database = await openDatabase(config.database);
  const app = await buildApp({
    db: database.db,
    config,
    clock: systemClock,
    newId: randomIds,
    sessionCache: new SessionCache(),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    browser,
    database,
    newPage: async (viewport = PHONE) => {
      const context = await browser.newContext({
        viewport,
        baseURL: baseUrl,
        acceptDownloads: true,
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
      });
      const page = await context.newPage();
      watchForPageErrors(page);
      return { context, page };
    },
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Records the page's errors and CSP refusals for `expectNoPageErrors` and `checkPage`. */
export function watchForPageErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A Content-Security-Policy refusal is a bug in our build, never noise.
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      errors.push(message.text());
  });
}

/** Fails the test if the page threw or broke the Content-Security-Policy. */
export function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

/**
 * Whether the flows save their screenshots: yes on a developer's machine (they are there to be
 * looked at), no under CI, where nobody opens them and writing the long pages' PNGs cost minutes.
 * `E2E_SCREENSHOTS=on` or `off` decides either way.
 */
export const KEEP_SCREENSHOTS = (process.env.E2E_SCREENSHOTS ?? (process.env.CI === 'true' ? 'off' : 'on')) === 'on';

/** Saves a screenshot of a page or a part of it, when screenshots are kept (`KEEP_SCREENSHOTS`). */
export async function shoot(target: Page | Locator, options: { path: string; fullPage?: boolean }): Promise<void> {
  if (!KEEP_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot(options);
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core finds against WCAG 2.x A/AA on the page, or inside `include` (a selector). axe is
 * put into the page once per document, by the debugging protocol (so the app's CSP is not asked),
 * and run there: @axe-core/playwright's builder took 2.0-2.5 s a page (it opens a blank page to
 * gather each result) where this takes 0.4-0.6 s, over 200 scans a run. Our pages have no frames.
 */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, selector }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const results = await axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG_TAGS, selector: include ?? null },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}

/** Scans the page with axe for WCAG 2.x A/AA problems and saves a screenshot named `name`. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await shoot(page, { path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await axeProblems(page), `accessibility problems on ${name}`).toEqual([]);
  expectNoPageErrors(page);
}

/** The page at 200 % text, screenshotted whole as `<name>-text-200.png`, then back to normal. */
export async function shootLargeText(page: Page, name: string): Promise<void> {
  if (!KEEP_SCREENSHOTS) return;
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await shoot(page, { path: join(SCREENSHOTS, `${name}-text-200.png`), fullPage: true });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
}
