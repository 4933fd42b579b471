/**
 * What the browser flows of guided sessions read behind the screen: the person's week and the
 * library through the API (to pick a session with a given kind of exercise), and the session
 * logs the server stored.
 */
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';

export interface PlanItem {
  exerciseId: string;
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
}

interface PlanDay {
  date: string;
  sessions: { slot: string; items: PlanItem[] }[];
}

/** Where an exercise sits in the week. */
export interface FoundItem {
  date: string;
  slot: string;
  index: number;
  item: PlanItem;
  easierId: string | null;
}

/** The first item of this week's sessions that `wanted` picks (with its easier version's id). */
export async function findItem(
  page: Page,
  wanted: (item: PlanItem, easier: string | null) => boolean,
): Promise<FoundItem> {
  const found = await findItemIfAny(page, wanted);
  if (!found) throw new Error('No such exercise in this week.');
  return found;
}

/** The first item of the person's week that is wanted, or null when the week has none. */
export async function findItemIfAny(
  page: Page,
  wanted: (item: PlanItem, easier: string | null) => boolean,
): Promise<FoundItem | null> {
  const plan = (await (await page.request.get('/api/me/plan')).json()) as {
    plan: { days: PlanDay[] };
  };
  const library = (await (await page.request.get('/api/exercises')).json()) as {
    items: { id: string; easier: string | null }[];
  };
  const easier = new Map(library.items.map((e) => [e.id, e.easier]));
  for (const { date, sessions } of plan.plan.days) {
    for (const { slot, items } of sessions) {
      const index = items.findIndex((item) => wanted(item, easier.get(item.exerciseId) ?? null));
      const item = items[index];
      if (item) return { date, slot, index, item, easierId: easier.get(item.exerciseId) ?? null };
    }
  }
  return null;
}

/** The session logs stored for a person, items parsed. */
export async function sessionLogsOf(e2e: E2E, email: string) {
  const { db } = e2e.database;
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('exercise_sessions')
    .selectAll()
    .where('user_id', '=', user.id)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ ...row, items: JSON.parse(row.items) as Record<string, unknown>[] }));
}
