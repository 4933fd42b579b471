/**
 * A person's own flare plan (issue 14): one row per person, the plan as JSON, parsed with its
 * schema when read.
 */
import type { Kysely } from 'kysely';
import type { FlarePlan } from '../core/flare-plan.js';
import { PutFlarePlanRequest } from '../contract/flare-plan.js';
import type { Database } from './schema.js';

/** A stored flare plan and when it was last written. */
export interface StoredFlarePlan {
  plan: FlarePlan;
  createdAt: string;
  updatedAt: string;
}

/** The person's flare plan, or null when they have none. */
export async function findFlarePlan(db: Kysely<Database>, userId: string): Promise<StoredFlarePlan | null> {
  const row = await db.selectFrom('flare_plans').select(['plan', 'created_at', 'updated_at']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  return { plan: PutFlarePlanRequest.parse(JSON.parse(row.plan)), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Writes the person's flare plan, replacing the one before (its first writing time is kept). */
export async function saveFlarePlan(db: Kysely<Database>, userId: string, plan: FlarePlan, now: string, createdAt: string = now): Promise<void> {
  const json = JSON.stringify(plan);
  await db
    .insertInto('flare_plans')
    .values({ user_id: userId, plan: json, created_at: createdAt, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ plan: json, updated_at: now }))
    .execute();
}

/** Deletes the person's flare plan; false when there was none. */
export async function deleteFlarePlan(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('flare_plans').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
