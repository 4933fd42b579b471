// The admin command line, built as `npm run admin` builds it and run against a temporary SQLite
// file. Dimensions: wrong usage (exit 2, usage on stderr); create-admin prints a link on
// PUBLIC_URL and one line of instructions, and stores an admin link that expires in 24 hours.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { hashToken } from './auth/sessions.js';
import { loadConfig } from './config.js';

const run = promisify(execFile);

describe('npm run admin', () => {
  let dir: string;
  let cli: string;
  beforeAll(async () => {
    // Inside the project, so the built file finds the project's packages.
    mkdirSync('.tmp', { recursive: true });
    dir = mkdtempSync(join(process.cwd(), '.tmp', 'admin-cli-'));
    cli = join(dir, 'admin-cli.js');
    await build({ entryPoints: ['src/server/admin-cli.ts'], outfile: cli, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const env = () => ({ PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 'practice.sqlite')}`, PUBLIC_URL: 'https://pacewise.example.org/' });

  it.each([[[]], [['create-admin']], [['create-admin', 'not-an-email']], [['make-admin', 'a@example.org']]])('exits 2 with the usage for %j', async (args) => {
    const failure = await run('node', [cli, ...args], { env: env(), cwd: process.cwd() }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('Usage: npm run admin -- create-admin <email>');
  });

  it('prints a one-use link for the first admin and stores only its hash', async () => {
    const { stdout } = await run('node', [cli, 'create-admin', 'Boss@Example.org'], { env: env(), cwd: process.cwd() });
    const [link, instructions] = stdout.trim().split('\n');
    expect(link).toMatch(/^https:\/\/pacewise\.example\.org\/welcome\/[A-Za-z0-9_-]{43}$/);
    expect(instructions).toMatch(/^Open this link to set a password for boss@example\.org; it works once, until /);
    const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'practice.sqlite') });
    try {
      const token = link?.split('/welcome/')[1] ?? '';
      const row = await database.db.selectFrom('account_invitations').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ kind: 'admin', email: 'boss@example.org', invited_by: null, used_at: null });
      expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(24 * 3_600_000);
    } finally {
      await database.close();
    }
  });

  it('push-keys prints a new VAPID key pair the server accepts as its settings', async () => {
    const { stdout } = await run('node', [cli, 'push-keys'], { env: env(), cwd: process.cwd() });
    const lines = stdout.trim().split('\n');
    const settings = Object.fromEntries(lines.slice(0, 3).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    expect(settings.VAPID_PUBLIC_KEY).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(settings.VAPID_PRIVATE_KEY).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(settings.VAPID_SUBJECT).toBe('https://pacewise.example.org');
    expect(loadConfig(settings).push).toEqual({ publicKey: settings.VAPID_PUBLIC_KEY, privateKey: settings.VAPID_PRIVATE_KEY, subject: 'https://pacewise.example.org' });
    const again = await run('node', [cli, 'push-keys'], { env: env(), cwd: process.cwd() });
    expect(again.stdout).not.toContain(settings.VAPID_PRIVATE_KEY);
  });
});
