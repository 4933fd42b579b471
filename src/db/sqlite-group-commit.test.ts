// Group commit on SQLite (issue 16, the write path): writes sent together commit in one
// transaction and each hears only once it is committed; one that fails is undone alone; a
// transaction begins only after the queued writes are in, and nothing from outside runs inside
// it; reads see every acknowledged write; closing commits what is queued.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommitSqliteDialect, type SqliteDatabaseLike } from './sqlite-group-commit.js';
import { MAX_WRITES_PER_COMMIT } from './sqlite-write-batch.js';

interface Tables {
  notes: { id: number; text: string };
}

describe('group commit on SQLite', () => {
  let dir: string;
  let file: string;
  let sqlite: SQLite.Database;
  let statements: string[];
  let db: Kysely<Tables>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pacewise-group-commit-'));
    file = join(dir, 'test.sqlite');
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    statements = [];
    // Every statement the driver runs, in order.
    const logged: SqliteDatabaseLike = {
      prepare: (text) => {
        statements.push(text.trim().toLowerCase());
        return sqlite.prepare(text);
      },
      get inTransaction() {
        return sqlite.inTransaction;
      },
      close: () => sqlite.close(),
    };
    db = new Kysely<Tables>({ dialect: groupCommitSqliteDialect(logged) });
    await sql`create table notes (id integer primary key, text text not null unique)`.execute(db);
    statements = [];
  });
  afterEach(async () => {
    if (sqlite.open) await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: number, text: string) => db.insertInto('notes').values({ id, text }).executeTakeFirst();
  const count = (what: string) => statements.filter((s) => s === what).length;
  const rowsOnDisk = () => {
    const other = new SQLite(file, { readonly: true });
    try {
      return (other.prepare('select id from notes order by id').all() as { id: number }[]).map((row) => row.id);
    } finally {
      other.close();
    }
  };

  it('commits writes sent together in one transaction, and each hears its own result after the commit', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => insert(i + 1, `note ${i + 1}`)));
    expect(results.map((r) => Number(r.numInsertedOrUpdatedRows))).toEqual(Array(20).fill(1));
    expect(results.map((r) => Number(r.insertId))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(count('begin immediate')).toBe(1);
    expect(count('commit')).toBe(1);
    // Acknowledged means committed: another connection reads all twenty from the file.
    expect(rowsOnDisk()).toHaveLength(20);
  });

  it('runs a lone write as it is, without a transaction around it', async () => {
    await insert(1, 'alone');
    expect(count('begin immediate')).toBe(0);
    expect(rowsOnDisk()).toEqual([1]);
  });

  it('undoes only the write that fails, and gives it its own error', async () => {
    await insert(1, 'taken');
    const settled = await Promise.allSettled([insert(2, 'fine'), insert(3, 'taken'), insert(4, 'also fine')]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(rowsOnDisk()).toEqual([1, 2, 4]);
  });

  it(`splits more than ${MAX_WRITES_PER_COMMIT} writes over several commits`, async () => {
    await Promise.all(Array.from({ length: MAX_WRITES_PER_COMMIT * 2 + 5 }, (_, i) => insert(i + 1, `n${i}`)));
    expect(count('commit')).toBe(3);
    expect(rowsOnDisk()).toHaveLength(MAX_WRITES_PER_COMMIT * 2 + 5);
  });

  it('commits queued writes before a transaction begins, and keeps outside queries out of it until it ends', async () => {
    const queued = insert(1, 'before');
    let outsideRead: number[] | null = null;
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ id: 2, text: 'inside' }).execute();
      // A read from outside, sent while the transaction is open, must not see its write yet…
      const read = db.selectFrom('notes').select('id').orderBy('id').execute().then((rows) => {
        outsideRead = rows.map((row) => row.id);
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(outsideRead).toBeNull();
      void read;
      throw new Error('undo');
    });
    await expect(transaction).rejects.toThrow('undo');
    await queued;
    await expect.poll(() => outsideRead).toEqual([1]);
    // Had the queued write run inside the transaction, the rollback would have taken it too.
    expect(rowsOnDisk()).toEqual([1]);
  });

  it('keeps a transaction whose commit failed to itself until its rollback: nothing from outside is acknowledged inside it', async () => {
    await sql`create table parents (id integer primary key)`.execute(db);
    await sql`create table children (id integer primary key, parent integer references parents (id) deferrable initially deferred)`.execute(db);
    sqlite.pragma('foreign_keys = ON');
    const sent: { write?: Promise<unknown>; read?: Promise<{ rows: unknown[] }> } = {};
    const transaction = db.transaction().execute(async (trx) => {
      await sql`insert into children (id, parent) values (1, 99)`.execute(trx);
      // Sent while the transaction is open; its COMMIT then fails on the deferred key.
      sent.write = insert(5, 'outside');
      sent.read = sql`select id from children`.execute(db);
    });
    await expect(transaction).rejects.toThrow(/FOREIGN KEY/);
    await sent.write;
    expect((await sent.read)?.rows).toEqual([]);
    expect(rowsOnDisk()).toEqual([5]);
    expect(sqlite.inTransaction).toBe(false);
  });

  it('writes nothing while the connection is inside a transaction no one owns', async () => {
    sqlite.prepare('begin').run();
    await expect(insert(1, 'hidden')).rejects.toThrow('left inside a transaction');
    sqlite.prepare('rollback').run();
    await insert(2, 'after');
    expect(rowsOnDisk()).toEqual([2]);
  });

  it('keeps the order of a write that is not queued after the writes queued before it', async () => {
    // Both want the same text: the one sent first must be the one that gets it.
    const queued = insert(1, 'same');
    await expect(sql`insert into notes (id, text) values (2, 'same') returning id`.execute(db)).rejects.toThrow(/UNIQUE/);
    await queued;
    expect(rowsOnDisk()).toEqual([1]);
  });

  it('lets a request read its own write once it is acknowledged', async () => {
    await insert(7, 'mine');
    expect(await db.selectFrom('notes').select('text').where('id', '=', 7).executeTakeFirst()).toEqual({ text: 'mine' });
  });

  it('commits what is queued when the database is closed', async () => {
    const pending = insert(9, 'last');
    // Until the write has reached the driver's queue (within microtasks, before its commit's turn).
    while (!statements.some((text) => text.startsWith('insert'))) await Promise.resolve();
    await db.destroy();
    await pending;
    expect(rowsOnDisk()).toEqual([9]);
  });
});
