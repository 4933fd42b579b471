/**
 * Page models for the safety loop after intake: Walter's intake, the home notices, the plan's
 * reasons and answering the safety questions again, in the words the screens show.
 */
import type { Page } from 'playwright-core';
import { chooseOnScale, signUpQuickly } from './models.js';

/** Walter (71, knee osteoarthritis, walks with a cane, not down to the floor), no safety flags. */
export async function signUpAsWalter(page: Page, email: string): Promise<void> {
  await signUpQuickly(page, email, {
    name: 'Walter',
    condition: 'Knee osteoarthritis',
    mobility: 'I walk with a stick, cane, crutches or a frame',
    pain: 4,
    age: 71,
  });
}

/** What home shows about safety. */
export const home = {
  async open(page: Page): Promise<void> {
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Today' }).first().waitFor();
    await page.waitForLoadState('networkidle');
  },
  emergencyNotice: (page: Page) =>
    page.getByRole('region', { name: 'If you still feel unwell, call for help now' }),
  holdNotice: (page: Page) =>
    page.getByRole('region', { name: 'Gentle breathing and stretching only, for now' }),
  reviewCard: (page: Page) =>
    page.getByRole('region', { name: 'Please answer the safety questions again' }),
  /** The tap-to-call link inside a part of the page. */
  callLink: (page: Page) => page.getByRole('link', { name: /^Call \d+$/ }),
};

/** The week's reasons, as the plan page lists them. */
export async function planReasons(page: Page): Promise<string[]> {
  await page.goto('/plan');
  await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
  await page.getByText(/Why this plan/i).first().waitFor();
  const plan = await (await page.request.get('/api/me/plan')).json();
  return plan.plan.reasons.map((r: { code: string }) => r.code);
}

/** Answers the safety questions again from the card on home, all "no", and saves. */
export async function answerSafetyAgainFromHome(page: Page): Promise<void> {
  await home.reviewCard(page).getByRole('link', { name: 'Answer the safety questions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Safety questions' }).waitFor();
  await page.getByRole('heading', { name: 'We are asking again because:' }).waitFor();
}

/** Saves the safety page and waits for what the answers mean. */
export async function saveSafetyAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save answers' }).click();
  await page.getByText('Your safety answers are saved.').waitFor();
}

/** A check-in that reports something new; the app goes straight on to the safety questions. */
export async function checkInWithSomethingNew(page: Page, pain: number): Promise<void> {
  await page.goto('/checkin');
  await chooseOnScale(page, 'Pain right now', pain);
  await page.getByRole('checkbox', { name: 'Something new since your last check-in' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Safety questions' }).waitFor();
}
