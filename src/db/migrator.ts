/** Forward migrations, numbered, never edited once released; they run at start. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001-accounts-profiles-checkins.js';
import * as m0002 from './migrations/0002-exercise-sessions.js';
import * as m0003 from './migrations/0003-weekly-plans.js';
import * as m0004 from './migrations/0004-checkin-peg.js';
import * as m0005 from './migrations/0005-session-stop-reason.js';
import * as m0006 from './migrations/0006-checkin-something-new.js';
import * as m0008 from './migrations/0008-bad-day-week-before.js';
import * as m0009 from './migrations/0009-practice.js';
import * as m0010caseload from './migrations/0010-caseload-indexes.js';
import * as m0011 from './migrations/0011-prescriptions.js';
import * as m0012 from './migrations/0012-custom-exercises.js';
import * as m0013 from './migrations/0013-questionnaires.js';
import * as m0014 from './migrations/0014-shared-counters.js';
import * as m0015 from './migrations/0015-journal-lessons-flare-plan.js';
import * as m0016 from './migrations/0016-checkin-versions.js';
import * as m0017 from './migrations/0017-reminders.js';
import * as m0019 from './migrations/0019-week-changes.js';
import * as m0020 from './migrations/0020-password-resets.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-accounts-profiles-checkins': m0001,
  '0002-exercise-sessions': m0002,
  '0003-weekly-plans': m0003,
  '0004-checkin-peg': m0004,
  '0005-session-stop-reason': m0005,
  '0006-checkin-something-new': m0006,
  '0008-bad-day-week-before': m0008,
  '0009-practice': m0009,
  '0010-caseload-indexes': m0010caseload,
  '0011-prescriptions': m0011,
  '0012-custom-exercises': m0012,
  '0013-questionnaires': m0013,
  '0014-shared-counters': m0014,
  '0015-journal-lessons-flare-plan': m0015,
  '0016-checkin-versions': m0016,
  '0017-reminders': m0017,
  '0019-week-changes': m0019,
  '0020-password-resets': m0020,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database up to the newest migration; throws with the failing name on error. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
