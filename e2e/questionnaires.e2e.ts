// Questionnaires in Chromium (issue 12). Maya (phone, then 200 % text) has named one activity and
// rated it twice before (at intake and once more); her PSFS re-rating is due. She answers it by keyboard, reads her average
// and its meaningful change, then a global impression, then her history with the marks in words.
// Ada, the admin, is refused an unsupported file and imports the placeholder PROMIS PI 6a; Lena,
// Maya's clinician, assigns it weekly from Maya's record; Maya answers it complete, then with an
// item skipped, and reads her T-score and its error. Axe and a screenshot on every page.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/calendar.js';
import { placeholderPi6a, unsupportedQuestionnaire } from '../src/core/fhir/fixtures/questionnaires.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E, shoot } from './support/harness.js';

const PASSWORD = 'a steady hand on the rail';
const ACTIVITY = 'Gardening for an hour';

/** Today in Berlin, where everyone here lives. */
function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

async function seedStaff(e2e: E2E, role: 'clinician' | 'admin', email: string, name: string): Promise<string> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await e2e.database.db.insertInto('users').values({ id, email, name, role, password_hash: await hashPassword(PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
  return id;
}

async function seed(e2e: E2E): Promise<string> {
  const { db } = e2e.database;
  const now = new Date().toISOString();
  await db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
  const lena = await seedStaff(e2e, 'clinician', 'lena@example.org', 'Lena');
  await seedStaff(e2e, 'admin', 'ada@example.org', 'Ada');
  const { context } = await e2e.newPage();
  const signup = await context.request.post('/api/auth/signup', { data: { email: 'maya@example.org', password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } });
  expect(signup.status()).toBe(201);
  const maya: string = (await signup.json()).id;
  expect((await context.request.put('/api/me/profile', { data: { ...PRACTICE_PROFILE, goals: [{ activity: ACTIVITY, score: 3 }] } })).status()).toBe(200);
  await context.close();
  await db.updateTable('users').set({ created_at: daysAgo(40) }).where('id', '=', maya).execute();
  // The intake stored her first rating today: it moves to two weeks ago, and one more goes before it.
  await db.updateTable('questionnaire_responses').set({ local_date: addDays(berlinToday(), -14), at: daysAgo(14, 9) }).where('user_id', '=', maya).execute();
  for (const [days, value] of [[28, 2]] as const) {
    const at = daysAgo(days, 9);
    await db.insertInto('questionnaire_responses').values({
      id: randomUUID(), user_id: maya, instrument: 'psfs', version: '1', local_date: addDays(berlinToday(), -days), at,
      answers: JSON.stringify([{ linkId: 'activity-1', value, code: null, label: ACTIVITY }]), checkin_id: null, client_id: randomUUID(), created_at: at, updated_at: at,
    }).execute();
  }
  await db.insertInto('care_links').values({ id: randomUUID(), clinician_id: lena, patient_id: maya, share_notes: 0, started_at: daysAgo(30), ended_at: null, ended_by: null }).execute();
  return maya;
}

/** Moves all of Maya's answers `days` into the past, so the next questionnaire can be due today. */
async function moveAnswersBack(e2e: E2E, maya: string, days: number, onlyImported = false): Promise<void> {
  const { db } = e2e.database;
  const all = await db.selectFrom('questionnaire_responses').select(['id', 'local_date', 'instrument']).where('user_id', '=', maya).execute();
  const rows = all.filter((row) => !onlyImported || row.instrument.startsWith('imported:'));
  for (const row of rows) await db.updateTable('questionnaire_responses').set({ local_date: addDays(row.local_date, -days) }).where('id', '=', row.id).execute();
}

async function signIn(page: Page, email: string, heading: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Opens the due questionnaire from the home card. */
async function openDue(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'A short questionnaire' }).waitFor();
  await page.getByRole('link', { name: 'Answer the questions' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Picks an answer with a number key, from the first radio of the question. */
async function pressNumber(page: Page, key: string): Promise<void> {
  await page.locator('input[type="radio"]').first().focus();
  await page.keyboard.press(key);
}

describe('questionnaires: answer, see the score and the history; import a licensed form', () => {
  let e2e: E2E;
  let maya = '';
  let phone: Page;
  beforeAll(async () => {
    e2e = await startE2E();
    maya = await seed(e2e);
    ({ page: phone } = await e2e.newPage(PHONE));
    await signIn(phone, 'maya@example.org', 'Hello, Maya');
  });
  afterAll(async () => e2e?.close());

  it('re-rates the PSFS activity by keyboard and reads the average with its meaningful change', async () => {
    await checkPage(phone, 'q-home-due');
    await openDue(phone, 'Your activities');
    await phone.getByText('Question 1 of 1').waitFor();
    await pressNumber(phone, '7');
    expect(await phone.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
    await checkPage(phone, 'q-psfs-step');
    await shootLargeText(phone, 'q-psfs-step');
    await phone.getByRole('button', { name: 'Check your answers' }).click();
    await phone.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await checkPage(phone, 'q-psfs-review');
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    await phone.getByText('Your activities average 7 out of 10.').waitFor();
    await phone.getByText('Since your first time: up 5 points, better.').waitFor();
    await phone.getByText('A meaningful change.').waitFor();
    await checkPage(phone, 'q-psfs-result');
    await shootLargeText(phone, 'q-psfs-result');
  });

  it('answers the global impression, then reads the history with its marks in words', async () => {
    await moveAnswersBack(e2e, maya, 1);
    await openDue(phone, 'How things have changed');
    await pressNumber(phone, '2');
    expect(await phone.getByRole('radio', { name: 'Much better', exact: true }).isChecked()).toBe(true);
    await checkPage(phone, 'q-pgic-step');
    await shootLargeText(phone, 'q-pgic-step');
    await phone.getByRole('button', { name: 'Check your answers' }).click();
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    await phone.getByText('You said things are much better since you started.').waitFor();
    await checkPage(phone, 'q-pgic-result');
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal', exact: true }).click();
    await phone.getByRole('link', { name: 'Your questionnaires over time' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Your questionnaires' }).waitFor();
    const psfs = phone.getByRole('table', { name: 'Your activities: each time you answered' });
    await expect.poll(() => psfs.locator('tbody tr').count()).toBe(3);
    expect(await psfs.innerText()).toContain('A meaningful change.');
    expect(await phone.getByRole('table', { name: `Your ratings for: ${ACTIVITY}` }).innerText()).toContain('7');
    expect(await phone.locator('.q-chart canvas').count()).toBeGreaterThan(0);
    await checkPage(phone, 'q-history');
    await shootLargeText(phone, 'q-history');
  });

  it('refuses an unsupported file with each problem, and imports the placeholder PI 6a', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signIn(page, 'ada@example.org', 'Your practice');
    await page.getByRole('link', { name: 'Licensed questionnaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
    const file = page.getByLabel('FHIR Questionnaire file (.json)');
    await file.setInputFiles({ name: 'unsupported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unsupportedQuestionnaire())) });
    await page.getByRole('button', { name: 'Import this file' }).click();
    const refusal = page.getByRole('alert').filter({ has: page.locator('.q-problems') });
    await refusal.waitFor();
    expect(await refusal.locator('li').count()).toBeGreaterThan(1);
    await checkPage(page, 'q-admin-refused');
    // A practice's file may leave answers optional: this copy does, so a person can skip one.
    const pi6a = placeholderPi6a() as { item: { item?: { required?: boolean }[] }[] };
    for (const group of pi6a.item) for (const item of group.item ?? []) item.required = false;
    await file.setInputFiles({ name: 'pi-6a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pi6a)) });
    await page.getByRole('button', { name: 'Import this file' }).click();
    await page.getByText('“Placeholder pain form 6a” is imported').waitFor();
    const row = page.getByRole('row', { name: /Placeholder pain form 6a/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Scored as PROMIS Pain Interference 6a');
    await checkPage(page, 'q-admin-list');
    await page.context().close();
  });

  it('lets Maya’s clinician ask for it every week from her record', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signIn(page, 'lena@example.org', 'Caseload');
    const row = page.locator('.caseload-table tbody tr').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('PSFS (their own activities): 2 → 7 (better, meaningful)');
    await shoot(page.locator('.caseload-table'), { path: 'test-results/screenshots/q-caseload-table.png' });
    await page.getByRole('link', { name: /Maya/ }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Questionnaires' }).waitFor();
    await page.getByLabel('How often: Placeholder pain form 6a').selectOption({ label: 'every week' });
    await page.getByRole('button', { name: 'Save (Placeholder pain form 6a)' }).click();
    await page.getByText('Placeholder pain form 6a is now asked every week.').waitFor();
    await page.locator('#record-questionnaires').scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV files (zip)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const section = page.locator('section[aria-labelledby="record-questionnaires"]');
    await checkPage(page, 'q-record-desktop');
    await shoot(section, { path: 'test-results/screenshots/q-record-section-desktop.png' });
    await page.setViewportSize(PHONE);
    await checkPage(page, 'q-record-phone');
    await shoot(section, { path: 'test-results/screenshots/q-record-section-phone.png' });
    await page.context().close();
  });

  it('answers the PI 6a complete, then with a skip, and reads the T-score and its error', async () => {
    await moveAnswersBack(e2e, maya, 8);
    await openDue(phone, 'Placeholder pain form 6a');
    for (let n = 1; n <= 6; n += 1) {
      await phone.getByText(`Question ${n} of 6`).waitFor();
      await pressNumber(phone, '3');
      if (n === 1) await checkPage(phone, 'q-pi6a-step');
      await phone.getByRole('button', { name: n === 6 ? 'Check your answers' : 'Next' }).click();
    }
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    const complete = phone.locator('.q-result__score').first();
    await complete.waitFor();
    expect(await complete.innerText()).toMatch(/^T-score \d+\.\d \(± \d+\.\d\)\.$/);
    await phone.getByText('50 is the US average, and a higher score means pain gets in the way more').waitFor();
    await checkPage(phone, 'q-pi6a-result');

    await moveAnswersBack(e2e, maya, 8, true);
    await openDue(phone, 'Placeholder pain form 6a');
    for (let n = 1; n <= 6; n += 1) {
      await phone.getByText(`Question ${n} of 6`).waitFor();
      if (n === 2) {
        await phone.getByRole('button', { name: 'Skip this question' }).click();
        continue;
      }
      await pressNumber(phone, '3');
      await phone.getByRole('button', { name: n === 6 ? 'Check your answers' : 'Next' }).click();
    }
    expect(await phone.locator('.q-review__answer').nth(1).innerText()).toBe('Skipped');
    await checkPage(phone, 'q-pi6a-review-skip');
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    await phone.getByText('You skipped a question, so this score is a little less certain.').waitFor();
    expect(await phone.locator('.q-result__score').first().innerText()).toMatch(/^T-score \d+\.\d \(± \d+\.\d\)\.$/);
    await checkPage(phone, 'q-pi6a-result-skip');
    await shootLargeText(phone, 'q-pi6a-result-skip');
  });
});
