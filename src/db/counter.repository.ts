/**
 * Fixed-window counters in the database, so several server processes on one PostgreSQL share
 * their rate limits and throttles (issue 16). Each hit is one atomic statement: an upsert that
 * starts a new window when the old one is over, and returns where the key stands.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A key's count and when its window began (ms). */
export interface CounterState {
  count: number;
  windowStart: number;
}

/** Counts one hit of `key` and returns the key's state after it. */
export async function hitCounter(db: Kysely<Database>, key: string, windowMs: number, nowMs: number): Promise<CounterState> {
  const expired = nowMs - windowMs;
  const row = await db
    .insertInto('shared_counters')
    .values({ key, count: 1, window_start: nowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`CASE WHEN shared_counters.window_start <= ${expired} THEN 1 ELSE shared_counters.count + 1 END`,
        window_start: sql<number>`CASE WHEN shared_counters.window_start <= ${expired} THEN ${nowMs} ELSE shared_counters.window_start END`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: Number(row.window_start) };
}

/** A key's count in its current window (0 when there is none or it is over). */
export async function readCounter(db: Kysely<Database>, key: string, windowMs: number, nowMs: number): Promise<CounterState> {
  const row = await db.selectFrom('shared_counters').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst();
  if (!row || Number(row.window_start) <= nowMs - windowMs) return { count: 0, windowStart: nowMs };
  return { count: Number(row.count), windowStart: Number(row.window_start) };
}

/** Forgets a key (a success clears its failures). */
export async function resetCounter(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('shared_counters').where('key', '=', key).execute();
}

/** Takes one hit back from a key (never below 0). */
export async function unhitCounter(db: Kysely<Database>, key: string): Promise<void> {
  await db.updateTable('shared_counters').set({ count: sql<number>`count - 1` }).where('key', '=', key).where('count', '>', 0).execute();
}

/** Removes counters whose window began before `beforeMs` (they can no longer block anyone). */
export async function deleteStaleCounters(db: Kysely<Database>, beforeMs: number): Promise<void> {
  await db.deleteFrom('shared_counters').where('window_start', '<', beforeMs).execute();
}
