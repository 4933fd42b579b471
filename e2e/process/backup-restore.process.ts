// Backup and restore (issue 16): `npm run backup` under write load gives a copy that
// `npm run verify-backup` proves sound and that holds every write acknowledged before it began;
// taken with nothing writing it matches the database table for table; `npm run restore` puts it
// back and the server starts on it with the data there.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { signUpOver, startServerProcess } from './server-process.js';

const root = mkdtempSync(join(tmpdir(), 'pacewise-backup-'));
const live = join(root, 'live');
const script = (name: string, args: string[], dataDir: string) =>
  spawnSync(process.execPath, [`scripts/${name}.mjs`, ...args], { env: { ...process.env, PACEWISE_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });

async function write(url: string, cookie: string, n: number): Promise<string> {
  const at = new Date(Date.UTC(2026, 10, 20, 6) + n * 1000).toISOString();
  const response = await fetch(`${url}/api/me/checkins`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url, cookie }, body: JSON.stringify({ at, pain: n % 11, clientId: randomUUID() }) });
  if (response.status !== 201) throw new Error(`write failed: ${response.status}`);
  return (await response.json() as { id: string }).id;
}

describe('backup, verify and restore on SQLite', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('round-trips a database taken under write load', async () => {
    const server = await startServerProcess({ PACEWISE_DATA_DIR: live, DATABASE_URL: '' });
    // A server left running when sign-up fails would outlive the test run.
    const cookies = await Promise.all([0, 1, 2, 3].map((i) => signUpOver(server.url, `backup${i}@example.org`))).catch(async (error: unknown) => {
      await server.kill();
      throw error;
    });
    const acked: string[] = [];
    let writing = true;
    const writers = cookies.map(async (cookie, w) => {
      for (let n = w * 100_000; writing; n += 1) acked.push(await write(server.url, cookie, n));
    });
    while (acked.length < 100) await new Promise((resolve) => setTimeout(resolve, 10));
    const beforeBackup = new Set(acked);
    const underLoad = join(root, 'under-load.sqlite');
    const backup = script('backup', [underLoad], live);
    expect(backup.status, backup.stderr).toBe(0);
    writing = false;
    await Promise.all(writers);

    const verified = script('verify-backup', [underLoad], live);
    expect(verified.status, verified.stderr).toBe(0);
    const copy = new SQLite(underLoad, { readonly: true });
    const inCopy = new Set(copy.prepare('SELECT id FROM checkins').pluck().all() as string[]);
    copy.close();
    expect([...beforeBackup].filter((id) => !inCopy.has(id))).toEqual([]);

    // With nothing writing, the copy matches the database table for table.
    const quiet = join(root, 'quiet.sqlite');
    expect(script('backup', [quiet], live).status).toBe(0);
    const matched = script('verify-backup', [quiet, '--against', join(live, 'pacewise.sqlite')], live);
    expect(matched.status, matched.stderr + matched.stdout).toBe(0);
    // A restore is refused while the server runs (its log holds writes), and nothing changes.
    await write(server.url, cookies[0] ?? '', 999_999);
    const refused = script('restore', [quiet], live);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/seems to be running/);
    await server.kill();

    const restored = join(root, 'restored');
    const restore = script('restore', [quiet], restored);
    expect(restore.status, restore.stderr).toBe(0);
    expect(statSync(join(restored, 'pacewise.sqlite')).mode & 0o777).toBe(0o600);
    const again = await startServerProcess({ PACEWISE_DATA_DIR: restored, DATABASE_URL: '' });
    try {
      const login = await fetch(`${again.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: again.url }, body: JSON.stringify({ email: 'backup0@example.org', password: 'a calm walk by the river' }) });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const list = await fetch(`${again.url}/api/me/checkins?from=2026-11-19&to=2026-11-23`, { headers: { cookie } });
      const quietCopy = new SQLite(quiet, { readonly: true });
      const expected = quietCopy.prepare("SELECT count(*) FROM checkins c JOIN users u ON u.id = c.user_id WHERE u.email = 'backup0@example.org'").pluck().get();
      quietCopy.close();
      expect(((await list.json()) as { items: unknown[] }).items.length).toBe(expected);
    } finally {
      await again.kill();
    }
  }, 90_000);

  it('refuses a file that is not a Pacewise database, and changes nothing', () => {
    const target = join(root, 'untouched');
    const bogus = join(root, 'bogus.sqlite');
    execFileSync('sh', ['-c', `printf 'not a database' > ${bogus}`]);
    const restore = script('restore', [bogus], target);
    expect(restore.status).toBe(1);
    expect(() => readdirSync(target)).toThrow();
    expect(script('verify-backup', [bogus], target).status).toBe(1);
  });
});
