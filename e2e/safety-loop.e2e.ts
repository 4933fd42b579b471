// The safety loop after intake, in Chromium at phone size (issue 9, item 7): Walter (71, knee
// osteoarthritis) stops a session for chest pain. The stop advice has a tap-to-call link; home
// then shows the emergency notice, the clearance week and a card leading to the safety
// questions; he answers them again and gets his full week back. Axe and screenshots on every
// screen, and the new screens again at 200 % text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, safety, signUpThroughApi } from './pages/models.js';
import {
  answerSafetyAgainFromHome,
  checkInWithSomethingNew,
  home,
  planReasons,
  saveSafetyAnswers,
  signUpAsWalter,
} from './pages/safety.js';
import { guided } from './pages/session.js';
import { checkPage, startE2E, type E2E, shootLargeText } from './support/harness.js';


describe('the safety loop after intake', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('a chest-pain stop reaches home and the week, until Walter answers the questions again', async () => {
    const { page } = await e2e.newPage();
    await page.clock.install();
    await signUpAsWalter(page, 'walter.safety@example.org');
    const before = await (await page.request.get('/api/me/plan')).json();
    expect(before.plan.weeklyMinutes.aerobic).toBeGreaterThan(0);

    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 4);
    await page.getByRole('button', { name: 'Begin' }).click();
    await guided.openStop(page);
    await guided.chooseStopReason(page, 'Chest pain, pressure or tightness');
    const advice = page.locator('.notice--emergency');
    expect(await advice.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    await checkPage(page, 'safety-stop-chest-pain');
    await shootLargeText(page, 'safety-stop-chest-pain');
    await page.getByRole('button', { name: 'End the session' }).click();
    await page.getByRole('heading', { name: 'Stopping was the right call' }).waitFor();
    await guided.save(page, null);
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');

    await home.open(page);
    await home.emergencyNotice(page).waitFor();
    expect(await home.callLink(page).first().getAttribute('href')).toBe('tel:112');
    await home.holdNotice(page).waitFor();
    expect(await home.reviewCard(page).innerText()).toContain('You stopped a session with a sign to stop exercising.');
    await checkPage(page, 'safety-home-after-stop');
    await shootLargeText(page, 'safety-home-after-stop');

    expect(await planReasons(page)).toContain('clearance_needed');
    await page.getByText(/because you stopped a session with a sign to stop exercising/).first().waitFor();
    const held = await (await page.request.get('/api/me/plan')).json();
    expect(held.plan.weeklyMinutes).toMatchObject({ aerobic: 0, strengthening: 0 });
    await checkPage(page, 'safety-plan-clearance');

    await home.open(page);
    await answerSafetyAgainFromHome(page);
    await checkPage(page, 'safety-questions-again');
    await shootLargeText(page, 'safety-questions-again');
    await safety.answerAllNo(page, { onOwnPage: false });
    await saveSafetyAnswers(page);
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();

    await home.open(page);
    expect(await home.emergencyNotice(page).count()).toBe(0);
    expect(await home.reviewCard(page).count()).toBe(0);
    expect(await home.holdNotice(page).count()).toBe(0);
    await checkPage(page, 'safety-home-after-answers');
    expect(await planReasons(page)).not.toContain('clearance_needed');
    const after = await (await page.request.get('/api/me/plan')).json();
    expect(after.plan.weeklyMinutes.aerobic).toBeGreaterThan(0);
  });

  it('"something new" in a check-in leads straight to the questions; an urgent answer opens with a dated go-ahead', async () => {
    const { page } = await e2e.newPage();
    await signUpThroughApi(page, 'maya.something-new@example.org');
    await checkInWithSomethingNew(page, 5);
    await page.getByText('You told us about something new in a check-in.').waitFor();
    await checkPage(page, 'safety-after-something-new');
    await shootLargeText(page, 'safety-after-something-new');

    const cancer = 'Do you have cancer now, has it come back, or are you being treated for it? Or have you lost weight recently without trying?';
    await answer(page, cancer, true);
    await answer(page, 'About what you answered "yes" to: has a doctor or physical therapist seen you and said exercise is fine for you?', false);
    await saveSafetyAnswers(page);
    await page.getByRole('heading', { name: 'Please see a doctor soon, before you start' }).waitFor();
    expect(await page.getByText(/If the doctor says exercise is fine, answer "yes" to the last question and give the day/).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Call \d+$/ }).getAttribute('href')).toMatch(/^tel:/);
    await checkPage(page, 'safety-urgent-refer');

    await answer(page, 'About what you answered "yes" to: has a doctor or physical therapist seen you and said exercise is fine for you?', true);
    await page.getByLabel('On which day did they say so?').fill('2026-01-05');
    await checkPage(page, 'safety-go-ahead-date');
    await shootLargeText(page, 'safety-go-ahead-date');
    await saveSafetyAnswers(page);
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    const plan = await (await page.request.get('/api/me/plan')).json();
    expect(plan.plan.status).toBe('ok');
  });
});
