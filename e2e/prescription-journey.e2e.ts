// Issue 11, done when: the therapist prescribes, in Chromium, as the people live it. Lena
// (desktop) leaves an exercise out of Maya's week, pins the wall push-up to Monday and Thursday,
// caps her walking at 15 minutes, starts it at 14 and slows the rise to 5 %; Maya (phone) reads
// each with Lena's reason; a flare-up halves her walking within the cap. Lena writes an exercise
// with a photo, builds a programme from it and two library exercises, assigns it to Walter, who
// runs it in a guided session; Lena downloads Walter's visit report, read back with pdftotext and
// rendered to PNG with pdftoppm. axe and a screenshot on every page.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../src/core/library/catalog.js';
import { ALT, chairPhoto, fillExercise } from './pages/exercises.js';
import { prescription as p, seedPractice, type Seeded } from './pages/prescription.js';
import { guided, PAIN_AFTER } from './pages/session.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

const SHOTS = 'test-results/screenshots';
const PROGRAMME = 'Knee OA, weeks 1–4';
const idOf = (name: string) => BUILTIN_EXERCISES.find((e) => e.name === name)?.id ?? `no exercise named ${name}`;
const BIRD_DOG = idOf('Bird dog');
const WALK = idOf('Outdoor walk on flat ground');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The weekday `n` days from today in Walter's zone (Europe/Berlin), as the day boxes name it. */
function weekdayFromToday(n: number): string {
  const today = new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/Berlin' });
  return WEEKDAYS.find((day) => day === today) ?? 'Monday';
}

interface Item { exerciseId: string; minutes?: number; prescribed?: string }
interface Week { plan: { status: string; days: { kind: string; sessions: { items: Item[] }[] }[] } }

/** Every item of Maya's week as the page gets it. */
async function weekItems(page: Page): Promise<{ kind: string; items: Item[] }[]> {
  const week = (await (await page.request.get('/api/me/plan')).json()) as Week;
  expect(week.plan.status).toBe('ok');
  return week.plan.days.map((day) => ({ kind: day.kind, items: day.sessions.flatMap((s) => s.items) }));
}

describe('Lena prescribes for Maya and Walter, from a cap to a visit report', () => {
  let e2e: E2E;
  let seeded: Seeded;
  let lena: Page;
  let maya: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    seeded = await seedPractice(e2e);
    ({ page: lena } = await e2e.newPage(DESKTOP));
    await p.signInAsLena(lena);
  });
  afterAll(async () => e2e?.close());

  it('Lena leaves one exercise out, pins another, caps and starts the walk, and slows the rise', async () => {
    await p.openRecord(lena, seeded.mayaId, 'Maya');
    await p.leaveOut(lena, 'bird', 'Bird dog', 'Let us keep your back calm on all fours for now.');
    await p.pin(lena, 'wall push', 'Wall push-up', ['Monday', 'Thursday'], 'Your arms help you lift the watering can.');
    await p.capMinutes(lena, 'outdoor walk', 'Outdoor walk on flat ground', 15, 'Fifteen minutes is plenty while your back settles.');
    await p.chooseKind(lena, 'Set a starting amount');
    await p.settings(lena).getByLabel('Activity').selectOption({ label: 'Walking' });
    await p.settings(lena).getByLabel('Starting amount (minutes)').fill('14');
    await p.save(lena, 'Walking: starts at 14 minutes');

    await p.slowRise(lena, 5, 'Slow and steady while your back settles.');
    await expect.poll(() => p.settings(lena).locator('.adjustment').count()).toBe(5);
    await checkPage(lena, 'journey11-record-settings-desktop');
  });

  it('Maya reads each change in her week with Lena’s reason', async () => {
    ({ page: maya } = await e2e.newPage(PHONE));
    await p.signInAs(maya, 'maya@example.org', 'Maya');
    await maya.goto('/plan');
    const list = maya.getByRole('region', { name: 'From your clinician' });
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toMatch(/Set by Lena on \d{1,2} \w+: add the wall push-up on Monday and Thursday\./u);
    expect(text).toContain('Lena wrote: “Your arms help you lift the watering can.”');
    expect(text).toMatch(/keep outdoor walk on flat ground to at most 15 minutes\./u);
    expect(text).toMatch(/let your amounts grow by 5 % a week instead of 10 %\./u);
    expect(text).toMatch(/leave out the bird dog/iu);
    await checkPage(maya, 'journey11-maya-plan-phone');
    await shootLargeText(maya, 'journey11-maya-plan-phone');
    const days = await weekItems(maya);
    const all = days.flatMap((d) => d.items);
    expect(all.some((i) => i.exerciseId === BIRD_DOG)).toBe(false);
    const walks = all.filter((i) => i.exerciseId === WALK);
    expect(walks.length).toBeGreaterThan(0);
    for (const walk of walks) expect(walk.minutes ?? 0).toBeLessThanOrEqual(15);
  });

  it('a flare-up halves Maya’s walking, within Lena’s cap', async () => {
    const walking = async () => {
      const pacing = (await (await maya.request.get('/api/me/pacing')).json()) as { mode: string; quotas: { activity: string; value: number }[] };
      return { mode: pacing.mode, value: pacing.quotas.find((q) => q.activity === 'aerobic:walking')?.value };
    };
    expect(await walking()).toEqual({ mode: 'normal', value: 14 });
    const flare = await maya.request.post('/api/me/checkins', { data: { pain: 8, flare: true, clientId: randomUUID() } });
    expect(flare.status()).toBe(201);
    expect(await walking()).toEqual({ mode: 'flare', value: 7 });
    await maya.goto('/plan');
    await maya.getByRole('region', { name: 'From your clinician' }).waitFor();
    const walks = (await weekItems(maya)).flatMap((d) => d.items).filter((i) => i.exerciseId === WALK);
    for (const walk of walks) expect(walk.minutes ?? 0).toBeLessThanOrEqual(7);
    await checkPage(maya, 'journey11-maya-flare-phone');
    await maya.goto('/pacing');
    await maya.getByRole('heading', { level: 1 }).first().waitFor();
    await checkPage(maya, 'journey11-maya-pacing-phone');
  });

  it('Lena writes an exercise with a photo and builds a programme from it and two library exercises', async () => {
    await lena.goto('/practice/exercises/new');
    await lena.getByRole('heading', { level: 1, name: 'Write an exercise' }).waitFor();
    await fillExercise(lena);
    await lena.getByRole('button', { name: 'Save exercise' }).click();
    await lena.getByRole('heading', { level: 1, name: 'Edit “Chair stand with a pause”' }).waitFor();
    await lena.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'chair.jpg', mimeType: 'image/jpeg', buffer: await chairPhoto() });
    await lena.getByLabel('Describe the photo').fill(ALT);
    await lena.getByRole('button', { name: 'Add this photo' }).click();
    await lena.getByRole('img', { name: ALT }).waitFor();
    await checkPage(lena, 'journey11-exercise-desktop');

    await lena.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programmes' }).click();
    await lena.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await lena.getByRole('button', { name: 'Write a programme' }).click();
    await lena.getByLabel('Name').fill(PROGRAMME);
    // Today holds Lena's exercise, so Walter can do it now; strength keeps a day between.
    await p.fillProgrammeItem(lena, 1, { words: 'chair stand', name: 'Chair stand with a pause', days: [weekdayFromToday(0)] });
    await lena.getByRole('button', { name: 'Add an exercise' }).click();
    await p.fillProgrammeItem(lena, 2, { words: 'sit to stand', name: 'Sit to stand', days: [weekdayFromToday(2)] });
    await lena.getByRole('button', { name: 'Add an exercise' }).click();
    await p.fillProgrammeItem(lena, 3, { words: 'water walking', name: 'Water walking, waist deep', days: [weekdayFromToday(1), weekdayFromToday(3)] });
    await lena.getByLabel('Weekly rise').selectOption({ label: '5 % a week' });
    await lena.getByRole('button', { name: 'Save the programme' }).click();
    await lena.getByText(`Saved “${PROGRAMME}”.`).waitFor();
    await checkPage(lena, 'journey11-programmes-desktop');
  });

  it('Lena assigns the programme to Walter in one step', async () => {
    await p.openRecord(lena, seeded.walterId, 'Walter');
    const assign = lena.getByRole('region', { name: 'Assign a programme' });
    await assign.getByLabel('Programme').selectOption({ label: PROGRAMME });
    await assign.getByText(/Chair stand with a pause/u).first().waitFor();
    await assign.getByRole('button', { name: 'Assign' }).click();
    await p.settings(lena).getByText(`Assigned “${PROGRAMME}”. The week below has been rebuilt with it.`).waitFor();
    await checkPage(lena, 'journey11-walter-record-desktop');
  });

  it('Walter runs it in a guided session: Lena’s exercise with her photo', async () => {
    const { page: walter } = await e2e.newPage(PHONE);
    await walter.clock.install();
    await p.signInAs(walter, 'walter@example.org', 'Walter');
    await walter.goto('/plan');
    const list = walter.getByRole('region', { name: 'From your clinician' });
    expect(await list.innerText()).toContain(`Part of the programme “${PROGRAMME}”.`);
    await checkPage(walter, 'journey11-walter-plan-phone');
    await guided.startFromHome(walter);
    await guided.answerPainBefore(walter, 3);
    const total = await guided.total(walter);
    let sawPhoto = false;
    for (let index = 0; index < total; index += 1) {
      const { name } = await guided.where(walter);
      if (name.includes('Chair stand with a pause')) {
        await walter.getByRole('img', { name: ALT }).first().waitFor();
        await checkPage(walter, 'journey11-walter-session-photo-phone');
        sawPhoto = true;
      }
      await guided.doExercise(walter);
      await guided.giveFeedback(walter, 'About right');
    }
    expect(sawPhoto).toBe(true);
    await walter.getByRole('heading', { name: 'You did it' }).waitFor();
    await guided.save(walter, { legend: PAIN_AFTER, value: 3 });
    await expect.poll(() => guided.saveStatus(walter).innerText()).toBe('Saved');
    const logs = (await (await walter.request.get('/api/me/sessions')).json()) as { items: { items: { exerciseId: string }[] }[] };
    expect(logs.items.flatMap((l) => l.items).some((i) => i.exerciseId.startsWith('c-'))).toBe(true);
  });

  it('Lena downloads Walter’s visit report: one page, read back and rendered', async () => {
    await p.openRecord(lena, seeded.walterId, 'Walter');
    const [download] = await Promise.all([lena.waitForEvent('download'), lena.getByRole('button', { name: 'Download the visit report (PDF)' }).click()]);
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, 'journey11-visit-report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Walter');
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+1\n/u);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, join(SHOTS, 'journey11-visit-report')]);
  });
});
