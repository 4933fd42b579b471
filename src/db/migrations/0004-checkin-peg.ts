/** The weekly PEG (pain, enjoyment of life, general activity; 0-10 each) inside a check-in. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['peg_pain', 'peg_enjoyment', 'peg_activity']) {
    await db.schema.alterTable('checkins').addColumn(column, 'integer').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['peg_pain', 'peg_enjoyment', 'peg_activity']) {
    await db.schema.alterTable('checkins').dropColumn(column).execute();
  }
}
