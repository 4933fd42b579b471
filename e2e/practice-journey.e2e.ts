// Issue 10, done when: the whole of professional guidance in Chromium, as the people live it.
// The command line makes the first admin's link; Ruth (admin, desktop) claims it and sets up
// her authenticator; she invites Lena; Lena (desktop) claims her link and sets up her own
// authenticator; Lena invites Maya and Walter. Maya (phone) signs up through the link, sees what
// is shared and accepts; Walter accepts by code. Maya's check-ins and a session she stopped for
// chest pain put her first on Lena's caseload; Lena opens the record, marks it reviewed and
// writes a note; Maya reads it on her home and answers; Maya sees that Lena looked, ends the
// link, and Lena gets "not found". axe and a screenshot on every page, at phone and desktop size.
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../src/core/library/catalog.js';
import { SessionCache } from '../src/server/auth/session-cache.js';
import { loadConfig } from '../src/server/config.js';
import { randomIds, systemClock } from '../src/server/context.js';
import { createAdminInvitation } from '../src/server/services/staff-invitation.service.js';
import { care, PERSON_PASSWORD } from './pages/care.js';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, DESKTOP, expectNoPageErrors, PHONE, startE2E, type E2E, shoot } from './support/harness.js';

const RUTH = { name: 'Ruth', email: 'ruth@practice.example', password: 'a lantern by the harbour' };
const LENA = { name: 'Lena', email: 'lena@practice.example', password: 'steady steps on the stairs' };


/** The code an authenticator app shows for the key the page gave. */
function codeFor(key: string): string {
  return new TOTP({ secret: Secret.fromBase32(key), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** Sets up the authenticator from the second-factor page and keeps the recovery codes. */
async function setUpAuthenticator(page: Page, shot: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Set up a second step for signing in' }).waitFor();
  await checkPage(page, shot);
  const key = (await page.locator('.secret-key code').innerText()).replace(/\s/gu, '');
  await page.getByLabel('6-digit code').fill(codeFor(key));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Keep your recovery codes' }).waitFor();
  await page.getByLabel('I have kept these codes somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Claims a one-use welcome link with a name and a new password. */
async function claimWelcome(page: Page, path: string, who: { name: string; password: string }): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { name: 'Welcome to Pacewise' }).waitFor();
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Maya's and Walter's days, through the API as their app would send them. */
async function logDays(context: BrowserContext, pains: number[], stoppedToday: boolean): Promise<void> {
  const api = context.request;
  expect((await api.put('/api/me/profile', { data: PRACTICE_PROFILE })).status()).toBe(200);
  for (const [n, pain] of pains.entries()) {
    expect((await api.post('/api/me/checkins', { data: { at: daysAgo(n + 1, 7), pain, clientId: randomUUID() } })).status()).toBe(201);
  }
  if (!stoppedToday) return;
  const stretch = BUILTIN_EXERCISES.find((e) => e.pillar === 'stretching')?.id ?? 'missing';
  const stop = {
    // Just now, after her intake and check-ins, as a stop in a session she follows: it holds her plan.
    clientId: randomUUID(), startedAt: new Date().toISOString(), painBefore: 4, painAfter: null, partial: true, stopReason: 'chest_pain',
    items: [{ exerciseId: stretch, holdSeconds: 30, sets: 1, reps: 2, status: 'done', feedback: 'right' }],
  };
  expect((await api.post('/api/me/sessions', { data: stop })).status()).toBe(201);
}

describe('a practice guides its patients, from the first admin to an ended link', () => {
  let e2e: E2E;
  let ruth: Page;
  let lena: Page;
  let maya: Page;
  let mayaContext: BrowserContext;
  let mayaId = '';

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('makes the first admin from the command line, with an authenticator', async () => {
    const services = { db: e2e.database.db, config: loadConfig({ PUBLIC_URL: e2e.baseUrl }), clock: systemClock, newId: randomIds, sessionCache: new SessionCache() };
    const { link } = await createAdminInvitation(services, RUTH.email);
    ({ page: ruth } = await e2e.newPage(DESKTOP));
    await claimWelcome(ruth, new URL(link).pathname, RUTH);
    await setUpAuthenticator(ruth, 'journey-admin-second-factor-desktop');
    await ruth.getByRole('heading', { name: 'Your practice' }).waitFor();
    await checkPage(ruth, 'journey-admin-desktop');
  });

  it('lets the admin invite Lena, who sets up her own authenticator', async () => {
    await ruth.getByLabel('Their email').fill(LENA.email);
    await ruth.getByLabel('Their name (optional)').fill(LENA.name);
    await ruth.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = await ruth.getByLabel(`Link for ${LENA.email}`).inputValue();
    ({ page: lena } = await e2e.newPage(DESKTOP));
    await claimWelcome(lena, new URL(link).pathname, LENA);
    await setUpAuthenticator(lena, 'journey-clinician-second-factor-desktop');
    await lena.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await checkPage(lena, 'journey-caseload-empty-desktop');
  });

  it('lets Lena invite Maya, who signs up on the way and sees exactly what is shared', async () => {
    const invitation = await care.makeInvitation(lena, 'Maya');
    await checkPage(lena, 'journey-invite-desktop');
    ({ page: maya, context: mayaContext } = await e2e.newPage(PHONE));
    await maya.goto(new URL(invitation.link).pathname);
    await maya.waitForURL((url) => url.pathname === '/signin');
    await care.signUpFromSignIn(maya, 'maya@example.org', 'Maya');
    await maya.getByRole('heading', { name: 'Lena would like to follow your progress' }).waitFor();
    const shared = maya.getByRole('region', { name: 'What Lena will see' }).getByRole('listitem');
    await expect.poll(() => shared.count()).toBe(6);
    expect(await maya.getByRole('checkbox', { name: 'Also share the notes I write in my check-ins and sessions' }).isChecked()).toBe(false);
    await checkPage(maya, 'journey-join-phone');
    await maya.getByRole('button', { name: 'Accept and link' }).click();
    await maya.getByRole('heading', { name: 'You are now linked with Lena.' }).waitFor();
    mayaId = ((await (await maya.request.get('/api/me')).json()) as { id: string }).id;
    await logDays(mayaContext, [4, 5, 4, 5, 4], true);
  });

  it('lets Walter accept by the short code', async () => {
    const invitation = await care.makeInvitation(lena, 'Walter');
    const { page: walter, context } = await e2e.newPage(PHONE);
    expect((await context.request.post('/api/auth/signup', { data: { email: 'walter@example.org', password: PERSON_PASSWORD, name: 'Walter' } })).status()).toBe(201);
    await walter.goto('/join');
    await walter.getByLabel('Your code').fill(invitation.code.toLowerCase());
    await walter.getByRole('button', { name: 'Show the invitation' }).click();
    await walter.getByRole('button', { name: 'Accept and link' }).click();
    await walter.getByRole('heading', { name: 'You are now linked with Lena.' }).waitFor();
    await logDays(context, [3, 3, 2, 3], false);
    await context.close();
  });

  it('puts the stopped session first on Lena’s caseload, with the stop sign in words', async () => {
    await lena.goto('/practice');
    const rows = lena.locator('.caseload-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.first().locator('th').innerText()).toBe('Maya');
    expect(await rows.first().innerText()).toContain('Stop sign');
    expect(await rows.nth(1).innerText()).not.toContain('Stop sign');
    await checkPage(lena, 'journey-caseload-desktop');
    await lena.setViewportSize(PHONE);
    await checkPage(lena, 'journey-caseload-phone');
    await lena.setViewportSize(DESKTOP);
  });

  it('lets Lena open the record, mark it reviewed and write a note', async () => {
    await lena.getByRole('link', { name: 'Open Maya’s record' }).first().click();
    await lena.getByRole('heading', { level: 1, name: 'Maya' }).waitFor();
    // The stop holds Maya's plan until she answers the safety questions again: Lena sees it.
    await lena.getByText('Needs a clinician’s go-ahead').waitFor();
    await lena.getByRole('button', { name: 'Mark reviewed' }).click();
    await lena.getByText(/^Review recorded: \d+ minutes?\.$/).waitFor();
    await lena.getByLabel('Write a note').fill('I saw you stopped today for chest pain. Please call me before your next session.');
    await lena.getByRole('button', { name: 'Send note' }).click();
    await lena.getByText('I saw you stopped today for chest pain.', { exact: false }).waitFor();
    await checkPage(lena, 'journey-record-desktop');
    // The top of the record as Lena first sees it, for the README.
    await lena.evaluate(() => window.scrollTo(0, 0));
    await shoot(lena, { path: 'test-results/screenshots/journey-record-top-desktop.png' });
  });

  it('shows Maya the note on her home, and she answers', async () => {
    await maya.goto('/');
    const card = maya.getByRole('region', { name: 'A note from Lena' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Please call me before your next session.');
    await checkPage(maya, 'journey-home-note-phone');
    await card.getByRole('link', { name: 'Read and reply' }).click();
    await maya.getByLabel('Write to Lena').fill('Thank you, I will call you this afternoon.');
    await maya.getByRole('button', { name: 'Send note' }).click();
    await maya.getByText('Thank you, I will call you this afternoon.', { exact: true }).waitFor();
    await checkPage(maya, 'journey-notes-phone');
    const thread = await (await lena.request.get(`/api/patients/${mayaId}/notes`)).json();
    expect(thread.items.map((n: { body: string }) => n.body)).toContain('Thank you, I will call you this afternoon.');
  });

  it('shows Maya that Lena looked, and lets her end the link at once', async () => {
    await maya.goto('/account/care');
    await maya.getByRole('region', { name: 'Who looked' }).getByText(/^Lena looked at your /).first().waitFor();
    await checkPage(maya, 'journey-who-looked-phone');
    await maya.getByRole('button', { name: 'End this link…' }).click();
    await maya.getByRole('button', { name: 'End the link' }).click();
    await maya.getByText('Your link with Lena has ended.').waitFor();

    await lena.reload();
    await lena.getByText('This patient was not found, or is no longer shared with you.').waitFor();
    await checkPage(lena, 'journey-record-ended-desktop');
    expect((await lena.request.get(`/api/patients/${mayaId}/checkins`)).status()).toBe(404);
    await lena.goto('/practice');
    await expect.poll(() => lena.locator('.caseload-table tbody tr').count()).toBe(1);
    for (const page of [ruth, lena, maya]) expectNoPageErrors(page);
  });
});
