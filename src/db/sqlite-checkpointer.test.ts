import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';
import { CHECKPOINT_EVERY_MS, startBackgroundCheckpoints } from './sqlite-checkpointer.js';

const dirs: string[] = [];
function databaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacewise-checkpoints-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openMain(file: string): SQLite.Database {
  const main = new SQLite(file);
  main.pragma('journal_mode = WAL');
  main.pragma('synchronous = NORMAL');
  main.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return main;
}

const ROWS = 1200;
/** Commits enough pages to pass SQLite's own checkpoint threshold (1,000 pages) a few times over. */
function writeMany(main: SQLite.Database): void {
  const insert = main.prepare('INSERT INTO notes (body) VALUES (?)');
  for (let i = 0; i < ROWS; i += 1) insert.run('a note of some length '.repeat(200));
}

const autocheckpointOf = (main: SQLite.Database) => main.pragma('wal_autocheckpoint', { simple: true });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checkpoints in a worker (issue 16, the write path)', () => {
  it('takes checkpoints off the app connection, and the worker copies the log into the database file', async () => {
    const file = databaseFile();
    const main = openMain(file);
    const checkpoints = await startBackgroundCheckpoints(main, file, 'normal');
    expect(autocheckpointOf(main)).toBe(0);
    const before = statSync(file).size;
    writeMany(main);
    // Nothing was copied back on the request path: the commits only grew the log.
    expect(statSync(file).size).toBe(before);
    await sleep(CHECKPOINT_EVERY_MS * 3);
    expect(statSync(file).size).toBeGreaterThan(before + ROWS * 4000);
    await checkpoints.stop();
    expect(autocheckpointOf(main)).toBe(1000);
    main.close();
  });

  it('gives checkpoints back to the app connection when the worker cannot open the database', async () => {
    const file = databaseFile();
    const main = openMain(file);
    const problems: string[] = [];
    const checkpoints = await startBackgroundCheckpoints(main, join(file, '..', 'missing.sqlite'), 'normal', (message) => problems.push(message));
    expect(problems).toHaveLength(1);
    expect(autocheckpointOf(main)).toBe(1000);
    const before = statSync(file).size;
    writeMany(main);
    expect(statSync(file).size).toBeGreaterThan(before);
    await checkpoints.stop();
    main.close();
  });

  it('keeps every committed row across close and reopen, with the worker stopped first', async () => {
    const file = databaseFile();
    const handle = await openDatabase({ kind: 'sqlite', file });
    const rows = Array.from({ length: 300 }, (_, i) => ({ key: `k${i}`, value: JSON.stringify('x'.repeat(2000)), updated_at: '2026-12-06T12:00:00.000Z', updated_by: null }));
    for (const row of rows) await handle.db.insertInto('practice_settings').values(row).execute();
    await handle.close();
    const again = await openDatabase({ kind: 'sqlite', file });
    const count = await again.db.selectFrom('practice_settings').select((eb) => eb.fn.countAll<number>().as('n')).where('key', 'like', 'k%').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(300);
    await again.close();
  });
});
