import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';
import type { Database } from './schema.js';
import { forgetDeletedRows } from './user.repository.js';
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
    const checkpoints = await startBackgroundCheckpoints(main, join(file, '..', 'missing.sqlite'), 'normal', { onProblem: (message) => problems.push(message) });
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

  it('keeps the log short under writes that never stop: the worker starts it over', async () => {
    const file = databaseFile();
    // Started over past 2,048 frames (8 MB) here, so a few seconds of writes show it.
    const handle = await openDatabase({ kind: 'sqlite', file }, { restartLogAtFrames: 2048 });
    const value = JSON.stringify('a note of some length '.repeat(100));
    const target = 40_000_000;
    let written = 0;
    // Twenty writers at once through the app's group-commit connection, as requests arrive, each
    // leaving the event loop a moment between writes as a server does.
    const writer = async (w: number) => {
      for (let i = 0; written < target; i += 1) {
        await handle.db.insertInto('practice_settings').values({ key: `w${w}-${i}`, value, updated_at: '2026-12-06T12:00:00.000Z', updated_by: null }).execute();
        written += value.length;
        await sleep(2);
      }
    };
    const largest = { wal: 0 };
    const sampler = setInterval(() => (largest.wal = Math.max(largest.wal, statSync(`${file}-wal`).size)), 50);
    await Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)));
    clearInterval(sampler);
    // Never started over, the log holds every frame written: about four times the bytes written
    // (241 MB for 60 MB when tried). Started over, it peaked at 33 MB for 58 MB.
    expect(largest.wal).toBeLessThan(written * 2);
    await handle.close();
  }, 60_000);

  it('empties the log after a deletion even while another connection is copying it back', async () => {
    const file = databaseFile();
    const raw = new SQLite(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('secure_delete = ON');
    raw.pragma('wal_autocheckpoint = 0');
    raw.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const marker = 'deleted-marker-qz-7731';
    raw.prepare('INSERT INTO notes (body) VALUES (?)').run(marker);
    // Megabytes of other people's writes, so copying the log back takes a while.
    const filler = raw.prepare('INSERT INTO notes (body) VALUES (?)');
    raw.transaction(() => {
      for (let i = 0; i < 6000; i += 1) filler.run('y'.repeat(8000));
    })();
    raw.prepare('DELETE FROM notes WHERE body = ?').run(marker);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    // Another connection, in another thread, copies the log back: SQLite answers the TRUNCATE
    // "busy" meanwhile, as it did when the checkpoint worker was at it (found in review).
    const copier = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const db = new (require(workerData.driver))(workerData.file);
       parentPort.postMessage('copying');
       db.pragma('wal_checkpoint(PASSIVE)');
       db.close();`,
      { eval: true, workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') } },
    );
    const copied = new Promise((resolve) => copier.once('exit', resolve));
    await new Promise((resolve) => copier.once('message', resolve));
    await forgetDeletedRows(db);
    const onDisk = Buffer.concat(['', '-wal'].filter((end) => existsSync(file + end)).map((end) => readFileSync(file + end)));
    expect(onDisk.includes(marker)).toBe(false);
    expect(statSync(`${file}-wal`).size).toBe(0);
    await copied;
    await db.destroy();
  }, 30_000);

  it('lets a process with nothing else to do finish close() and run what follows it', async () => {
    mkdirSync('.tmp', { recursive: true });
    const dir = mkdtempSync(join(process.cwd(), '.tmp', 'checkpoints-close-'));
    dirs.push(dir);
    const script = join(dir, 'close.mjs');
    const source = `import { openDatabase } from './src/db/connect.ts';
      const handle = await openDatabase({ kind: 'sqlite', file: process.argv[2] });
      const value = JSON.stringify('x'.repeat(8000));
      await Promise.all(Array.from({ length: 500 }, (_, i) => handle.db.insertInto('practice_settings').values({ key: 'k' + i, value, updated_at: 'now', updated_by: null }).execute()));
      await handle.close();
      console.log('after close');`;
    await build({ stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' }, outfile: script, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    for (let run = 0; run < 3; run += 1) {
      const { stdout } = await promisify(execFile)('node', [script, join(dir, `db${run}.sqlite`)], { cwd: process.cwd() });
      expect(stdout.trim()).toBe('after close');
    }
  }, 30_000);
});
