// Getting back in after a forgotten password (issue 15), in Chromium at phone size. Maya signs up,
// is offered her recovery codes and keeps them, forgets her password, tries a wrong code (told by
// the field), uses a right one and signs in with her new password. Lena, a clinician, makes a
// reset link on Walter's record; Walter opens it (the token leaves the address bar at once), sets
// a new password and signs in; the same link then says plainly it was used. Axe and screenshots
// `recovery-*` at 390×844 and at 200 % text. Accounts other than Maya's are made through the API.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/server/auth/passwords.js';
import { axeProblems, checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E, shoot as saveShot } from './support/harness.js';

const PASSWORD = 'a calm walk by the river';
const NEW_PASSWORD = 'slow steps up the garden hill';
const STAFF_PASSWORD = 'a steady hand on the rail';

async function shoot(page: Page, name: string): Promise<void> {
  await checkPage(page, name);
  await shootLargeText(page, name);
}

/** Axe finds nothing in one section of a page (WCAG 2.x A/AA). */
async function expectSectionClean(page: Page, selector: string): Promise<void> {
  expect(await axeProblems(page, selector)).toEqual([]);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).not.toBe('/signin');
}

describe('getting back in after a forgotten password', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('lets Maya keep recovery codes at sign-up and use one to set a new password', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await page.goto('/signup');
    await page.getByLabel('Email').fill('maya@example.org');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Your name (optional)').fill('Maya');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    await shoot(page, 'recovery-offer');
    await page.getByRole('button', { name: 'Show my codes' }).click();
    await page.getByRole('heading', { level: 2, name: 'Keep these codes safe' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Your recovery codes' }).locator('code').allInnerTexts();
    expect(codes).toHaveLength(10);
    await shoot(page, 'recovery-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();

    // Some days later, signed out, the password is gone from her memory.
    await context.clearCookies();
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByText('This practice does not send email').waitFor();
    await shoot(page, 'recovery-forgot');
    await page.getByLabel('Email').fill('maya@example.org');
    await page.getByRole('textbox', { name: 'Recovery code' }).fill('abcde-fghjk');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.getByText('That email and recovery code do not match').waitFor();
    expect(await page.getByRole('textbox', { name: 'Recovery code' }).getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'recovery-forgot-wrong-code');
    await page.getByRole('textbox', { name: 'Recovery code' }).fill(codes[3] ?? '');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.getByText('Your new password is set. Please sign in with it.').waitFor();
    await checkPage(page, 'recovery-signin-after-reset');
    await signIn(page, 'maya@example.org', NEW_PASSWORD);
    expect((await page.request.get('/api/me')).status()).toBe(200);
    await context.close();
  });

  it('lets Lena make a reset link on Walter’s record, and Walter set a new password with it once', async () => {
    const { db } = e2e.database;
    const now = new Date().toISOString();
    await db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
    const lenaId = randomUUID();
    await db.insertInto('users').values({ id: lenaId, email: 'lena@example.org', name: 'Lena', role: 'clinician', password_hash: await hashPassword(STAFF_PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
    const walterSide = await e2e.newPage(PHONE);
    const signup = await walterSide.context.request.post('/api/auth/signup', { data: { email: 'walter@example.org', password: PASSWORD, name: 'Walter', timeZone: 'Europe/Berlin' } });
    expect(signup.status()).toBe(201);
    const walterId = ((await signup.json()) as { id: string }).id;
    await walterSide.context.clearCookies();
    await db.insertInto('care_links').values({ id: randomUUID(), clinician_id: lenaId, patient_id: walterId, share_notes: 0, started_at: now, ended_at: null, ended_by: null }).execute();

    const { page: lena } = await e2e.newPage(DESKTOP);
    await lena.goto('/signin');
    await signIn(lena, 'lena@example.org', STAFF_PASSWORD);
    await lena.goto(`/practice/patients/${walterId}`);
    await lena.getByRole('heading', { level: 2, name: 'Password reset link' }).waitFor();
    await lena.getByRole('button', { name: 'Make a password reset link' }).click();
    const field = lena.getByLabel('The link (shown only now)');
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/\/reset-password#[A-Za-z0-9_-]{43}$/);
    // The record is long and the rest of it is other engineers' pages: axe looks at this section.
    await expectSectionClean(lena, '#record-password');
    await saveShot(lena.locator('#record-password'), { path: 'test-results/screenshots/recovery-link-clinician-section.png' });

    const walter = walterSide.page;
    await walter.goto(link);
    await walter.getByRole('heading', { level: 1, name: 'Set a new password' }).waitFor();
    await expect.poll(() => new URL(walter.url()).hash).toBe('');
    await shoot(walter, 'recovery-reset');
    await walter.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await walter.getByRole('button', { name: 'Set my new password' }).click();
    await walter.getByText('Your new password is set. Please sign in with it.').waitFor();
    await signIn(walter, 'walter@example.org', NEW_PASSWORD);

    await walterSide.context.clearCookies();
    await walter.goto(link);
    await walter.getByLabel('New password', { exact: true }).fill('another quiet morning walk');
    await walter.getByRole('button', { name: 'Set my new password' }).click();
    await walter.getByText('This link has expired or has already been used').waitFor();
    await checkPage(walter, 'recovery-reset-used');
  });

  it('lets the admin make a link for an account named by its email', async () => {
    const now = new Date().toISOString();
    await e2e.database.db.insertInto('users').values({ id: randomUUID(), email: 'ada@example.org', name: 'Ada', role: 'admin', password_hash: await hashPassword(STAFF_PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now }).execute();
    const { page: ada } = await e2e.newPage(DESKTOP);
    await ada.goto('/signin');
    await signIn(ada, 'ada@example.org', STAFF_PASSWORD);
    await ada.getByRole('heading', { level: 2, name: 'Password reset link' }).waitFor();
    await ada.getByLabel('Email of the account').fill('nobody@example.org');
    await ada.getByRole('button', { name: 'Make a password reset link' }).click();
    await ada.getByText('There is no account with this email at the practice.').waitFor();
    await ada.getByLabel('Email of the account').fill('maya@example.org');
    await ada.getByRole('button', { name: 'Make a password reset link' }).click();
    expect(await ada.getByLabel('The link (shown only now)').inputValue()).toMatch(/\/reset-password#[A-Za-z0-9_-]{43}$/);
    await expectSectionClean(ada, 'section[aria-labelledby="admin-reset-heading"]');
    await saveShot(ada.locator('section[aria-labelledby="admin-reset-heading"]'), { path: 'test-results/screenshots/recovery-link-admin-section.png' });
  });
});
