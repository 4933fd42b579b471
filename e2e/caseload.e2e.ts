// The clinician's caseload and a patient's record in Chromium (issue 10): Lena, a clinician at a
// practice that turned the second factor off, has two linked patients. Maya stopped a session for
// chest pain yesterday, Walter only checks in. Lena sees Maya first, with the stop sign in words,
// opens her record and marks it reviewed. Axe and screenshots at desktop, tablet and phone size.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../src/core/library/catalog.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, PHONE, startE2E, type E2E, shootLargeText } from './support/harness.js';

const TABLET = { width: 768, height: 1024 };
const PASSWORD = 'a steady hand on the rail';

/** Signs a person up through the API with an intake and some days of check-ins; returns their id. */
async function seedPerson(context: BrowserContext, email: string, name: string, pains: number[]): Promise<string> {
  const api = context.request;
  const signup = await api.post('/api/auth/signup', { data: { email, password: PASSWORD, name, timeZone: 'Europe/Berlin' } });
  expect(signup.status()).toBe(201);
  expect((await api.put('/api/me/profile', { data: PRACTICE_PROFILE })).status()).toBe(200);
  for (const [n, pain] of pains.entries()) {
    expect((await api.post('/api/me/checkins', { data: { at: daysAgo(n + 1, 7), pain, clientId: randomUUID() } })).status()).toBe(201);
  }
  return (await signup.json()).id;
}

async function seed(e2e: E2E): Promise<void> {
  const { db } = e2e.database;
  const now = new Date().toISOString();
  await db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
  const lenaId = randomUUID();
  await db.insertInto('users').values({ id: lenaId, email: 'lena@example.org', name: 'Lena', role: 'clinician', password_hash: await hashPassword(PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
  const { context } = await e2e.newPage();
  const maya = await seedPerson(context, 'maya@example.org', 'Maya', [4, 5, 4]);
  const stop = { clientId: randomUUID(), startedAt: daysAgo(1, 9), painBefore: 4, painAfter: null, partial: true, stopReason: 'chest_pain', items: [{ exerciseId: BUILTIN_EXERCISES[0]?.id ?? 'missing', status: 'done', reps: 3, feedback: 'right' }] };
  const logged = await context.request.post('/api/me/sessions', { data: stop });
  expect(logged.status(), await logged.text()).toBe(201);
  await context.clearCookies();
  const walter = await seedPerson(context, 'walter@example.org', 'Walter', [3, 3, 2, 3]);
  await context.close();
  for (const patient of [walter, maya]) {
    await db.insertInto('care_links').values({ id: randomUUID(), clinician_id: lenaId, patient_id: patient, share_notes: 0, started_at: daysAgo(20), ended_at: null, ended_by: null }).execute();
  }
}


async function signInAsLena(page: Page): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('lena@example.org');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
}

describe('the caseload and a patient’s record', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await seed(e2e);
  });
  afterAll(async () => e2e?.close());

  it('shows the stopped session first, opens the record and marks it reviewed', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signInAsLena(page);
    const rows = page.locator('.caseload-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    await expect.poll(() => rows.first().locator('th').innerText()).toBe('Maya');
    expect(await rows.first().innerText()).toContain('Stop sign');
    expect(await rows.first().innerText()).toContain('Chest pain, pressure or tightness');
    expect(await page.getByText('Your practice has turned off the second sign-in step').count()).toBe(1);
    await page.getByRole('heading', { name: 'Why this order' }).waitFor();
    await checkPage(page, 'caseload-desktop');

    await page.getByRole('radio', { name: 'Stop signs' }).check();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByLabel('Search by name').fill('walt');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Search by name').fill('');

    await page.setViewportSize(TABLET);
    await checkPage(page, 'caseload-tablet');
    await page.setViewportSize(PHONE);
    expect(await page.locator('.caseload-card').first().getByRole('heading').innerText()).toBe('Maya');
    await checkPage(page, 'caseload-phone');
    await shootLargeText(page, 'caseload-phone');

    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: 'Open Maya’s record' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Maya' }).waitFor();
    await expect.poll(() => page.getByLabel('Minutes spent').inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await page.getByText('Review recorded: 1 minute.').waitFor();
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    await checkPage(page, 'patient-record-desktop');
    await page.setViewportSize(PHONE);
    await checkPage(page, 'patient-record-phone');
    await shootLargeText(page, 'patient-record-phone');

    await page.goto('/practice');
    await rows.first().waitFor({ state: 'attached' });
    await page.setViewportSize(DESKTOP);
    expect(await rows.first().innerText()).toContain('(reviewed)');
  });

  it('says plainly when a record is not shared', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signInAsLena(page);
    await page.goto(`/practice/patients/${randomUUID()}`);
    await page.getByText('This patient was not found, or is no longer shared with you.').waitFor();
    await checkPage(page, 'patient-not-found');
  });
});
