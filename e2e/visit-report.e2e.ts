// The visit report in Chromium (issue 11): Lena, a clinician at a practice that turned the second
// factor off, opens Maya's record and downloads her visit report; the file is one page of PDF with
// Maya's name, read back with pdftotext, on the US Letter the admin chose. Maya downloads her own
// from her clinicians page. Axe and
// screenshots at desktop, tablet and phone size, and at 200 % text.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../src/core/library/catalog.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

const TABLET = { width: 768, height: 1024 };
const PASSWORD = 'a steady hand on the rail';
const folder = mkdtempSync(join(tmpdir(), 'pacewise-report-e2e-'));

/** Lena, and Maya with two weeks of check-ins (a flare, two PEG answers), walks and a note to Lena. */
async function seed(e2e: E2E): Promise<string> {
  const { db } = e2e.database;
  const now = new Date().toISOString();
  await db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
  await db.insertInto('users').values({ id: randomUUID(), email: 'ada@example.org', name: 'Ada', role: 'admin', password_hash: await hashPassword(PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
  const lenaId = randomUUID();
  await db.insertInto('users').values({ id: lenaId, email: 'lena@example.org', name: 'Lena', role: 'clinician', password_hash: await hashPassword(PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
  const { context } = await e2e.newPage();
  const api = context.request;
  const signup = await api.post('/api/auth/signup', { data: { email: 'maya@example.org', password: PASSWORD, name: 'Maya Lind', timeZone: 'Europe/Berlin' } });
  expect(signup.status()).toBe(201);
  const mayaId = (await signup.json()).id as string;
  expect((await api.put('/api/me/profile', { data: PRACTICE_PROFILE })).status()).toBe(200);
  await db.insertInto('care_links').values({ id: randomUUID(), clinician_id: lenaId, patient_id: mayaId, share_notes: 1, started_at: daysAgo(30), ended_at: null, ended_by: null }).execute();
  for (let n = 14; n >= 1; n -= 1) {
    const peg = n === 14 ? { pain: 7, enjoyment: 6, activity: 7 } : n === 1 ? { pain: 4, enjoyment: 4, activity: 5 } : undefined;
    const checkin = { at: daysAgo(n, 7), pain: n === 8 ? 8 : 3 + (n % 3), flare: n === 8, clientId: randomUUID(), ...(peg ? { peg } : {}) };
    expect((await api.post('/api/me/checkins', { data: checkin })).status()).toBe(201);
    const walk = { clientId: randomUUID(), startedAt: daysAgo(n, 9), painBefore: 4, painAfter: 3, items: [{ exerciseId: BUILTIN_EXERCISES[0]?.id ?? 'missing', status: 'done', reps: 8, sets: 1 }] };
    expect((await api.post('/api/me/sessions', { data: walk })).status()).toBe(201);
  }
  expect((await api.post('/api/me/notes', { data: { clinicianId: lenaId, body: 'Can we talk about swimming again?' } })).status()).toBe(201);
  await context.close();
  return mayaId;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Clicks the download button and reads the PDF back: its name, its text and its page size. */
async function downloadReport(page: Page): Promise<{ name: string; text: string; info: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the visit report (PDF)' }).click()]);
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  await page.getByRole('status').filter({ hasText: 'The report is downloading' }).waitFor();
  const info = execFileSync('pdfinfo', [file]).toString();
  expect(info).toMatch(/Pages:\s+1\n/);
  return { name: download.suggestedFilename(), text: execFileSync('pdftotext', [file, '-']).toString(), info };
}

describe('the visit report', () => {
  let e2e: E2E;
  let mayaId: string;
  beforeAll(async () => {
    e2e = await startE2E();
    mayaId = await seed(e2e);
  });
  afterAll(async () => e2e?.close());

  it('the admin names the practice and chooses US Letter', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signIn(page, 'ada@example.org');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 2, name: 'Visit report' }).waitFor();
    await page.getByLabel('Practice name (optional)').fill('Harbour Physiotherapy');
    await page.getByLabel('Where the practice is').selectOption('en-US');
    await page.getByRole('button', { name: 'Save the report settings' }).click();
    await page.getByText('Saved. The next visit report uses these settings.').waitFor();
    await checkPage(page, 'visit-report-settings-desktop');
  });

  it('Lena downloads Maya’s report from her record', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signIn(page, 'lena@example.org');
    await page.goto(`/practice/patients/${mayaId}`);
    await page.getByRole('heading', { level: 2, name: 'Visit report' }).waitFor();
    await checkPage(page, 'visit-report-record-desktop');
    await page.getByLabel('Last day (optional)').fill('2000-01-01');
    await page.getByLabel('First day (optional)').fill('2000-02-01');
    await page.getByRole('button', { name: 'Download the visit report (PDF)' }).click();
    await page.getByText('The last day comes before the first day.').waitFor();
    await page.getByLabel('Last day (optional)').fill('');
    await page.getByLabel('First day (optional)').fill('');
    const { name, text, info } = await downloadReport(page);
    expect(info).toMatch(/\(letter\)/);
    expect(text).toContain('Harbour Physiotherapy');
    expect(name).toMatch(/^pacewise-visit-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(text).toContain('Maya Lind');
    expect(text).toContain('PEG:');
    expect(text).toContain('Can we talk about swimming again?');
    await page.setViewportSize(TABLET);
    await checkPage(page, 'visit-report-record-tablet');
  });

  it('Maya downloads her own report from her clinicians page', async () => {
    const { page } = await e2e.newPage(PHONE);
    await signIn(page, 'maya@example.org');
    await page.goto('/account/care');
    await page.getByRole('heading', { level: 2, name: 'Visit report' }).waitFor();
    const { text } = await downloadReport(page);
    expect(text).toContain('Maya Lind');
    await checkPage(page, 'visit-report-person-phone');
    await shootLargeText(page, 'visit-report-person-phone');
  });
});
