/**
 * Page model of the intake for a wheelchair user: the mobility step asks about moving to a bed
 * and the limbs they use, never about the floor. The other steps answer as Dan would.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { answer, chooseOnScale, intake } from './models.js';

export const BED_QUESTION = 'Can you move from your wheelchair to a bed to lie down?';
export const LIMBS_QUESTION = 'Which can you move and use for exercise?';
export const FLOOR_QUESTION = 'Can you get down to the floor and back up again?';

/** Dan's intake up to the safety step; `atMobility` runs on the mobility step before moving on. */
export async function answerAsDanUpToSafety(page: Page, atMobility: () => Promise<void>): Promise<void> {
  await expect.poll(() => page.getByText('Step 1 of 8').count()).toBe(1);
  await page.getByRole('checkbox', { name: 'Lower back' }).click();
  await intake.next(page, 1);
  await page.getByRole('checkbox', { name: 'Nerve pain (neuropathic pain)' }).check();
  await intake.next(page, 2);
  await page.getByRole('radio', { name: 'I use a wheelchair' }).check();
  await page.getByRole('group', { name: BED_QUESTION }).waitFor();
  await answer(page, BED_QUESTION, false);
  await page.getByRole('group', { name: LIMBS_QUESTION }).getByRole('radio', { name: 'My arms', exact: true }).check();
  await atMobility();
  await intake.next(page, 3);
  await page.getByLabel('Minutes a day you would like to spend').fill('20');
  await chooseOnScale(page, 'Days a week', 6);
  await page.getByRole('checkbox', { name: 'Morning' }).check();
  await page.getByRole('checkbox', { name: 'Evening' }).check();
  await intake.next(page, 4);
  await page.getByRole('checkbox', { name: 'A resistance band' }).check();
  await page.getByRole('checkbox', { name: 'Breathing exercises' }).check();
  await intake.next(page, 5);
  await chooseOnScale(page, 'How much pain do you have right now?', 5);
  await page.getByLabel('Your age (optional)').fill('52');
  await intake.next(page, 6);
  await intake.next(page, 7);
}
