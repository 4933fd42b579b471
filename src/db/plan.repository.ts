/** Stored weekly plans and bad days, one person at a time. */
import type { Kysely } from 'kysely';
import type { PlanBasis, ShownPlan } from '../core/planner/plan-basis.js';
import type { Database } from './schema.js';

/** A stored week: the plan and what it was built on. */
export interface StoredWeek {
  plan: ShownPlan;
  basis: PlanBasis;
}

// The JSON was written by saveWeeklyPlan from these very types.
const toStoredWeek = (plan: string, basis: string): StoredWeek => ({
  plan: JSON.parse(plan) as ShownPlan,
  basis: JSON.parse(basis) as PlanBasis,
});

/** The stored plan of a week, or null. */
export async function findWeeklyPlan(db: Kysely<Database>, userId: string, weekStart: string): Promise<StoredWeek | null> {
  const row = await db
    .selectFrom('weekly_plans')
    .select(['plan', 'basis'])
    .where('user_id', '=', userId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
  return row ? toStoredWeek(row.plan, row.basis) : null;
}

/** Stores (or replaces) the plan of a week. */
export async function saveWeeklyPlan(
  db: Kysely<Database>,
  userId: string,
  weekStart: string,
  week: StoredWeek,
  now: string,
): Promise<void> {
  const values = { plan: JSON.stringify(week.plan), basis: JSON.stringify(week.basis), created_at: now };
  await db
    .insertInto('weekly_plans')
    .values({ user_id: userId, week_start: weekStart, ...values })
    .onConflict((oc) => oc.columns(['user_id', 'week_start']).doUpdateSet(values))
    .execute();
}

/** The person's bad days between two days, both included, ascending. */
export async function listBadDays(db: Kysely<Database>, userId: string, from: string, to: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bad_days')
    .select('local_date')
    .where('user_id', '=', userId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .orderBy('local_date')
    .execute();
  return rows.map((r) => r.local_date);
}

/** Marks a day as a bad day (once; a second mark keeps the first), with the week as it stood. */
export async function addBadDay(
  db: Kysely<Database>,
  userId: string,
  day: string,
  now: string,
  weekBefore: StoredWeek | null = null,
): Promise<void> {
  const week_before = weekBefore ? JSON.stringify(weekBefore) : null;
  await db
    .insertInto('bad_days')
    .values({ user_id: userId, local_date: day, created_at: now, week_before })
    .onConflict((oc) => oc.columns(['user_id', 'local_date']).doNothing())
    .execute();
}

/** Takes back a bad-day mark; returns the week kept when it was made, or null. */
export async function removeBadDay(db: Kysely<Database>, userId: string, day: string): Promise<StoredWeek | null> {
  const row = await db
    .selectFrom('bad_days')
    .select('week_before')
    .where('user_id', '=', userId)
    .where('local_date', '=', day)
    .executeTakeFirst();
  await db.deleteFrom('bad_days').where('user_id', '=', userId).where('local_date', '=', day).execute();
  // Written by addBadDay from a StoredWeek.
  return row?.week_before ? (JSON.parse(row.week_before) as StoredWeek) : null;
}

/** The person's stored weeks that start between two Mondays, both included, oldest first. */
export async function listWeeklyPlans(
  db: Kysely<Database>,
  userId: string,
  fromWeek: string,
  toWeek: string,
): Promise<{ weekStart: string; plan: ShownPlan }[]> {
  const rows = await db
    .selectFrom('weekly_plans')
    .select(['week_start', 'plan'])
    .where('user_id', '=', userId)
    .where('week_start', '>=', fromWeek)
    .where('week_start', '<=', toWeek)
    .orderBy('week_start')
    .execute();
  return rows.map((r) => ({ weekStart: r.week_start, plan: JSON.parse(r.plan) as ShownPlan }));
}
