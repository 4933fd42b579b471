// Dan, 52, in a wheelchair with nerve pain, who cannot move to a bed and uses his arms only:
// the intake asks about a bed and his limbs instead of the floor, and his week has no lying,
// no leg work and arm-based aerobic work. Screens at phone size and at 200 % text, with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../src/core/library/catalog.js';
import { auth, safety } from './pages/models.js';
import { FLOOR_QUESTION, answerAsDanUpToSafety } from './pages/wheelchair-intake.js';
import { checkPage, startE2E, type E2E } from './support/harness.js';

const byId = new Map(BUILTIN_EXERCISES.map((e) => [e.id, e]));

interface PlanBody {
  plan: { status: string; days: { sessions: { items: { exerciseId: string; pillar: string }[] }[] }[] };
}

async function checkAtLargeText(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await checkPage(page, name);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
}

describe('a wheelchair user who uses his arms only (Dan)', () => {
  let e2e: E2E;
  let page: Page;
  beforeAll(async () => {
    e2e = await startE2E();
    ({ page } = await e2e.newPage());
  });
  afterAll(async () => e2e?.close());

  it('is asked about a bed and his limbs, not the floor', async () => {
    await auth.signUp(page, 'dan@example.org', 'Dan');
    await answerAsDanUpToSafety(page, async () => {
      expect(await page.getByRole('group', { name: FLOOR_QUESTION }).count()).toBe(0);
      await checkPage(page, 'wheelchair-intake-mobility');
      await checkAtLargeText(page, 'wheelchair-intake-mobility-200');
    });
    await safety.answerAllNo(page, { onOwnPage: false });
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('heading', { name: 'Your answers are saved' }).waitFor();
    const stored = await e2e.database.db.selectFrom('profiles').select('data').executeTakeFirstOrThrow();
    expect(JSON.parse(stored.data)).toMatchObject({ mobility: 'wheelchair', floorTransfers: false, bedTransfers: false, limbsUsed: ['arms'] });
  });

  it('gets a week with no lying, no leg work, and aerobic work with his arms', async () => {
    const body = (await (await page.request.get('/api/me/plan')).json()) as PlanBody;
    expect(body.plan.status).toBe('ok');
    const items = body.plan.days.flatMap((d) => d.sessions.flatMap((s) => s.items));
    const exercises = items.map((i) => byId.get(i.exerciseId)).filter((e) => e !== undefined);
    expect(exercises).toHaveLength(items.length);
    expect(exercises.filter((e) => !e.positions.includes('seated')).map((e) => e.id)).toEqual([]);
    expect(exercises.filter((e) => e.limbs?.includes('legs')).map((e) => e.id)).toEqual([]);
    const aerobic = exercises.filter((e) => e.pillar === 'aerobic');
    expect(aerobic.length).toBeGreaterThan(0);
    expect(aerobic.every((e) => e.limbs?.includes('arms'))).toBe(true);

    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
    await expect.poll(() => page.getByText(/sitting in your chair/u).count()).toBeGreaterThan(0);
    await checkPage(page, 'wheelchair-week');
    await checkAtLargeText(page, 'wheelchair-week-200');
  });
});
