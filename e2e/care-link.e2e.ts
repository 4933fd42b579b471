// Linking with consent and notes both ways, in Chromium (issue 10): Lena (a clinician, desktop)
// makes an invitation; Maya (phone) opens the link, makes an account on the way and comes back
// to it, sees exactly what is shared and accepts; Lena writes a note; Maya sees it on home,
// replies, sees that Lena looked, and ends the link — Lena's very next request is "not found".
// Axe and a screenshot on every screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICIAN_PASSWORD, care, seedClinician } from './pages/care.js';
import { DESKTOP, PHONE, checkPage, startE2E, type E2E, shootLargeText } from './support/harness.js';


describe('linking a patient with consent, and notes both ways', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    await seedClinician(e2e.database, 'lena@example.org', 'Lena');
  });
  afterAll(async () => e2e?.close());

  it('Lena invites, Maya accepts, they write to each other, Maya sees who looked and ends the link', async () => {
    const { page: lena } = await e2e.newPage(DESKTOP);
    await lena.goto('/signin');
    await care.signIn(lena, 'lena@example.org', CLINICIAN_PASSWORD);
    await lena.waitForURL((url) => url.pathname === '/practice');
    await lena.goto('/practice/invite');
    await lena.getByRole('heading', { level: 1, name: 'Invite a patient' }).waitFor();
    const invitation = await care.makeInvitation(lena, 'Maya, Tuesday visit');
    expect(invitation.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await lena.getByRole('cell', { name: 'Open' }).waitFor();
    await checkPage(lena, 'care-invite-made-desktop');
    await shootLargeText(lena, 'care-invite-made-desktop');

    const { page: maya } = await e2e.newPage(PHONE);
    await maya.goto(new URL(invitation.link).pathname);
    await maya.waitForURL((url) => url.pathname === '/signin');
    await care.signUpFromSignIn(maya, 'maya@example.org', 'Maya');
    await maya.getByRole('heading', { name: 'Lena would like to follow your progress' }).waitFor();
    expect(new URL(maya.url()).pathname).toBe(new URL(invitation.link).pathname);
    await expect.poll(() => maya.getByRole('region', { name: 'What Lena will see' }).getByRole('listitem').count()).toBe(6);
    await expect.poll(() => maya.getByRole('checkbox', { name: 'Also share the notes I write in my check-ins and sessions' }).isChecked()).toBe(false);
    await checkPage(maya, 'care-join-phone');
    await shootLargeText(maya, 'care-join-phone');
    await maya.getByRole('button', { name: 'Accept and link' }).click();
    await maya.getByRole('heading', { name: 'You are now linked with Lena.' }).waitFor();
    await checkPage(maya, 'care-join-accepted-phone');

    const mayaId = ((await (await maya.request.get('/api/me')).json()) as { id: string }).id;
    expect(await care.writeAsClinician(lena, mayaId, 'Good to have you with us, Maya.\nTry the short walk after lunch this week.')).toBe(201);
    expect((await lena.request.get(`/api/patients/${mayaId}/notes`)).status()).toBe(200);

    await maya.goto('/');
    const card = maya.getByRole('region', { name: 'A note from Lena' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Try the short walk after lunch this week.');
    await checkPage(maya, 'care-home-note-phone');
    await card.getByRole('link', { name: 'Read and reply' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await maya.getByLabel('Write to Lena').fill('Thank you! I walked for ten minutes today.');
    await maya.getByRole('button', { name: 'Send note' }).click();
    await maya.getByText('Thank you! I walked for ten minutes today.', { exact: true }).waitFor();
    await checkPage(maya, 'care-notes-phone');
    await shootLargeText(maya, 'care-notes-phone');
    await maya.goto('/');
    await maya.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    expect(await maya.getByRole('region', { name: 'A note from Lena' }).count()).toBe(0);

    await maya.goto('/account/care');
    const who = maya.getByRole('region', { name: 'Who looked' });
    await who.getByText(/Lena looked at your notes page and wrote you a note on/).waitFor();
    await checkPage(maya, 'care-clinicians-phone');
    await maya.getByRole('button', { name: 'End this link…' }).click();
    await maya.getByText('End your link with Lena?').waitFor();
    await checkPage(maya, 'care-end-confirm-phone');
    await maya.getByRole('button', { name: 'End the link' }).click();
    await maya.getByText('Your link with Lena has ended.').waitFor();
    await maya.getByText('You are not linked with a clinician.').waitFor();
    expect((await lena.request.get(`/api/patients/${mayaId}/notes`)).status()).toBe(404);

    await maya.goto('/join');
    await maya.getByLabel('Your code').fill(invitation.code.toLowerCase());
    await maya.getByRole('button', { name: 'Show the invitation' }).click();
    await maya.getByText(/This invitation cannot be found/).waitFor();
    await checkPage(maya, 'care-join-code-phone');

    await lena.goto('/practice/invite');
    await lena.getByRole('cell', { name: 'Accepted' }).waitFor();
    await lena.setViewportSize({ width: 820, height: 1180 });
    await checkPage(lena, 'care-invite-tablet');
  });
});
