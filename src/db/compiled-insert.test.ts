// The insert compiled once per shape (issue 16, the write path): the same answers as Kysely's own
// insert, on each database kind, in and out of a transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRowUnlessConflict } from './compiled-insert.js';
import type { DatabaseHandle } from './connect.js';
import { testDatabaseKinds } from './testing.js';

describe.each(testDatabaseKinds())('insertRowUnlessConflict on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await kind.open();
  });
  afterAll(async () => handle.close());
  // PostgreSQL gives a bigint back as a string.
  const leases = async () =>
    (await handle.db.selectFrom('job_leases').selectAll().orderBy('name').execute()).map((row) => ({ ...row, expires_at: Number(row.expires_at) }));

  it('writes a row, and the same key again writes nothing, the second time through the kept SQL', async () => {
    expect(await insertRowUnlessConflict(handle.db, 'job_leases', { name: 'a', holder: 'one', expires_at: 5 }, ['name'])).toBe(true);
    expect(await insertRowUnlessConflict(handle.db, 'job_leases', { name: 'a', holder: 'two', expires_at: 6 }, ['name'])).toBe(false);
    expect(await insertRowUnlessConflict(handle.db, 'job_leases', { name: 'b', holder: 'three', expires_at: 7 }, ['name'])).toBe(true);
    expect(await leases()).toEqual([
      { name: 'a', holder: 'one', expires_at: 5 },
      { name: 'b', holder: 'three', expires_at: 7 },
    ]);
  });

  it('takes the values in its own column order, and leaves out a column given as undefined', async () => {
    expect(await insertRowUnlessConflict(handle.db, 'job_leases', { expires_at: 8, name: 'c', holder: 'four' }, ['name'])).toBe(true);
    expect(await insertRowUnlessConflict(handle.db, 'job_leases', { name: 'd', holder: undefined, expires_at: 9 }, ['name'])).toBe(true);
    const rows = await leases();
    expect(rows.find((row) => row.name === 'c')).toEqual({ name: 'c', holder: 'four', expires_at: 8 });
    expect(rows.find((row) => row.name === 'd')).toEqual({ name: 'd', holder: null, expires_at: 9 });
  });

  it('writes within a transaction and is undone with it', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        expect(await insertRowUnlessConflict(trx, 'job_leases', { name: 'e', holder: 'five', expires_at: 10 }, ['name'])).toBe(true);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await leases()).map((row) => row.name)).not.toContain('e');
  });
});
