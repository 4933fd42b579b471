// A clinician's own exercise in Chromium (issue 11): Lena writes "Chair stand with a pause" — the
// empty form first shows each problem by its field — picks the sit-to-stand drawing, saves, adds a
// photo (a JPEG with a GPS position) with its description, and sees it in My exercises. Once the
// exercise is prescribed to Walter, he sees the photo with Lena's words in his library; the photo
// is refused to a person it is not prescribed to. Axe and screenshots at desktop, phone and 200 %.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/server/auth/passwords.js';
import { PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

/** A screenshot only, for a page axe has already scanned at another size (keeps the walk fast). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
const PASSWORD = 'a steady hand on the rail';
const ALT = 'A man stands up from a wooden chair, arms crossed over his chest.';

/** A photo-like JPEG (a figure rising from a chair) carrying EXIF with a GPS position. */
async function chairPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="#e8e2d6"/>
    <rect x="500" y="700" width="360" height="40" fill="#8a5a2b"/><rect x="500" y="740" width="30" height="300" fill="#8a5a2b"/><rect x="830" y="740" width="30" height="300" fill="#8a5a2b"/><rect x="500" y="380" width="30" height="360" fill="#8a5a2b"/>
    <circle cx="900" cy="300" r="80" fill="#c58c6b"/><rect x="850" y="380" width="110" height="320" rx="40" fill="#3f6e8c"/><rect x="860" y="690" width="45" height="360" rx="20" fill="#2c3e50"/><rect x="910" y="690" width="45" height="360" rx="20" fill="#2c3e50"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } }).toBuffer();
}

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

async function fillExercise(page: Page): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill('Chair stand with a pause');
  await page.getByLabel('What it is for').fill('Stronger legs for getting up from a chair.');
  await page.getByRole('group', { name: 'Positions' }).getByLabel('Seated').check();
  await page.getByRole('group', { name: 'Positions' }).getByLabel('Standing').check();
  await page.getByRole('group', { name: 'Limbs it moves' }).getByLabel('Legs').check();
  await page.getByRole('group', { name: 'Equipment needed' }).getByLabel('Chair').check();
  await page.getByRole('group', { name: 'Pain areas it helps' }).getByLabel('Knee').check();
  await page.getByLabel('Step 1', { exact: true }).fill('Sit near the front of a steady chair, feet flat.');
  await page.getByLabel('Step 2', { exact: true }).fill('Lean forward a little and stand up slowly.');
  await page.getByLabel('Step 3', { exact: true }).fill('Pause for a breath, then sit down slowly.');
  await page.getByLabel('Breathing').fill('Breathe out as you stand, in as you sit.');
  await page.getByLabel('What it should feel like').fill('Work in the thighs, easy on the knees.');
  await page.getByLabel('When to stop').fill('Sharp knee pain: stop and rest.');
  await page.getByLabel('Sets').fill('2');
  await page.getByLabel('Repetitions').fill('6');
  await page.getByLabel('Search the drawings').fill('sit to stand');
  await page.getByRole('radio', { name: /^Sit-to-stand$|^Sit to stand$/i }).first().check();
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
