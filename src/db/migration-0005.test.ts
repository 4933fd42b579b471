// Migration 0005 keeps every session log written before it (SQLite rebuilds the table to make
// pain after nullable; PostgreSQL alters it in place), on every database kind.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m0005 from './migrations/0005-session-stop-reason.js';
import { testDatabaseKinds } from './testing.js';
import type { DatabaseHandle } from './connect.js';

describe.each(testDatabaseKinds())('migration 0005 on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
  });
  afterAll(async () => handle.close());

  it('keeps the logs stored before it, and lets pain after be unknown afterwards', async () => {
    const { db } = handle;
    await m0005.down(db as unknown as Kysely<unknown>);
    await sql`INSERT INTO users (id, email, password_hash, name, time_zone, created_at, updated_at) VALUES ('u1', 'a@example.org', 'x', NULL, 'UTC', '2026-01-01', '2026-01-01')`.execute(db);
    await sql`INSERT INTO exercise_sessions (id, user_id, client_id, started_at, local_date, pain_before, pain_after, items, partial, notes, created_at) VALUES ('s1', 'u1', 'c1', '2026-01-02T08:00:00.000Z', '2026-01-02', 4, 3, '[]', 0, 'kept', '2026-01-02')`.execute(db);
    await m0005.up(db as unknown as Kysely<unknown>);
    const rows = await db.selectFrom('exercise_sessions').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ id: 's1', pain_before: 4, pain_after: 3, notes: 'kept', stop_reason: null, tolerance_test: 0 })]);
    await db.updateTable('exercise_sessions').set({ pain_after: null, stop_reason: 'dizzy' }).where('id', '=', 's1').execute();
    const updated = await db.selectFrom('exercise_sessions').select(['pain_after', 'stop_reason']).executeTakeFirstOrThrow();
    expect(updated).toEqual({ pain_after: null, stop_reason: 'dizzy' });
  });
});
