// Your data, out and in (issue 12), in Chromium at phone size. Maya downloads her data from the
// account page as JSON, CSV (a zip) and FHIR; Walter, new on this server, brings Maya's JSON in
// after a confirmation and reads what came; a second try is refused in plain words (the account
// is no longer empty), and a file that is not a Pacewise download is refused before sending.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, shootLargeText, startE2E, type E2E } from './support/harness.js';

const PASSWORD = 'a calm walk by the river';

async function signUp(context: BrowserContext, email: string, name: string): Promise<void> {
  const signup = await context.request.post('/api/auth/signup', { data: { email, password: PASSWORD, name, timeZone: 'Europe/Berlin' } });
  expect(signup.status()).toBe(201);
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('your data: three downloads, and bringing a JSON file to a new account', () => {
  let e2e: E2E;
  let json: Buffer = Buffer.alloc(0);
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('downloads JSON, CSV (zip) and FHIR from the account page', async () => {
    const { context, page } = await e2e.newPage();
    await signUp(context, 'maya@example.org', 'Maya');
    expect((await context.request.put('/api/me/profile', { data: { ...PRACTICE_PROFILE, goals: [{ activity: 'Gardening for an hour', score: 3 }] } })).status()).toBe(200);
    for (const [n, pain] of [4, 5, 3].entries()) {
      expect((await context.request.post('/api/me/checkins', { data: { at: daysAgo(n + 1, 7), pain, clientId: randomUUID() } })).status()).toBe(201);
    }
    await page.goto('/account');
    await page.getByRole('heading', { level: 2, name: 'Your data', exact: true }).waitFor();
    await checkPage(page, 'data-account');
    await shootLargeText(page, 'data-account');

    const document = await download(page, 'Download my data (JSON)');
    expect(document.name).toMatch(/^pacewise-export-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(document.bytes.toString('utf8'))).toMatchObject({ format: 'pacewise-export', version: 2 });
    json = document.bytes;
    await page.getByText('Your file is downloading.').waitFor();

    const csv = await download(page, 'Download CSV files (zip)');
    expect(csv.name).toMatch(/\.zip$/);
    expect(csv.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const fhir = await download(page, 'Download a FHIR file');
    expect(fhir.name).toMatch(/\.json$/);
    expect(JSON.parse(fhir.bytes.toString('utf8'))).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    await context.close();
  });

  it('brings Maya’s file into a new account after a confirmation, and refuses a second try plainly', async () => {
    const { context, page } = await e2e.newPage();
    await signUp(context, 'walter@example.org', 'Walter');
    await page.goto('/account');
    const file = page.getByLabel('Your Pacewise JSON file');
    await file.setInputFiles({ name: 'not-pacewise.json', mimeType: 'application/json', buffer: Buffer.from('{"resourceType":"Bundle"}') });
    await page.getByRole('button', { name: 'Check this file' }).click();
    await page.getByText('This file is not a Pacewise download.').waitFor();

    await file.setInputFiles({ name: 'pacewise-export.json', mimeType: 'application/json', buffer: json });
    await page.getByRole('button', { name: 'Check this file' }).click();
    await page.getByText('Bring this file’s data into your account?').waitFor();
    await checkPage(page, 'data-import-confirm');
    await page.getByRole('button', { name: 'Bring my data in' }).click();
    await page.getByText('Your data is here.').waitFor();
    expect(await page.getByText(/^Brought in 3 check-ins/).count()).toBe(1);
    await checkPage(page, 'data-import-done');
    await shootLargeText(page, 'data-import-done');

    await page.getByRole('button', { name: 'Check this file' }).click();
    await page.getByRole('button', { name: 'Bring my data in' }).click();
    await page.getByText('This account already has data, so nothing was brought in.').waitFor();
    await checkPage(page, 'data-import-refused');
    await context.close();
  });
});
