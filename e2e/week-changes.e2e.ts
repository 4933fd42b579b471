// Swapping an exercise and moving a session, as Priya does it on her phone (issue 15): "Swap"
// offers exercises that fit, the choice holds on every day of the week and through a rebuild (a
// bad day and its Undo, a reload), "Move" puts a session on a later day at another time with the
// week's minutes unchanged, and "Your changes this week" says both in words and undoes each.
// Axe on every state; screenshots at 100 % and 200 % text (test-results/screenshots/week-*.png).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_PROFILE, signUpThroughApi } from './pages/models.js';
import { week } from './pages/plan.js';
import { checkPage, shootLargeText, startE2E, type E2E } from './support/harness.js';

interface PlanDay { date: string; kind: string; sessions: { slot: string; minutes: number; items: { exerciseId: string }[] }[] }
interface PlanResponse { today: string; plan: { days: PlanDay[] }; changes?: { kind: string; status: string }[] }

const planOf = async (page: Page): Promise<PlanResponse> => (await page.request.get('/api/me/plan')).json() as Promise<PlanResponse>;
const idsOf = (day: PlanDay) => day.sessions.flatMap((s) => s.items.map((i) => i.exerciseId));
const minutesOf = (plan: PlanResponse) => plan.plan.days.flatMap((d) => d.sessions).reduce((sum, s) => sum + s.minutes, 0);
const sessionsOf = (plan: PlanResponse) => plan.plan.days.map((d) => d.sessions.map((s) => `${d.date} ${s.slot}`)).flat();

describe('changing the week', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('swaps an exercise and moves a session, keeps both through a rebuild, and undoes each', async () => {
    const { page } = await e2e.newPage();
    await signUpThroughApi(page, 'priya.week@example.org', 'Priya', INTAKE_PROFILE);
    await week.open(page);
    const before = await planOf(page);
    const today = page.locator('#plan-today');

    // Swap: the first exercise of today that has something else fitting in its place.
    const swapButtons = today.getByRole('button', { name: /^Swap .+ for another exercise$/ });
    await swapButtons.first().waitFor();
    let from = '';
    let choice = page.getByRole('button', { name: /^Choose / });
    for (const button of await swapButtons.all()) {
      from = (/^Swap (.+) for another exercise$/.exec((await button.getAttribute('aria-label')) ?? '') ?? [])[1] ?? '';
      await button.click();
      const panel = page.getByRole('region', { name: `Instead of ${from}` });
      await panel.waitFor();
      choice = panel.getByRole('button', { name: /^Choose / });
      if ((await choice.count()) > 0) break;
      await panel.getByRole('button', { name: 'Keep it as it is' }).click();
    }
    expect(await choice.count(), 'some exercise of today has another that fits').toBeGreaterThan(0);
    await checkPage(page, 'week-swap-choices');
    await shootLargeText(page, 'week-swap-choices');
    const to = ((await choice.first().innerText()).replace(/^Choose /, '')).trim();
    await choice.first().click();
    const changes = page.getByRole('region', { name: 'Your changes this week' });
    await changes.getByText(`You swapped ${from} for ${to}.`).waitFor();

    // The week shows the change at once; the server has it once the sync module has sent it.
    await expect.poll(async () => (await planOf(page)).changes?.length ?? 0).toBe(1);
    const swapped = await planOf(page);
    const fromId = idsOf(before.plan.days.find((d) => d.date === before.today)!).find((id) => !idsOf(swapped.plan.days.find((d) => d.date === swapped.today)!).includes(id));
    expect(fromId, 'the swapped exercise left today').toBeDefined();
    for (const day of swapped.plan.days) expect(idsOf(day), `${day.date} still has the exercise swapped out`).not.toContain(fromId);
    await checkPage(page, 'week-swapped');

    // Move: today's morning session to the last day of the week still to come, in the evening.
    await today.getByRole('button', { name: 'Move the morning session' }).click();
    const form = page.getByRole('form', { name: 'Move the morning session' });
    const dayChoices = await form.getByLabel('Day', { exact: true }).locator('option').allInnerTexts();
    const toDay = dayChoices[dayChoices.length - 1]!;
    await form.getByLabel('Day', { exact: true }).selectOption({ label: toDay });
    await form.getByLabel('Time of day').selectOption({ label: 'evening' });
    await checkPage(page, 'week-move-form');
    await form.getByRole('button', { name: 'Move it' }).click();
    await changes.getByText(new RegExp(`^You moved the \\w+ morning session to ${toDay} evening\\.$`)).waitFor();
    await expect.poll(async () => (await planOf(page)).changes?.length ?? 0).toBe(2);
    const moved = await planOf(page);
    expect(minutesOf(moved), 'moving keeps the week’s minutes').toBe(minutesOf(swapped));
    const lastDay = moved.plan.days.filter((d) => d.date >= moved.today).at(-1)!;
    expect(lastDay.sessions.map((s) => s.slot)).toContain('evening');
    await checkPage(page, 'week-moved');
    await shootLargeText(page, 'week-moved');

    // A rebuild (a bad day and its Undo) and a reload keep both changes.
    await week.markBadDay(page);
    await week.undoBadDay(page);
    await week.open(page);
    await changes.getByText(`You swapped ${from} for ${to}.`).waitFor();
    await changes.getByText(/^You moved the /).waitFor();
    await expect.poll(async () => (await planOf(page)).changes?.map((c) => `${c.kind}:${c.status}`)).toEqual(['swap:applied', 'move:applied']);
    expect(sessionsOf(await planOf(page))).toEqual(sessionsOf(moved));

    // Undo each: the week is the one first shown.
    await changes.getByRole('button', { name: /^Undo: You moved/ }).click();
    await expect.poll(async () => sessionsOf(await planOf(page))).toEqual(sessionsOf(before));
    await changes.getByRole('button', { name: /^Undo: You swapped/ }).click();
    await expect.poll(async () => (await planOf(page)).plan.days.map(idsOf)).toEqual(before.plan.days.map(idsOf));
    await expect.poll(() => changes.count()).toBe(0);
    await checkPage(page, 'week-after-undo');
  });
});
