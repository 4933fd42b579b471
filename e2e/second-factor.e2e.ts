// Signing in safely, in Chromium. (1) A clinician seeded in the database signs in at phone size,
// sets up the authenticator (the code made here from the key the page shows), keeps the
// recovery codes and reaches the practice; signs out everywhere and back in with a code (a
// wrong one first), and once more with a recovery code. (2) A person sees the signing-in page,
// changes the password and signs out everywhere. Axe and screenshots at 390×844 and 1280×900.
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/server/auth/passwords.js';
import { auth, PASSWORD } from './pages/models.js';
import { checkPage, DESKTOP, PHONE, startE2E, type E2E } from './support/harness.js';

const LENA = { email: 'lena@practice.example', password: 'a steady hand on the rail' };

/** Screenshots and axe at phone and desktop size, back at phone size after. */
async function checkBothSizes(page: Page, name: string): Promise<void> {
  await checkPage(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await checkPage(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
}

/** The code an authenticator app shows for a key, `stepsAhead` 30-second steps from now. */
function codeFor(key: string, stepsAhead = 0): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(key),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

const signingIn = {
  async withPassword(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  },
  async signOutEverywhere(page: Page): Promise<void> {
    await page.goto('/account/security');
    await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await page.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await page.getByText('You are signed out on every device.').waitFor();
  },
};

describe('signing in safely', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    const now = new Date().toISOString();
    await e2e.database.db
      .insertInto('users')
      .values({
        id: randomUUID(),
        email: LENA.email,
        name: 'Lena',
        role: 'clinician',
        password_hash: await hashPassword(LENA.password),
        time_zone: 'Europe/Berlin',
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
  afterAll(async () => e2e?.close());

  it('sets up the authenticator at a clinician’s first sign-in, then asks for a code', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signingIn.withPassword(page, LENA.email, LENA.password);
    await page
      .getByRole('heading', { level: 1, name: 'Set up a second step for signing in' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin/second-factor');
    await page.getByRole('img', { name: /QR code that adds Pacewise/u }).waitFor();
    await checkBothSizes(page, 'second-factor-setup');

    const key = (await page.locator('.secret-key code').innerText()).replace(/\s/gu, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/u);
    await page.getByLabel('6-digit code').fill(codeFor(key));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Keep your recovery codes' }).waitFor();
    const codes = await page
      .getByRole('list', { name: 'Your recovery codes' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(codes).toHaveLength(10);
    await page.getByRole('button', { name: 'Copy the codes' }).click();
    await page.getByText('The codes are copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Please tick the box once the codes are kept safe.').waitFor();
    await checkBothSizes(page, 'second-factor-recovery-codes');
    await page.getByLabel('I have kept these codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/practice');

    await page.goto('/account/security');
    await page
      .getByText('You sign in with your password and a code from your authenticator app.')
      .waitFor();
    await page.getByText('10 recovery codes are left.').waitFor();
    await checkBothSizes(page, 'security-clinician');

    // Back in with a code: the one used at setup may not be used again, so the app's next one.
    await signingIn.signOutEverywhere(page);
    await signingIn.withPassword(page, LENA.email, LENA.password);
    await page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' }).waitFor();
    await checkBothSizes(page, 'second-factor-code');
    const wrong = codeFor(key, 1) === '000000' ? '111111' : '000000';
    await page.getByLabel('6-digit code').fill(wrong);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/That code did not work/u).waitFor();
    await checkPage(page, 'second-factor-code-wrong-phone');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').waitFor();
    await checkPage(page, 'second-factor-recovery-phone');
    await page.getByRole('button', { name: 'Use the code from my app instead' }).click();
    await page.getByLabel('6-digit code').fill(codeFor(key, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/practice');

    // And with a recovery code, once.
    await signingIn.signOutEverywhere(page);
    await signingIn.withPassword(page, LENA.email, LENA.password);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/practice');
    await page.goto('/account/security');
    await page.getByText('9 recovery codes are left.').waitFor();
  });

  it('lets a person change the password, see the devices and sign out everywhere', async () => {
    const { page } = await e2e.newPage(PHONE);
    await auth.signUp(page, 'maya.security@example.org', 'Maya');
    await page.goto('/account');
    await page.getByRole('link', { name: 'Password, devices and signing out everywhere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signing in' }).waitFor();
    await page.getByText('This device').waitFor();
    await expect.poll(() => page.getByText('Second step at sign-in').count()).toBe(0);
    await checkBothSizes(page, 'security-person');

    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill('slow steps up the garden hill');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That password is not right, so nothing was changed.').waitFor();
    await checkPage(page, 'security-password-wrong-phone');
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed. Your other devices were signed out.').waitFor();

    await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await page.getByText('Sign out on every device?').waitFor();
    await checkPage(page, 'security-sign-out-everywhere-phone');
    await page.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await page.getByText('You are signed out on every device.').waitFor();
    await signingIn.withPassword(
      page,
      'maya.security@example.org',
      'slow steps up the garden hill',
    );
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/signin');
  });
});
