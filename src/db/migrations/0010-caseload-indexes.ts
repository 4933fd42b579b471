/**
 * The caseload reads each patient's first and latest PEG answer (issue 10). PEG is asked about
 * once a week, so a partial index over the check-ins that carry one finds both ends without
 * reading a year of daily check-ins per patient (bench/caseload.mjs measured the need).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX checkins_user_peg ON checkins (user_id, local_date) WHERE peg_pain IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('checkins_user_peg').execute();
}
