// Issue 11, the therapist adjusts a plan, in Chromium: Lena (desktop) leaves an exercise out of
// Maya's week, pins the wall push-up to Monday and Thursday, caps her walk and slows the weekly
// rise, each with a reason, and ends one with a confirmation; a form error shows by its field.
// Maya (phone) reads each change in her week with Lena's reason, and on Home. Lena includes a
// floor exercise for Walter, who cannot get down to the floor: the rule is said in plain words
// and Save waits for her confirmation and reason. axe and a screenshot on every page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prescription as p, seedPractice, type Seeded } from './pages/prescription.js';
import { checkPage, DESKTOP, PHONE, shootLargeText, startE2E, type E2E } from './support/harness.js';

const TABLET = { width: 768, height: 1024 };

describe('Lena adjusts Maya’s plan and Maya reads each change', () => {
  let e2e: E2E;
  let seeded: Seeded;
  let lena: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    seeded = await seedPractice(e2e);
    ({ page: lena } = await e2e.newPage(DESKTOP));
    await p.signInAsLena(lena);
  });
  afterAll(async () => e2e?.close());

  it('leaves an exercise out, pins another, caps a dose and slows the rise, each with a reason', async () => {
    await p.openRecord(lena, seeded.mayaId, 'Maya');
    await p.leaveOut(lena, 'bird', 'Bird dog', 'Let us keep your back calm on all fours for now.');
    await p.pin(lena, 'wall push', 'Wall push-up', ['Monday', 'Thursday'], 'Your arms help you lift the watering can.');
    await p.capMinutes(lena, 'outdoor walk', 'Outdoor walk on flat ground', 15);
    await p.slowRise(lena, 5, 'Slow and steady while your back settles.');
    await expect.poll(() => p.settings(lena).locator('.adjustment').count()).toBe(4);
    expect(await p.settings(lena).getByText('Set by Lena on').count()).toBe(4);
    // What Maya reads about each this week, so Lena sees what the week made of it.
    await expect.poll(() => p.settings(lena).getByText(/^Maya reads: /u).count()).toBe(4);
    await lena.getByRole('heading', { name: 'Maya’s week and why' }).waitFor();
    await checkPage(lena, 'prescription-record-desktop');
  });

  it('shows a form error by its field, and ends a setting only after a confirmation', async () => {
    await p.chooseKind(lena, 'Minutes a day and days a week');
    await p.settings(lena).getByRole('button', { name: 'Save', exact: true }).click();
    await p.settings(lena).getByText('Give minutes a day, days a week, or both.').first().waitFor();
    await p.settings(lena).getByLabel('Minutes a day').fill('3');
    await p.settings(lena).getByRole('button', { name: 'Save', exact: true }).click();
    await p.settings(lena).getByText('Minutes a day: a whole number from 5 to 90.').waitFor();
    await checkPage(lena, 'prescription-form-error-desktop');

    await p.settings(lena).getByRole('button', { name: 'End Bird dog: left out' }).click();
    await p.settings(lena).getByText('End “Bird dog: left out”?').waitFor();
    await p.settings(lena).getByRole('button', { name: 'Yes, end it' }).click();
    await p.settings(lena).getByText('Ended. The week has been rebuilt without it.').waitFor();
    await expect.poll(() => p.settings(lena).locator('.adjustment').count()).toBe(3);
  });

  it('keeps the record usable at tablet and phone width', async () => {
    for (const [size, name] of [[TABLET, 'tablet'], [PHONE, 'phone']] as const) {
      await lena.setViewportSize(size);
      await p.openRecord(lena, seeded.mayaId, 'Maya');
      await checkPage(lena, `prescription-record-${name}`);
    }
    await lena.setViewportSize(DESKTOP);
  });

  it('shows Maya each change in her week with Lena’s reason, and on Home', async () => {
    const { page: maya } = await e2e.newPage(PHONE);
    await p.signInAs(maya, 'maya@example.org', 'Maya');
    const card = maya.getByRole('region', { name: 'Today’s plan' });
    await card.getByRole('heading', { name: 'From your clinician' }).waitFor();
    await checkPage(maya, 'prescription-home-phone');

    await maya.goto('/plan');
    const list = maya.getByRole('region', { name: 'From your clinician' });
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toMatch(/Set by Lena on \d{1,2} \w+: add the wall push-up on Monday and Thursday\./u);
    expect(text).toContain('Lena wrote: “Your arms help you lift the watering can.”');
    expect(text).toMatch(/keep outdoor walk on flat ground to at most 15 minutes\./u);
    expect(text).toMatch(/let your amounts grow by 5 % a week instead of 10 %\./u);
    expect(text).not.toContain('Bird dog');
    // The pinned push-up is marked in the day's session list as set by Lena.
    await expect.poll(() => maya.locator('.plan-item__set-by', { hasText: 'Set by Lena' }).count()).toBeGreaterThan(0);
    await checkPage(maya, 'prescription-plan-phone');
    await shootLargeText(maya, 'prescription-plan-phone');
  });

  it('says in plain words why a floor exercise would be left out for Walter, and waits for Lena to confirm', async () => {
    await p.openRecord(lena, seeded.walterId, 'Walter');
    await p.chooseKind(lena, 'Add an exercise on chosen days');
    await p.chooseExercise(lena, 'bird', 'Bird dog');
    const section = p.settings(lena);
    await section.getByText('Bird dog is done on the floor, and Walter said they cannot get down to the floor.').waitFor();
    await p.tickDays(lena, ['Tuesday']);
    const save = section.getByRole('button', { name: 'Save', exact: true });
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    const confirms = section.getByRole('checkbox', { name: /I have considered this and want it included/u });
    for (const box of await confirms.all()) {
      expect(await save.getAttribute('aria-disabled')).toBe('true');
      await box.check();
    }
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    await p.reason(lena, 'We practised getting down with the sofa for support.');
    expect(await save.getAttribute('aria-disabled')).toBeNull();
    await checkPage(lena, 'prescription-rules-desktop');
    await p.save(lena, 'Bird dog on Tuesday');
    await section.getByText(/Confirmed despite: position/u).waitFor();
  });
});
