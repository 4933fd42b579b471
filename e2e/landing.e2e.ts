// The signed-out landing page at `/` in a real browser (issue 15: it was a bare sign-in form):
// what Pacewise is, "Create an account" and "Sign in", and a look at the library whose cards open
// the exercise. Axe on every page; phone at 100 % and 200 % text, and desktop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landing } from './pages/library.js';
import { PASSWORD, signUpThroughApi } from './pages/models.js';
import { axeProblems, checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

describe('the landing page', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('says what Pacewise is and leads a visitor in, on a phone', async () => {
    const { page } = await e2e.newPage(PHONE);
    await landing.open(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('main').getByText('does not replace a doctor or physical therapist').waitFor();
    await page.getByRole('main').getByText('open-source software').waitFor();
    await expect.poll(() => landing.glimpse(page).count()).toBe(4);
    for (const name of ['Create an account', 'Sign in'] as const) {
      const box = await landing.action(page, name).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await checkPage(page, 'landing');
    await shootLargeText(page, 'landing');

    await landing.glimpse(page).filter({ hasText: 'Belly breathing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Belly breathing' }).waitFor();
    await page.goBack();
    await landing.action(page, 'Sign in').click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.goBack();
    await landing.action(page, 'Create an account').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/signup');
  });

  it('tells someone whose email already has an account to sign in instead, in plain words by the email field', async () => {
    const { page: owner } = await e2e.newPage(PHONE);
    const address = await signUpThroughApi(owner, 'noor@example.org', 'Noor');
    const { page } = await e2e.newPage(PHONE);
    await page.goto('/signup');
    await page.getByLabel('Email').fill(address);
    await page.getByLabel('Password', { exact: true }).fill(`not ${PASSWORD}`);
    await page.getByRole('button', { name: 'Create account' }).click();
    const words = 'An account with this email already exists. Sign in, or set a new password from the sign-in page if you have forgotten it.';
    await page.getByText(words).waitFor();
    // Said at the email field, which keeps what was typed; the way to sign in is on the page.
    await expect.poll(() => page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email').inputValue()).toBe(address);
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
    await checkPage(page, 'signup-email-in-use');
    await shootLargeText(page, 'signup-email-in-use');
  });

  it('reads well at desktop size', async () => {
    const { page } = await e2e.newPage(DESKTOP);
    await landing.open(page);
    await expect.poll(() => landing.glimpse(page).count()).toBe(4);
    await checkPage(page, 'landing-desktop');
  });

  it('is checked by an axe that does find problems: a field and a picture without a name are reported', async () => {
    const { page } = await e2e.newPage(PHONE);
    await landing.open(page);
    expect(await axeProblems(page)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main?.insertAdjacentHTML('beforeend', '<input type="text"><img src="/favicon.svg">');
    });
    const found = (await axeProblems(page)).map((problem) => problem.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['label', 'image-alt']));
    expect(await axeProblems(page, 'header')).toEqual([]);
  });
});
