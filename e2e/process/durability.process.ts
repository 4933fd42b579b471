// Durability (issue 16): 20 people write check-ins at once and the server is killed with SIGKILL
// in the middle; after a restart every write that was acknowledged (201) is there. Three runs on
// SQLite, one on PostgreSQL when the tests have one.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { signUpOver, startServerProcess } from './server-process.js';

const WRITERS = 20;
const KILL_AFTER_ACKS = 300;
const hasPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

interface Ack {
  cookie: string;
  id: string;
}

/** One writer: check-ins one after another until the server stops answering. */
async function writeUntilKilled(url: string, cookie: string, acks: Ack[], writer: number): Promise<void> {
  for (let i = 0; ; i += 1) {
    const at = new Date(Date.UTC(2026, 10, 20, 6, 0, 0) + (writer * 10_000 + i) * 1000).toISOString();
    let response: Response;
    try {
      response = await fetch(`${url}/api/me/checkins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, cookie },
        body: JSON.stringify({ at, pain: i % 11, clientId: randomUUID() }),
      });
    } catch {
      return; // The server is gone: what it acknowledged is what counts.
    }
    if (response.status !== 201) return;
    acks.push({ cookie, id: (await response.json() as { id: string }).id });
  }
}

async function killDuringWrites(env: Record<string, string>): Promise<{ acknowledged: number; lost: number }> {
  const first = await startServerProcess(env);
  // A server left running when sign-up fails would outlive the test run.
  const cookies = await Promise.all(Array.from({ length: WRITERS }, (_, i) => signUpOver(first.url, `writer${i}@example.org`))).catch(async (error: unknown) => {
    await first.kill('SIGKILL');
    throw error;
  });
  const acks: Ack[] = [];
  const writers = cookies.map((cookie, i) => writeUntilKilled(first.url, cookie, acks, i));
  // Kill once the writers are well under way, at a moment that differs from run to run.
  const until = Date.now() + 10_000;
  while (acks.length < KILL_AFTER_ACKS && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
  await first.kill('SIGKILL');
  await Promise.all(writers);
  const second = await startServerProcess(env);
  try {
    let lost = 0;
    for (const cookie of cookies) {
      const response = await fetch(`${second.url}/api/me/checkins?from=2026-11-19&to=2026-11-23`, { headers: { cookie } });
      const found = new Set(((await response.json()) as { items: { id: string }[] }).items.map((c) => c.id));
      lost += acks.filter((a) => a.cookie === cookie && !found.has(a.id)).length;
    }
    return { acknowledged: acks.length, lost };
  } finally {
    await second.kill();
  }
}

describe('durability: SIGKILL during 20 concurrent writers', () => {
  it.each([1, 2, 3])('loses no acknowledged write on SQLite (run %i)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacewise-durable-'));
    try {
      const result = await killDuringWrites({ PACEWISE_DATA_DIR: dir, DATABASE_URL: '' });
      expect(result.acknowledged).toBeGreaterThan(WRITERS);
      console.log(`acknowledged ${result.acknowledged}, lost ${result.lost}`);
      expect(result.lost).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.runIf(hasPostgres)('loses no acknowledged write on PostgreSQL', async () => {
    const name = `durable_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(process.env.DATABASE_URL ?? '');
      url.pathname = `/${name}`;
      const result = await killDuringWrites({ DATABASE_URL: url.href });
      expect(result.acknowledged).toBeGreaterThan(WRITERS);
      console.log(`acknowledged ${result.acknowledged}, lost ${result.lost}`);
      expect(result.lost).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
