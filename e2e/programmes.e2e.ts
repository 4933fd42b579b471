// Issue 11, programmes in Chromium: Lena (desktop) opens Programmes from the navigation, writes
// "Knee OA, weeks 1–4" from two library exercises with days, a dose and a 5 % rise, shares it,
// renames it, and deletes a second one after a confirmation. On Walter's record she assigns the
// programme in one step and sees its settings in force; Walter (phone) reads them in his week.
// axe and a screenshot on every page, at desktop and phone size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prescription as p, seedPractice, type Seeded } from './pages/prescription.js';
import { checkPage, DESKTOP, PHONE, startE2E, type E2E } from './support/harness.js';

describe('Lena builds a programme and assigns it to Walter', () => {
  let e2e: E2E;
  let seeded: Seeded;
  let lena: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    seeded = await seedPractice(e2e);
    ({ page: lena } = await e2e.newPage(DESKTOP));
    await p.signInAsLena(lena);
  });
  afterAll(async () => e2e?.close());

  it('writes a shared programme from two library exercises, and shows it in plain lines', async () => {
    await lena.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programmes' }).click();
    await lena.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await lena.getByText('No programmes yet.').waitFor();
    await checkPage(lena, 'programmes-empty-desktop');

    await lena.getByRole('button', { name: 'Write a programme' }).click();
    await lena.getByRole('button', { name: 'Save the programme' }).click();
    await lena.getByText('Give the programme a name.').waitFor();
    await lena.getByLabel('Name').fill('Knee OA, weeks 1–4');
    await lena.getByLabel('Description (optional)').fill('Strength for the stairs, and the pool twice a week.');
    await lena.getByLabel('Share with every clinician of the practice').check();
    await p.fillProgrammeItem(lena, 1, { words: 'sit to stand', name: 'Sit to stand', days: ['Monday', 'Wednesday', 'Friday'], sets: '2', reps: '8' });
    await lena.getByRole('button', { name: 'Add an exercise' }).click();
    await p.fillProgrammeItem(lena, 2, { words: 'water walking', name: 'Water walking, waist deep', days: ['Tuesday', 'Thursday'] });
    await lena.getByLabel('Weekly rise').selectOption({ label: '5 % a week' });
    await checkPage(lena, 'programmes-form-desktop');
    await lena.getByRole('button', { name: 'Save the programme' }).click();
    await lena.getByText('Saved “Knee OA, weeks 1–4”.').waitFor();
    const card = lena.locator('.programme-card', { hasText: 'Knee OA, weeks 1–4' });
    expect(await card.innerText()).toContain('Sit to stand on Monday, Wednesday and Friday, 2 sets of 8');
    expect(await card.innerText()).toContain('Weekly rise: 5 % instead of 10 %');
    await checkPage(lena, 'programmes-list-desktop');
  });

  it('renames one and deletes another only after a confirmation', async () => {
    await lena.getByRole('button', { name: 'Write a programme' }).click();
    await lena.getByLabel('Name').fill('Old draft');
    await p.fillProgrammeItem(lena, 1, { words: 'sit to stand', name: 'Sit to stand', days: ['Monday'] });
    await lena.getByRole('button', { name: 'Save the programme' }).click();
    await lena.getByText('Saved “Old draft”.').waitFor();
    await lena.getByRole('button', { name: 'Change Old draft' }).click();
    await lena.getByLabel('Name').fill('Old draft, kept briefly');
    await lena.getByRole('button', { name: 'Save the programme' }).click();
    await lena.getByText('Saved “Old draft, kept briefly”.').waitFor();
    await lena.getByRole('button', { name: 'Delete Old draft, kept briefly' }).click();
    await lena.getByText('Delete “Old draft, kept briefly”?').waitFor();
    await lena.getByRole('button', { name: 'Yes, delete it' }).click();
    await lena.getByText('Deleted “Old draft, kept briefly”.').waitFor();
    await expect.poll(() => lena.locator('.programme-card').count()).toBe(1);
  });

  it('keeps the programmes page usable on a phone', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await p.signInAsLena(page);
    await page.goto('/practice/programmes');
    await page.locator('.programme-card').first().waitFor();
    await checkPage(page, 'programmes-list-phone');
    await context.close();
  });

  it('assigns the programme to Walter in one step, and Walter reads it in his week', async () => {
    await p.openRecord(lena, seeded.walterId, 'Walter');
    const assign = lena.getByRole('region', { name: 'Assign a programme' });
    await assign.getByLabel('Programme').selectOption({ label: 'Knee OA, weeks 1–4' });
    await assign.getByText('Sit to stand on Monday, Wednesday and Friday, 2 sets of 8').waitFor();
    await checkPage(lena, 'programmes-assign-desktop');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await p.settings(lena).getByText('Assigned “Knee OA, weeks 1–4”. The week below has been rebuilt with it.').waitFor();
    await expect.poll(() => p.settings(lena).getByText('From the programme “Knee OA, weeks 1–4”').count()).toBeGreaterThan(0);

    const { page: walter } = await e2e.newPage(PHONE);
    await p.signInAs(walter, 'walter@example.org', 'Walter');
    await walter.goto('/plan');
    const list = walter.getByRole('region', { name: 'From your clinician' });
    expect(await list.innerText()).toMatch(/add the sit to stand on Monday, Wednesday and Friday, 2 sets of 8\./u);
    expect(await list.innerText()).toContain('Part of the programme “Knee OA, weeks 1–4”.');
    await checkPage(walter, 'programmes-walter-plan-phone');
  });
});
