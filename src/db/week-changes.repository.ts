/** The person's own changes to a week (issue 15), one row per person and week. */
import type { Kysely } from 'kysely';
import { StoredWeekChanges } from '../contract/week-changes.js';
import { DAY_NUMBERS, type DayNumber } from '../core/planner/plan.js';
import { NO_CHANGES, type WeekChanges } from '../core/planner/week-changes.js';
import type { Database } from './schema.js';

/** The changes to a week, or none. */
export async function findWeekChanges(db: Kysely<Database>, userId: string, weekStart: string): Promise<WeekChanges> {
  const row = await db
    .selectFrom('week_changes')
    .select('changes')
    .where('user_id', '=', userId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();
  if (!row) return NO_CHANGES;
  const parsed = StoredWeekChanges.parse(JSON.parse(row.changes));
  return { swaps: parsed.swaps, moves: parsed.moves.map((m) => ({ ...m, fromDay: asDay(m.fromDay), toDay: asDay(m.toDay) })) };
}

/** Stores (or replaces) the changes to a week; none left removes the row. */
export async function saveWeekChanges(db: Kysely<Database>, userId: string, weekStart: string, changes: WeekChanges, now: string): Promise<void> {
  if (changes.swaps.length === 0 && changes.moves.length === 0) {
    await db.deleteFrom('week_changes').where('user_id', '=', userId).where('week_start', '=', weekStart).execute();
    return;
  }
  const values = { changes: JSON.stringify(changes), updated_at: now };
  await db
    .insertInto('week_changes')
    .values({ user_id: userId, week_start: weekStart, ...values })
    .onConflict((oc) => oc.columns(['user_id', 'week_start']).doUpdateSet(values))
    .execute();
}

/** Every week's changes, oldest week first, as stored (for the personal export). */
export async function listAllWeekChanges(db: Kysely<Database>, userId: string) {
  const rows = await db.selectFrom('week_changes').select(['week_start', 'changes', 'updated_at']).where('user_id', '=', userId).orderBy('week_start').execute();
  return rows.map((row) => ({ weekStart: row.week_start, changes: StoredWeekChanges.parse(JSON.parse(row.changes)), updatedAt: row.updated_at }));
}

// The schema keeps days within 1-7; this gives them the planner's type without a cast.
function asDay(day: number): DayNumber {
  return DAY_NUMBERS.find((d) => d === day) ?? 1;
}
