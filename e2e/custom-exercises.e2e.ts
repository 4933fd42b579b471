// A clinician's own exercise in Chromium (issue 11): Lena writes "Chair stand with a pause" — the
// empty form first shows each problem by its field — picks the sit-to-stand drawing, saves, adds a
// photo (a JPEG with a GPS position) with its description, and sees it in My exercises. Once the
// exercise is prescribed to Walter, he sees the photo with Lena's words in his library; the photo
// is refused to a person it is not prescribed to. Axe and screenshots at desktop, phone and 200 %.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/server/auth/passwords.js';
import { ALT, chairPhoto, fillExercise } from './pages/exercises.js';
import { PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E, shoot as saveShot } from './support/harness.js';

/** A screenshot only, for a page axe has already scanned at another size (keeps the walk fast). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await saveShot(page, { path: `test-results/screenshots/${name}.png`, fullPage: true });
}
const PASSWORD = 'a steady hand on the rail';

async function seedAccount(e2e: E2E, email: string, name: string, role: 'clinician' | 'person'): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await e2e.database.db.insertInto('users').values({ id, email, name, role, password_hash: await hashPassword(PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
  return id;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

describe('a clinician’s own exercise', () => {
  let e2e: E2E;
  let lenaId = '';
  let walterId = '';
  beforeAll(async () => {
    e2e = await startE2E();
    const now = new Date().toISOString();
    await e2e.database.db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
    lenaId = await seedAccount(e2e, 'lena@example.org', 'Lena', 'clinician');
    walterId = await seedAccount(e2e, 'walter@example.org', 'Walter', 'person');
    await seedAccount(e2e, 'maya@example.org', 'Maya', 'person');
  });
  afterAll(async () => e2e?.close());

  it('Lena writes an exercise, with each problem by its field, a library drawing and a photo', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await signIn(page, 'lena@example.org');
    await page.getByRole('link', { name: 'My exercises' }).click();
    await page.getByRole('heading', { level: 2, name: 'No exercises of your own yet' }).waitFor();
    await page.getByRole('link', { name: 'Write a new exercise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write an exercise' }).waitFor();
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await page.getByText('Some answers need another look:').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'exercise-editor-errors-desktop');

    await fillExercise(page);
    await page.getByRole('button', { name: 'Save exercise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit “Chair stand with a pause”' }).waitFor();
    expect(page.url()).toMatch(/\/practice\/exercises\/c-[0-9a-f-]{36}$/);

    await page.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'chair.jpg', mimeType: 'image/jpeg', buffer: await chairPhoto() });
    await page.getByRole('img', { name: 'Preview' }).waitFor();
    await page.getByRole('button', { name: 'Add this photo' }).click();
    await page.getByText('Describe the photo for people who cannot see it.').first().waitFor();
    await page.getByLabel('Describe the photo').fill(ALT);
    await page.getByRole('button', { name: 'Add this photo' }).click();
    await page.getByRole('img', { name: ALT }).waitFor();
    await checkPage(page, 'exercise-editor-desktop');

    await page.getByRole('link', { name: 'Back to my exercises' }).click();
    await page.getByRole('heading', { level: 3, name: 'Chair stand with a pause' }).waitFor();
    await shoot(page, 'my-exercises-desktop');
  });

  it('lists and edits at phone size and 200 % text', async () => {
    const { page } = await e2e.newPage(PHONE);
    await signIn(page, 'lena@example.org');
    await page.goto('/practice/exercises');
    await page.getByRole('heading', { level: 3, name: 'Chair stand with a pause' }).waitFor();
    await checkPage(page, 'my-exercises-phone');
    await shootLargeText(page, 'my-exercises-phone');
    await page.getByRole('link', { name: 'Edit Chair stand with a pause' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit “Chair stand with a pause”' }).waitFor();
    await shoot(page, 'exercise-editor-phone');
    await shootLargeText(page, 'exercise-editor-phone');
    await page.setViewportSize({ width: 768, height: 1024 });
    await shoot(page, 'exercise-editor-tablet');
  });

  it('Walter sees the photo with Lena’s words once it is prescribed to him; Maya does not', async () => {
    const [row] = await e2e.database.db.selectFrom('custom_exercises').select(['id', 'photo_id']).execute();
    if (!row?.photo_id) throw new Error('no exercise with a photo');
    const at = new Date().toISOString();
    const adjustment = { id: randomUUID(), kind: 'include', exerciseId: row.id, days: [1, 4], confirmedRules: [], reason: 'For getting up from the sofa.', setBy: { clinicianId: lenaId, name: 'Lena', on: at.slice(0, 10), at } };
    await e2e.database.db.insertInto('prescription_adjustments').values({ id: adjustment.id, patient_id: walterId, clinician_id: lenaId, kind: 'include', data: JSON.stringify(adjustment), created_at: at, ended_at: null, ended_by: null }).execute();

    const maya = await e2e.newPage(PHONE);
    await signIn(maya.page, 'maya@example.org');
    expect((await maya.context.request.get(`/api/exercise-photos/${row.photo_id}`)).status()).toBe(404);

    const { page, context } = await e2e.newPage(PHONE);
    await signIn(page, 'walter@example.org');
    expect((await context.request.put('/api/me/profile', { data: PRACTICE_PROFILE })).status()).toBe(200);
    await page.goto(`/library/${row.id}`);
    const photo = page.getByRole('img', { name: ALT });
    await photo.waitFor();
    expect(await photo.getAttribute('src')).toBe(`/api/exercise-photos/${row.photo_id}`);
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await checkPage(page, 'custom-exercise-walter-phone');
  });
});
