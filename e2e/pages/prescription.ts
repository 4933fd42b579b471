/** Page model for a clinician's prescription and programmes (issue 11), and the seed they share. */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { E2E } from '../support/harness.js';
import { CLINICIAN_PASSWORD, PERSON_PASSWORD, care, seedClinician } from './care.js';
import { daysAgo, PRACTICE_PROFILE } from './practice.js';

/** Maya's intake (the practice walks' own), with a wall at home for the push-up Lena pins. */
export const MAYA_PROFILE = { ...PRACTICE_PROFILE, equipment: ['chair', 'wall'] };

/** Walter's intake: knee OA, a cane, the pool twice a week, and he cannot get down to the floor. */
export const WALTER_PROFILE = {
  ...PRACTICE_PROFILE,
  painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
  minutesPerDay: 20, daysPerWeek: 4, equipment: ['chair', 'pool'], likes: ['walking', 'swimming'],
};

/** Ids of the people the walks use. */
export interface Seeded {
  mayaId: string;
  walterId: string;
}

/** Signs a person up with an intake and a few check-ins, through the API; returns their id. */
async function seedPerson(context: BrowserContext, email: string, name: string, profile: object): Promise<string> {
  const api = context.request;
  const signup = await api.post('/api/auth/signup', { data: { email, password: PERSON_PASSWORD, name, timeZone: 'Europe/Berlin' } });
  expect(signup.status()).toBe(201);
  const saved = await api.put('/api/me/profile', { data: profile });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const [n, pain] of [4, 3, 4].entries()) {
    expect((await api.post('/api/me/checkins', { data: { at: daysAgo(n + 1, 7), pain, clientId: randomUUID() } })).status()).toBe(201);
  }
  const id = ((await signup.json()) as { id: string }).id;
  await context.clearCookies();
  return id;
}

/** Lena (no authenticator asked), Maya and Walter, both linked to her. */
export async function seedPractice(e2e: E2E): Promise<Seeded> {
  await seedClinician(e2e.database, 'lena@example.org', 'Lena');
  const lena = await e2e.database.db.selectFrom('users').select('id').where('email', '=', 'lena@example.org').executeTakeFirstOrThrow();
  const { context } = await e2e.newPage();
  const mayaId = await seedPerson(context, 'maya@example.org', 'Maya', MAYA_PROFILE);
  const walterId = await seedPerson(context, 'walter@example.org', 'Walter', WALTER_PROFILE);
  await context.close();
  for (const patient of [mayaId, walterId]) {
    await e2e.database.db.insertInto('care_links').values({ id: randomUUID(), clinician_id: lena.id, patient_id: patient, share_notes: 0, started_at: daysAgo(20), ended_at: null, ended_by: null }).execute();
  }
  return { mayaId, walterId };
}

/** What Lena and the patients do on the pages. */
export const prescription = {
  async signIn(page: Page, email: string, password: string, landing: string): Promise<void> {
    await page.goto('/signin');
    await care.signIn(page, email, password);
    await page.getByRole('heading', { level: 1, name: landing }).waitFor();
  },
  signInAsLena: (page: Page) => prescription.signIn(page, 'lena@example.org', CLINICIAN_PASSWORD, 'Caseload'),
  signInAs: (page: Page, email: string, name: string) => prescription.signIn(page, email, PERSON_PASSWORD, `Hello, ${name}`),

  /** The "Plan settings" section of a record. */
  settings: (page: Page) => page.getByRole('region', { name: 'Plan settings' }),

  async openRecord(page: Page, patientId: string, name: string): Promise<void> {
    await page.goto(`/practice/patients/${patientId}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await prescription.settings(page).getByRole('heading', { name: 'In force' }).waitFor();
  },

  async chooseKind(page: Page, kind: string): Promise<void> {
    await prescription.settings(page).getByLabel('What to change').selectOption({ label: kind });
  },

  async chooseExercise(page: Page, words: string, name: string): Promise<void> {
    const section = prescription.settings(page);
    await section.getByLabel('Find an exercise').fill(words);
    await section.getByRole('button', { name, exact: true }).click();
    await section.getByText(`Chosen: ${name}`).waitFor();
  },

  async tickDays(page: Page, days: string[]): Promise<void> {
    for (const day of days) await prescription.settings(page).getByRole('checkbox', { name: day, exact: true }).check();
  },

  async reason(page: Page, text: string): Promise<void> {
    await prescription.settings(page).getByLabel('Reason, in words the patient reads').fill(text);
  },

  /** Leaves an exercise out of the week, with a reason. */
  async leaveOut(page: Page, words: string, name: string, reason: string): Promise<void> {
    await prescription.chooseKind(page, 'Leave an exercise out');
    await prescription.chooseExercise(page, words, name);
    await prescription.reason(page, reason);
    await prescription.save(page, `${name}: left out`);
  },

  /** Pins an exercise to days (named as the day boxes are, "Monday and Thursday" in the line). */
  async pin(page: Page, words: string, name: string, days: string[], reason: string): Promise<void> {
    await prescription.chooseKind(page, 'Add an exercise on chosen days');
    await prescription.chooseExercise(page, words, name);
    await prescription.settings(page).getByText('It suits their answers.').waitFor();
    await prescription.tickDays(page, days);
    await prescription.reason(page, reason);
    await prescription.save(page, `${name} on ${days.join(' and ')}`);
  },

  /** Caps an exercise's minutes, with a reason when one is given. */
  async capMinutes(page: Page, words: string, name: string, minutes: number, reason?: string): Promise<void> {
    await prescription.chooseKind(page, 'Set or cap a dose');
    await prescription.chooseExercise(page, words, name);
    await prescription.settings(page).getByLabel('Minutes').fill(String(minutes));
    if (reason) await prescription.reason(page, reason);
    await prescription.save(page, `${name}: at most ${minutes} minutes`);
  },

  /** Sets the weekly rise for every activity, with a reason. */
  async slowRise(page: Page, percent: number, reason: string): Promise<void> {
    await prescription.chooseKind(page, 'Weekly rise');
    await prescription.settings(page).getByRole('radio', { name: `${percent} % a week`, exact: true }).check();
    await prescription.reason(page, reason);
    await prescription.save(page, `Weekly rise: ${percent} % instead of 10 %`);
  },

  /** Fills exercise `n` of the programme form; a clinician's own exercise is listed with "(Your own)". */
  async fillProgrammeItem(page: Page, n: number, item: { words: string; name: string; days: string[]; sets?: string; reps?: string }): Promise<void> {
    const group = page.getByRole('group', { name: `Exercise ${n}` });
    await group.getByLabel('Find an exercise').fill(item.words);
    await group.getByRole('button', { name: new RegExp(`^${item.name}( \\(Your own\\))?$`, 'u') }).click();
    await group.getByText(`Chosen: ${item.name}`).waitFor();
    for (const day of item.days) await group.getByRole('checkbox', { name: day, exact: true }).check();
    if (item.sets) await group.getByLabel('Sets').fill(item.sets);
    if (item.reps) await group.getByLabel('Repetitions').fill(item.reps);
  },

  /** Saves the form and waits for the line to be in force. */
  async save(page: Page, line: string): Promise<void> {
    const section = prescription.settings(page);
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await section.getByText('Saved. The week below has been rebuilt with it.').waitFor();
    await section.locator('.adjustment__line', { hasText: line }).waitFor();
  },
};
