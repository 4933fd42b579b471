// The practice's first admin and first clinician, in a real browser. The command-line function
// makes the admin's link; the admin claims it at desktop size, sees the practice page, invites a
// clinician and copies the link; the clinician claims it in a second browser at phone size; the
// admin sees them listed and the confirm step before turning them off; the audit log downloads
// as CSV; a used link says so plainly. The second-factor page is another engineer's and not on
// this branch yet, so `second_factor_required` is set to false in the database first (the admin
// page then shows its standing warning). axe and a screenshot on every page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionCache } from '../src/server/auth/session-cache.js';
import { loadConfig } from '../src/server/config.js';
import { randomIds, systemClock } from '../src/server/context.js';
import { createAdminInvitation } from '../src/server/services/staff-invitation.service.js';
import { checkPage, DESKTOP, PHONE, startE2E, type E2E } from './support/harness.js';

const ADMIN_PASSWORD = 'a lantern by the harbour';
const CLINICIAN_PASSWORD = 'steady steps on the stairs';

describe('a practice gets its first admin and clinician', () => {
  let e2e: E2E;
  let admin: Page;
  let clinicianLink = '';
  let adminLink = '';

  beforeAll(async () => {
    e2e = await startE2E();
    const now = new Date().toISOString();
    await e2e.database.db.insertInto('practice_settings').values({ key: 'second_factor_required', value: 'false', updated_at: now, updated_by: null }).execute();
    const services = { db: e2e.database.db, config: loadConfig({ PUBLIC_URL: e2e.baseUrl }), clock: systemClock, newId: randomIds, sessionCache: new SessionCache() };
    adminLink = (await createAdminInvitation(services, 'ruth@example.org')).link;
    ({ page: admin } = await e2e.newPage(DESKTOP));
  });
  afterAll(async () => e2e?.close());

  it('lets the first admin claim the link from the command line', async () => {
    await admin.goto(adminLink);
    await admin.getByRole('heading', { name: 'Welcome to Pacewise' }).waitFor();
    await expect.poll(() => admin.getByText('This link makes you an administrator').count()).toBe(1);
    await checkPage(admin, 'admin-welcome-desktop');
    await admin.getByLabel('Your name').fill('Ruth');
    await admin.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Continue' }).click();
    await admin.getByRole('heading', { name: 'Your practice' }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin');
    await admin.getByText('Warning: the authenticator code is turned off').waitFor();
    await checkPage(admin, 'admin-page-desktop');
  });

  it('invites a clinician and shows the link once, with its expiry', async () => {
    await admin.getByLabel('Their email').fill('lena@example.org');
    await admin.getByLabel('Their name (optional)').fill('Lena');
    await admin.getByRole('button', { name: 'Make an invitation link' }).click();
    const field = admin.getByLabel('Link for lena@example.org');
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/\/welcome\/[A-Za-z0-9_-]{43}$/);
    // The server here listens on a port chosen at start (PORT=0) and has no PUBLIC_URL: keep the path.
    clinicianLink = new URL(link).pathname;
    await admin.getByRole('button', { name: 'Withdraw the invitation for lena@example.org' }).waitFor();
    await checkPage(admin, 'admin-invited-desktop');
  });

  it('lets the clinician claim the link on a phone', async () => {
    const { page: phone, context } = await e2e.newPage(PHONE);
    await phone.goto(clinicianLink);
    await phone.getByText('Ruth invited you.').waitFor();
    await checkPage(phone, 'admin-welcome-clinician-phone');
    await phone.getByLabel('Your name').fill('Lena Okafor');
    await phone.getByLabel('Password', { exact: true }).fill(CLINICIAN_PASSWORD);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => new URL(phone.url()).pathname).toBe('/practice');
    const me = await phone.request.get('/api/me');
    expect(await me.json()).toMatchObject({ role: 'clinician', name: 'Lena Okafor', secondFactor: 'relaxed' });
    await phone.goto(clinicianLink);
    await phone.getByRole('heading', { name: 'This link no longer works' }).waitFor();
    await checkPage(phone, 'admin-welcome-used-phone');
    await context.close();
  });

  it('lists the clinician and asks before turning the account off', async () => {
    await admin.reload();
    await admin.getByRole('heading', { name: 'Lena Okafor', level: 3 }).waitFor();
    await expect.poll(() => admin.getByText('No invitations are waiting.').count()).toBe(1);
    await admin.getByRole('button', { name: 'Turn off Lena Okafor…' }).click();
    await admin.getByText('Turn off Lena Okafor’s account?').waitFor();
    await checkPage(admin, 'admin-confirm-disable-desktop');
    await admin.getByRole('button', { name: 'Keep it on' }).click();
    await admin.setViewportSize(PHONE);
    await checkPage(admin, 'admin-page-phone');
    await admin.setViewportSize(DESKTOP);
  });

  it('asks for the password before turning the authenticator code off, then warns', async () => {
    // As if the admin had set up the authenticator: the rule is back on and this session passed it.
    const db = e2e.database.db;
    const ruth = await db.selectFrom('users').select('id').where('email', '=', 'ruth@example.org').executeTakeFirstOrThrow();
    await db.updateTable('auth_sessions').set({ second_factor_at: new Date().toISOString() }).where('user_id', '=', ruth.id).execute();
    await db.updateTable('practice_settings').set({ value: 'true' }).where('key', '=', 'second_factor_required').execute();
    await admin.reload();
    await admin.getByRole('button', { name: 'Turn off the authenticator code…' }).click();
    await admin.getByRole('button', { name: 'Turn the code off' }).click();
    await admin.getByText('Please enter your password.').waitFor();
    await admin.getByLabel('Your password, to confirm').fill(ADMIN_PASSWORD);
    await checkPage(admin, 'admin-confirm-relax-desktop');
    await admin.getByRole('button', { name: 'Turn the code off' }).click();
    await admin.getByText('Warning: the authenticator code is turned off').waitFor();
    await admin.getByText(/^Changed by Ruth on /).waitFor();
  });

  it('downloads the audit log as CSV', async () => {
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download the audit log' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pacewise-audit-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.split('\r\n')[0]).toBe('at,actor_name,actor_role,patient_id,patient_name,action');
    expect(text).toContain('Ruth,admin,,,practice:invite_clinician');
    expect(text).toContain('Ruth,admin,,,practice:settings');
    await admin.getByText('Your file is downloading.').waitFor();
  });
});
