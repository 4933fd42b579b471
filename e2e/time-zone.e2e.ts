// Choosing a time zone (issue 15): Walter finds his zone by today's name of a city, by an older
// name and by the offset on his clock; the choice is written out in words, one tap takes this
// device's zone, and the saved zone is what the server keeps. At 390×844 and at 200 % text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAsWalter } from './pages/safety.js';
import { checkPage, shootLargeText, startE2E, type E2E } from './support/harness.js';

describe('time-zone picker', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('finds a zone by city, older name or offset, saves it, and offers the device zone back', async () => {
    const { page } = await e2e.newPage();
    await signUpAsWalter(page, 'walter.zone@example.org');
    await page.goto('/account');
    const picker = page.getByRole('group', { name: 'Time zone' });
    await picker.getByText('Chosen: Berlin (Europe), UTC+01:00').waitFor();
    const search = picker.getByRole('searchbox', { name: 'Find your city or region' });

    await search.fill('calcutta');
    await picker.getByText('1 place matches.').waitFor();
    await picker.getByRole('button', { name: /^Kolkata/ }).click();
    await picker.getByText('Chosen: Kolkata (Asia), UTC+05:30').waitFor();
    expect(await picker.getByRole('button', { name: /^✓?\s*Kolkata/ }).getAttribute('aria-pressed')).toBe('true');
    await search.fill('+5:30');
    expect(await picker.locator('.zone-picker__city').allInnerTexts()).toContain('Kolkata');
    await search.fill('kyi');
    await picker.getByRole('button', { name: /^Kyiv/ }).waitFor();
    await search.fill('kolk');
    await checkPage(page, 'time-zone-picker');
    await shootLargeText(page, 'time-zone-picker-200');

    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Your details are saved.').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(me.timeZone);

    await page.reload();
    await picker.getByText('Chosen: Kolkata (Asia), UTC+05:30').waitFor();
    await picker.getByRole('button', { name: "Use this device's time zone: Berlin (Europe), UTC+01:00" }).click();
    await picker.getByText('Chosen: Berlin (Europe), UTC+01:00').waitFor();
    await search.fill('atlantis');
    await picker.getByText(/^No place matches/).waitFor();
  });
});
