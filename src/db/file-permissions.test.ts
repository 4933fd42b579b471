// Data files (issue 16, finding 6): the folder was 755 and the database and backups 644, so every
// local user could read health data. A folder Pacewise makes is 0700; the database, its WAL and
// shared-memory files and every backup are 0600.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';

const root = mkdtempSync(join(tmpdir(), 'pacewise-perms-'));
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('file permissions of the data', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the data folder 0700 and the database, WAL and shm files 0600', async () => {
    const folder = join(root, 'data');
    const file = join(folder, 'pacewise.sqlite');
    const handle = await openDatabase({ kind: 'sqlite', file });
    try {
      await handle.db.selectFrom('users').select('id').execute();
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(file)).toBe(0o600);
      for (const extra of ['-wal', '-shm']) if (existsSync(file + extra)) expect(modeOf(file + extra)).toBe(0o600);
    } finally {
      await handle.close();
    }
  });

  it('writes backups as 0600 in a 0700 folder', () => {
    const backup = join(root, 'backups', 'copy.sqlite');
    execFileSync(process.execPath, [resolve('scripts/backup.mjs'), backup], { env: { ...process.env, PACEWISE_DATA_DIR: join(root, 'data'), DATABASE_URL: '' } });
    expect(modeOf(join(root, 'backups'))).toBe(0o700);
    expect(modeOf(backup)).toBe(0o600);
  });
});
