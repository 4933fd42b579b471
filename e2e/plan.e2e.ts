// Your week in a real browser: after intake the person sees a week fitted to them, today's
// sessions with minutes and exercises, why this plan, a bad-day switch that can be undone,
// and the pacing page. Once walks move pacing, the week, home and the pacing page agree; a bad
// day eases the week and Undo gives back exactly the week shown before. Axe on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithIntake } from './pages/models.js';
import { logCalmWalks, quotaMinutesOnPacing, todayMinutesOnHome, week } from './pages/plan.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

describe('your week', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('shows a week after intake, turns today gentle on a bad day and back, and explains pacing', async () => {
    const { page } = await e2e.newPage();
    await signUpWithIntake(page, 'priya@example.org', 'Priya');

    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    const plan = await (await page.request.get('/api/me/plan')).json();
    expect(plan.plan.status).toBe('ok');
    const firstItem = plan.plan.days.flatMap(
      (d: { sessions: { items: { exerciseId: string }[] }[] }) =>
        d.sessions.flatMap((s) => s.items),
    )[0];
    expect(firstItem).toBeDefined();
    await expect.poll(() => page.getByText(/Why this plan/i).count()).toBeGreaterThan(0);
    await checkPage(page, 'plan-week');

    // Seven active days a week, so today is an active day whatever day the test runs.
    const today = plan.plan.days.find((d: { date: string }) => d.date === plan.today);
    expect(today.kind).toBe('active');
    await week.markBadDay(page);
    // The week turns gentle at once; the server hears of it through the sync module a moment later.
    const currentPlan = async () => (await page.request.get('/api/me/plan')).json();
    await expect.poll(async () => (await currentPlan()).badDay).toBe(true);
    const gentle = await currentPlan();
    expect(gentle.plan.days.find((d: { date: string }) => d.date === plan.today).kind).toBe(
      'flare',
    );
    await checkPage(page, 'plan-bad-day');
    await week.undoBadDay(page);
    await expect.poll(async () => (await currentPlan()).badDay).toBe(false);

    await page.getByRole('link', { name: 'How your amounts change' }).click();
    await page.getByRole('heading', { level: 1, name: 'How your amounts change' }).waitFor();
    await checkPage(page, 'pacing');
  });

  it('keeps the week, home and pacing in agreement, and Undo gives back the week exactly', async () => {
    const { page } = await e2e.newPage();
    await signUpWithIntake(page, 'maya@example.org', 'Maya');
    await week.open(page);
    await logCalmWalks(page, 3, 10);

    // Pacing moved: the week follows it and says so.
    await week.open(page);
    await expect.poll(() => page.getByText(/Your week moved with your pacing/).count()).toBe(1);
    const shown = await week.minutesOfEveryDay(page);
    const { today } = await (await page.request.get('/api/me/plan')).json();
    const todayIndex = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
    await checkPage(page, 'plan-week-follows-pacing');

    await week.markBadDay(page);
    const eased = await week.minutesOfEveryDay(page);
    expect(eased[todayIndex]).toBeLessThanOrEqual(shown[todayIndex]!);
    await week.undoBadDay(page);
    expect(await week.minutesOfEveryDay(page)).toEqual(shown);
    await week.open(page);
    expect(await week.minutesOfEveryDay(page)).toEqual(shown);
    await checkPage(page, 'plan-week-after-undo');

    const onHome = await todayMinutesOnHome(page);
    expect(onHome).toBe(shown[todayIndex]);
    await checkPage(page, 'home-after-undo');
    expect(onHome).toBeLessThanOrEqual(await quotaMinutesOnPacing(page, 'Session time'));
    const walking = await quotaMinutesOnPacing(page, 'Walking');
    await checkPage(page, 'pacing-after-walks');
    const walks = (await (await page.request.get('/api/me/plan')).json()).plan.days.flatMap(
      (d: { sessions: { items: { exerciseId: string; minutes?: number }[] }[] }) =>
        d.sessions.flatMap((s) => s.items.filter((i) => i.exerciseId.startsWith('walk-'))),
    );
    // The week walks no more than the quota the pacing page shows (less on days that cannot hold it).
    expect(walks.length).toBeGreaterThan(0);
    for (const walk of walks) expect(walk.minutes).toBeLessThanOrEqual(walking);
  });
});
