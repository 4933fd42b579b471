/** Page model for linking with a clinician, notes both ways and who looked (issue 10). */
import type { Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/connect.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { skipRecoveryCodes } from './models.js';

export const CLINICIAN_PASSWORD = 'a steady hand on the rail';
export const PERSON_PASSWORD = 'a calm walk by the river';

/** Makes a clinician account in the database, and lets staff sign in without an authenticator. */
export async function seedClinician(database: DatabaseHandle, email: string, name: string): Promise<void> {
  const now = new Date().toISOString();
  await database.db
    .insertInto('users')
    .values({ id: crypto.randomUUID(), email, name, role: 'clinician', password_hash: await hashPassword(CLINICIAN_PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now })
    .execute();
  await database.db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
}

export const care = {
  async signIn(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  },
  async makeInvitation(page: Page, label: string): Promise<{ link: string; code: string }> {
    await page.goto('/practice/invite');
    await page.getByLabel('A reminder for you (optional)').fill(label);
    await page.getByRole('button', { name: 'Make an invitation' }).click();
    await page.getByRole('heading', { name: 'Give this to your patient' }).waitFor();
    return { link: await page.getByLabel('Link').inputValue(), code: await page.getByLabel('Code').inputValue() };
  },
  async signUpFromSignIn(page: Page, email: string, name: string): Promise<void> {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PERSON_PASSWORD);
    await page.getByLabel('Your name (optional)').fill(name);
    await page.getByRole('button', { name: 'Create account' }).click();
    await skipRecoveryCodes(page);
  },
  async writeAsClinician(page: Page, patientId: string, body: string): Promise<number> {
    const response = await page.request.post(`/api/patients/${patientId}/notes`, { data: { body } });
    return response.status();
  },
};
