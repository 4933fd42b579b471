/**
 * Page models for the browser flows: what a person does on each screen, in the words the
 * screen shows. Flows read as steps; selectors live here.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../src/core/safety.js';
import { addressForThisTry } from '../support/sign-ups.js';

export const PASSWORD = 'a calm walk by the river';

/** Picks a number on a 0-10 scale named by its legend. */
export async function chooseOnScale(page: Page, legend: string, value: number): Promise<void> {
  await page
    .getByRole('radiogroup', { name: legend })
    .getByRole('radio', { name: String(value), exact: true })
    .check();
}

/** Answers a yes/no question group named by its question. */
export async function answer(page: Page, question: string, yes: boolean): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: yes ? 'Yes' : 'No', exact: true })
    .check();
}

/** Skips the recovery codes offered right after sign-up (recovery.e2e.ts keeps them). */
export async function skipRecoveryCodes(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  await page.getByRole('link', { name: 'Skip for now' }).click();
}

/** Signing up and signing in. */
export const auth = {
  /** Signs up and skips the recovery codes; returns the address used (see `addressForThisTry`). */
  async signUp(page: Page, email: string, name: string): Promise<string> {
    const address = addressForThisTry(email);
    await page.goto('/signup');
    await page.getByLabel('Email').fill(address);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Your name (optional)').fill(name);
    await page.getByRole('button', { name: 'Create account' }).click();
    // A new account is offered recovery codes first (issue 15), then goes on to the getting-started questions.
    await skipRecoveryCodes(page);
    await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    return address;
  },
};

/** The getting-started wizard. */
export const intake = {
  async next(page: Page, step: number): Promise<void> {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText(`Step ${step + 1} of 8`).count()).toBe(1);
  },

  async answerUpToSafety(
    page: Page,
    shoot: (name: string) => Promise<void>,
    daysPerWeek = 5,
  ): Promise<void> {
    await expect.poll(() => page.getByText('Step 1 of 8').count()).toBe(1);
    const lowerBack = page.getByRole('checkbox', { name: 'Lower back' });
    await lowerBack.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => lowerBack.getAttribute('aria-checked')).toBe('true');
    await page.getByRole('checkbox', { name: 'Knees' }).click();
    await shoot('intake-1-pain-areas');
    await this.next(page, 1);
    await page.getByRole('checkbox', { name: 'Long-lasting low back pain' }).check();
    await this.next(page, 2);
    await page.getByRole('radio', { name: 'I walk without help' }).check();
    await answer(page, 'Can you get down to the floor and back up again?', true);
    await this.next(page, 3);
    await page.getByLabel('Minutes a day you would like to spend').fill('15');
    await chooseOnScale(page, 'Days a week', daysPerWeek);
    await page.getByRole('checkbox', { name: 'Morning' }).check();
    await shoot('intake-4-time');
    await this.next(page, 4);
    await page.getByRole('checkbox', { name: 'A sturdy chair' }).check();
    await page.getByRole('checkbox', { name: 'A mat' }).check();
    await page.getByRole('checkbox', { name: 'Walking' }).check();
    await page.getByRole('checkbox', { name: 'Yoga' }).check();
    await this.next(page, 5);
    await chooseOnScale(page, 'How much pain do you have right now?', 5);
    await page.getByLabel('Your age (optional)').fill('44');
    await this.next(page, 6);
    await page.getByLabel('What is the activity?').first().fill('Gardening for an hour');
    await chooseOnScale(page, 'How well can you do it now?', 3);
    await shoot('intake-7-goals');
    await this.next(page, 7);
  },
};

/** The safety questions, on the last intake step or on their own page. */
export const safety = {
  async answerAllNo(page: Page, { onOwnPage = true } = {}): Promise<void> {
    if (onOwnPage) await page.goto('/safety');
    await page
      .getByRole('group', { name: 'Do you have chest pain or pressure while you are resting?' })
      .waitFor();
    const questions = page
      .getByRole('group')
      .filter({ has: page.getByRole('radio', { name: 'No', exact: true }) })
      .filter({ hasNot: page.getByRole('group') });
    for (const question of await questions.all())
      await question.getByRole('radio', { name: 'No', exact: true }).check();
  },
};

/** A new person with a full intake and no safety flags. */
export async function signUpWithIntake(
  page: Page,
  email: string,
  name: string,
  daysPerWeek = 7,
): Promise<string> {
  const address = await auth.signUp(page, email, name);
  await intake.answerUpToSafety(page, async () => undefined, daysPerWeek);
  await safety.answerAllNo(page, { onOwnPage: false });
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByRole('heading', { name: 'Your answers are saved' }).waitFor();
  return address;
}

/** Who a quick intake is about: a knee, 20 minutes on 7 mornings, a chair, a wall and walking. */
export interface QuickPerson {
  name?: string;
  condition?: string;
  mobility?: string;
  pain?: number;
  age?: number;
}

/** Signs up and answers the intake quickly (all safety answers no). */
export async function signUpQuickly(page: Page, email: string, person: QuickPerson = {}): Promise<string> {
  const address = await auth.signUp(page, email, person.name ?? '');
  await expect.poll(() => page.getByText('Step 1 of 8').count()).toBe(1);
  await page.getByRole('checkbox', { name: 'Knees' }).click();
  await intake.next(page, 1);
  if (person.condition) await page.getByRole('checkbox', { name: person.condition }).check();
  await intake.next(page, 2);
  await page.getByRole('radio', { name: person.mobility ?? 'I walk without help' }).check();
  await answer(page, 'Can you get down to the floor and back up again?', false);
  await intake.next(page, 3);
  await page.getByLabel('Minutes a day you would like to spend').fill('20');
  await chooseOnScale(page, 'Days a week', 7);
  await page.getByRole('checkbox', { name: 'Morning' }).check();
  await intake.next(page, 4);
  for (const thing of ['A sturdy chair', 'A clear wall', 'Walking']) {
    await page.getByRole('checkbox', { name: thing }).check();
  }
  await intake.next(page, 5);
  await chooseOnScale(page, 'How much pain do you have right now?', person.pain ?? 3);
  if (person.age !== undefined) await page.getByLabel('Your age (optional)').fill(String(person.age));
  await intake.next(page, 6);
  await intake.next(page, 7);
  await safety.answerAllNo(page, { onOwnPage: false });
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByRole('heading', { name: 'Your answers are saved' }).waitFor();
  return address;
}

/** The profile `signUpQuickly` answers through the screens, as the app sends it (all safety answers no). */
const QUICK_PROFILE = {
  painAreas: ['knee'],
  conditions: [],
  mobility: 'walks_unaided',
  floorTransfers: false,
  minutesPerDay: 20,
  daysPerWeek: 7,
  preferredTimes: ['morning'],
  equipment: ['chair', 'wall'],
  likes: ['walking'],
  painToday: 3,
  goals: [],
  safety: Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false])),
};

/** The profile `signUpWithIntake` answers through the screens (`daysPerWeek` 7 unless told). */
export const INTAKE_PROFILE = {
  painAreas: ['lower_back', 'knee'],
  conditions: ['chronic_low_back_pain'],
  floorTransfers: true,
  minutesPerDay: 15,
  equipment: ['chair', 'mat'],
  likes: ['walking', 'yoga'],
  painToday: 5,
  age: 44,
  goals: [{ activity: 'Gardening for an hour', score: 3 }],
};

/**
 * A person signed up with `signUpQuickly`'s answers sent as the app sends them, for the flows
 * whose subject comes after intake (the screens of sign-up and intake have flows of their own:
 * journey, starting-point, wheelchair, recovery, plan-growth). `profile` replaces fields.
 * The browser's context holds the session cookie; the page is left on home.
 */
export async function signUpThroughApi(page: Page, email: string, name = '', profile: Record<string, unknown> = {}): Promise<string> {
  const address = addressForThisTry(email);
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const signUp = await page.request.post('/api/auth/signup', {
    data: { email: address, password: PASSWORD, ...(name ? { name } : {}), timeZone },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const saved = await page.request.put('/api/me/profile', { data: { ...QUICK_PROFILE, ...profile } });
  expect(saved.status(), await saved.text()).toBe(200);
  // Intake ends on the plan, which stores this week's plan: done here before anything else, so
  // a flow that then logs days (pacing) finds the week made before them, as after the screens.
  expect((await page.request.get('/api/me/plan')).status()).toBe(200);
  await page.goto('/');
  await page.getByRole('region', { name: 'Today’s plan' }).waitFor();
  // Home's own requests finish before the flow goes on, so none of them reads the week halfway
  // through what the flow then writes (a plan asked for between two logged walks).
  await page.waitForLoadState('networkidle');
  return address;
}
