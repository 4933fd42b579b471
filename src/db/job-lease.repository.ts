/**
 * Leases on background jobs (issue 13): one row per job, taken with a compare-and-set UPDATE
 * that succeeds only when the lease is free (expired) or already ours, so with several server
 * processes on one database one of them runs the job. Works the same on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Takes (or renews) the lease for `ttlMs`; true when this holder has it now. */
export async function tryTakeLease(db: Kysely<Database>, name: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  await db.insertInto('job_leases').values({ name, holder: null, expires_at: 0 }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const result = await db
    .updateTable('job_leases')
    .set({ holder, expires_at: nowMs + ttlMs })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('expires_at', '<=', nowMs), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives the lease back early (on shutdown), if this holder has it. */
export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.updateTable('job_leases').set({ holder: null, expires_at: 0 }).where('name', '=', name).where('holder', '=', holder).execute();
}
