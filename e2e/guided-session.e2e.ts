// Guided sessions in Chromium at phone size, with Playwright's clock so holds and walks take no
// time: (1) a whole session from the week to the summary, and an activity logged afterwards;
// (2) reps tapped and paced, and "make it easier"; (3) a stop for dizziness (the signs shown,
// saved as partial; chest pain leads with the emergency number); (4) a reload halfway that
// resumes where it was; (5) the network lost halfway, the log kept on the device and saved
// exactly once when it is back. Each flow is a new person with a quick intake; axe and
// screenshots (full page and phone view) on every screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpThroughApi } from './pages/models.js';
import {
  PAIN_AFTER,
  PAIN_AFTER_OPTIONAL,
  activityLog,
  checkEachKindOfStep,
  checkPage,
  guided,
} from './pages/session.js';
import { startE2E, type E2E } from './support/harness.js';
import type { Page } from 'playwright-core';
import { findItem, findItemIfAny, sessionLogsOf } from './support/session-data.js';

describe('guided sessions', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  /** A new person with a quick intake, on a page whose clock the test moves. */
  async function newPerson(email: string) {
    const { page, context } = await e2e.newPage();
    await page.clock.install();
    await signUpThroughApi(page, email);
    return { page, setOffline: (offline: boolean) => context.setOffline(offline) };
  }
  const logsOf = (email: string) => sessionLogsOf(e2e, email);

  it('carries a person through a whole session, from the week to a kind summary', async () => {
    const email = 'maya.session@example.org';
    const { page } = await newPerson(email);
    await guided.openPlan(page);
    await checkPage(page, 'session-plan-start');
    await guided.startFromHome(page, (name) => checkPage(page, name));
    await checkPage(page, 'session-before');
    await guided.turnOnCues(page);
    await guided.answerPainBefore(page, 4);
    const total = await guided.total(page);
    const onStep = checkEachKindOfStep(page);
    for (let index = 0; index < total; index += 1) {
      await guided.doExercise(page, onStep);
      if (index === 0) await checkPage(page, 'session-feedback');
      if (index === 0) await guided.giveFeedback(page, 'Too hard', 5);
      else await guided.giveFeedback(page, 'About right');
    }
    await page.getByRole('heading', { name: 'You did it' }).waitFor();
    await checkPage(page, 'session-end');
    await guided.save(page, { legend: PAIN_AFTER, value: 3 }, 'Knees felt warm.');
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    await checkPage(page, 'session-summary');

    const [log] = await logsOf(email);
    expect(log).toMatchObject({
      pain_before: 4,
      pain_after: 3,
      partial: 0,
      notes: 'Knees felt warm.',
    });
    expect(log?.items).toHaveLength(total);
    expect(log?.items[0]).toMatchObject({ status: 'done', feedback: 'too_hard', painDuring: 5 });
    expect(log?.items.every((item) => item.status === 'done')).toBe(true);

    await page.getByRole('link', { name: 'How your amounts change' }).click();
    await page.getByRole('heading', { level: 1, name: 'How your amounts change' }).waitFor();
    await guided.openPlan(page);
    await page.locator('#plan-today').getByText('Done ✓').first().waitFor();

    // After a check-in today, "Pain before" starts at its pain and says where that came from.
    expect((await page.request.post('/api/me/checkins', { data: { pain: 6 } })).status()).toBe(201);
    await page.goto('/session/log-activity');
    const before = page.getByRole('radiogroup', { name: 'Pain before' });
    await expect.poll(() => before.getByRole('radio', { name: '6', exact: true }).isChecked()).toBe(true);
    await page.getByText('Filled in from your check-in today.', { exact: false }).waitFor();
    const walk = { activity: 'Outdoor walk on flat ground', minutes: 25, before: 4, after: 3 };
    await activityLog.log(page, { ...walk, effort: 'Comfortable' }, (name) =>
      checkPage(page, name),
    );
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    await checkPage(page, 'session-log-activity-saved');
    const [, logged] = await logsOf(email);
    expect(logged).toMatchObject({ pain_before: 4, pain_after: 3 });
    expect(logged?.items).toEqual([
      { exerciseId: 'walk-outdoors-flat', minutes: 25, status: 'done', feedback: 'right' },
    ]);
  });

  it('counts reps by tapping or with the paced counter', async () => {
    const email = 'walter.reps@example.org';
    const { page } = await newPerson(email);
    const strength = await findItem(page, (item) => item.sets !== undefined);
    await guided.open(page, strength.date, strength.slot);
    await guided.answerPainBefore(page, 5);
    await guided.skipTo(page, strength.index);
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await guided.step(page)).toBe('reps');
    await guided.countReps(page, 2);
    await page.getByText(/^2 of \d+$/).waitFor();
    await checkPage(page, 'session-reps');
    await guided.chooseRepMode(page, 'Pace me');
    await page.getByText(/^Rep 3 of \d+$/).waitFor();
    await checkPage(page, 'session-paced');
    await guided.doExercise(page);
    await guided.giveFeedback(page, 'About right');
    await guided.endHere(page);
    await guided.save(page, null);
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    const [counted] = await logsOf(email);
    const { sets, reps } = strength.item;
    expect(counted?.items[strength.index]).toMatchObject({ status: 'done', sets, reps });
  });

  it('swaps an exercise for an easier one', async () => {
    // A week holds an exercise with an easier version only for some people (the week is seeded by
    // the person's random id): take the first of a few new people whose week has one.
    let email = '';
    let page: Page | null = null;
    let target: Awaited<ReturnType<typeof findItemIfAny>> = null;
    for (let attempt = 0; attempt < 10 && !target; attempt += 1) {
      email = `walter.easier${attempt}@example.org`;
      page = (await newPerson(email)).page;
      target = await findItemIfAny(page, (_item, easier) => easier !== null);
    }
    if (!page || !target) throw new Error('None of ten new weeks held an exercise with an easier version.');
    await guided.open(page, target.date, target.slot);
    await guided.answerPainBefore(page, 5);
    await guided.skipTo(page, target.index);
    const before = await guided.where(page);
    await page.getByRole('button', { name: 'Make it easier' }).click();
    await page.getByText(/^Changed to an easier version/).waitFor();
    const after = await guided.where(page);
    expect([after.progress, after.name === before.name]).toEqual([before.progress, false]);
    await checkPage(page, 'session-easier');
    await guided.doExercise(page);
    await guided.giveFeedback(page, 'About right');
    await guided.endHere(page);
    await guided.save(page, null);
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');

    const [easier] = await logsOf(email);
    expect(easier?.partial).toBe(1);
    expect(easier?.items[target.index]).toMatchObject({
      ...{ exerciseId: target.easierId, status: 'easier', feedback: 'right' },
    });
    expect(easier?.items.slice(0, target.index).every((i) => i.status === 'skipped')).toBe(true);
  });

  it('stops for dizziness: shows the signs and what to do, and saves a shorter session', async () => {
    const email = 'priya.stop@example.org';
    const { page } = await newPerson(email);
    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 6);
    await page.getByRole('button', { name: 'Begin' }).click();
    await guided.openStop(page);
    await checkPage(page, 'session-stop-reasons');

    // "Something else" may carry on once the person feels fine.
    await guided.chooseStopReason(page, 'Something else');
    await page.getByRole('button', { name: 'I feel fine now — back to the session' }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    await checkPage(page, 'session-paused');
    await guided.carryOn(page);

    await guided.openStop(page);
    await guided.chooseStopReason(page, 'Dizziness or feeling faint');
    await page.getByText(/^Sit or lie down somewhere safe until it passes/).waitFor();
    const signs = await guided.stopSigns(page);
    const expected = ['Chest pain', 'Breathlessness', 'Dizziness', 'A racing', 'Sudden weakness'];
    expect(signs.map((sign, i) => sign.startsWith(expected[i] ?? '-'))).toEqual(
      expected.map(() => true),
    );
    await checkPage(page, 'session-stop-dizziness');
    // A stop-exercise sign ends the session: there is no way back into it.
    expect(await page.getByRole('button', { name: /back to the session/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'End the session' }).click();
    await page.getByRole('heading', { name: 'Stopping was the right call' }).waitFor();
    await checkPage(page, 'session-end-stopped');
    await guided.save(page, { legend: PAIN_AFTER_OPTIONAL, value: 6 });
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    expect(await page.getByText(/fail|score/i).count()).toBe(0);
    await checkPage(page, 'session-summary-stopped');

    const [log] = await logsOf(email);
    expect(log).toMatchObject({ partial: 1, pain_before: 6, pain_after: 6 });
  });

  it('puts the emergency number first for chest pain, with no way back into the session', async () => {
    const { page } = await newPerson('walter.chest@example.org');
    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 4);
    await page.getByRole('button', { name: 'Begin' }).click();
    await guided.openStop(page);
    await guided.chooseStopReason(page, 'Chest pain, pressure or tightness');
    await page.getByRole('heading', { name: 'Call for help now' }).waitFor();
    const emergency = page.locator('.notice--emergency');
    expect(await emergency.innerText()).toContain('call the emergency number');
    expect(await emergency.getByRole('link', { name: /^Call \d+$/ }).getAttribute('href')).toMatch(/^tel:\d+$/);
    expect(await page.getByRole('button', { name: /back to the session/ }).count()).toBe(0);
    await checkPage(page, 'session-stop-chest-pain');
  });

  it('resumes where it was after a reload, and shows Resume on the week', async () => {
    const email = 'dan.reload@example.org';
    const { page } = await newPerson(email);
    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 3);
    await guided.doExercise(page);
    await guided.giveFeedback(page, 'About right');
    await page.getByRole('button', { name: 'Begin' }).click();
    const there = await guided.where(page);
    expect(there.progress).toMatch(/^Exercise 2 of/);

    await page.reload();
    await page.getByText('Welcome back. Everything is where you left it.').waitFor();
    expect(await guided.where(page)).toEqual(there);
    await checkPage(page, 'session-resumed');
    await guided.openPlan(page);
    await guided.startToday(page, 'Resume');
    expect(await guided.where(page)).toEqual(there);
    await guided.carryOn(page);
    await guided.doExercise(page);
    await guided.giveFeedback(page, 'Too easy');
    await guided.endHere(page);
    await guided.save(page, { legend: PAIN_AFTER_OPTIONAL, value: 2 });
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');

    const [log] = await logsOf(email);
    expect(log?.partial).toBe(1);
    expect(log?.items.slice(0, 2).map((item) => item.status)).toEqual(['done', 'done']);
    expect(log?.items[1]).toMatchObject({ feedback: 'too_easy' });
  });

  it('keeps the log on the device while offline and saves it exactly once when back', async () => {
    const email = 'lena.offline@example.org';
    const { page, setOffline } = await newPerson(email);
    await guided.openPlan(page);
    await guided.startToday(page);
    await guided.answerPainBefore(page, 5);
    await guided.doExercise(page);
    await setOffline(true);
    await guided.giveFeedback(page, 'About right');
    await guided.doExercise(page);
    await guided.giveFeedback(page, 'About right');
    await guided.endHere(page);
    await guided.save(page, { legend: PAIN_AFTER_OPTIONAL, value: 4 });
    const waiting = 'Waiting to send — saved on this device';
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe(waiting);
    await checkPage(page, 'session-summary-offline');
    expect(await logsOf(email)).toHaveLength(0);

    await setOffline(false);
    await expect.poll(() => guided.saveStatus(page).innerText(), { timeout: 10_000 }).toBe('Saved');
    await page.reload();
    await page.getByRole('heading', { name: 'A shorter session today' }).waitFor();
    await expect.poll(() => guided.saveStatus(page).innerText()).toBe('Saved');
    const logs = await logsOf(email);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ partial: 1, pain_before: 5, pain_after: 4 });
    expect(logs[0]?.items.slice(0, 2).map((item) => item.status)).toEqual(['done', 'done']);
  });
});
