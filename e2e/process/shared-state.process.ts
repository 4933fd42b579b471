// Several processes on one PostgreSQL (issue 16): two server processes on one database share
// their request limit, the sign-in throttle and session revocation — nothing that must be shared
// is kept per process. Each check would pass twice as often (or not at all) if it were.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOver, startServerProcess, type ServerProcess } from './server-process.js';

const hasPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
const RATE_LIMIT = 80;
const SIGNIN_LIMIT = 4;
const PASSWORD = 'a calm walk by the river';

async function login(url: string, email: string, password: string): Promise<Response> {
  return fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email, password }) });
}

describe.runIf(hasPostgres)('two server processes on one PostgreSQL', () => {
  const name = `shared_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL ?? '');
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.href, RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), SIGNIN_LIMIT_PER_EMAIL: String(SIGNIN_LIMIT) };
    a = await startServerProcess(env);
    b = await startServerProcess(env); // its migrations find the database already current
  });

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('ends a session on both at once when it is signed out on one', async () => {
    const cookie = await signUpOver(a.url, 'both@example.org');
    const me = (url: string) => fetch(`${url}/api/me`, { headers: { cookie } });
    expect((await me(b.url)).status).toBe(200);
    expect((await me(a.url)).status).toBe(200);
    const out = await fetch(`${a.url}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: a.url } });
    expect(out.status).toBe(204);
    expect((await me(b.url)).status).toBe(401);
  });

  it('counts failed sign-ins on both processes together', async () => {
    await signUpOver(b.url, 'guessed@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < SIGNIN_LIMIT; i += 1) statuses.push((await login(i % 2 === 0 ? a.url : b.url, 'guessed@example.org', 'not the password')).status);
    expect(statuses).toEqual(Array(SIGNIN_LIMIT).fill(401));
    // Counted per process, each would have seen only half the failures and let the right password in.
    expect((await login(a.url, 'guessed@example.org', PASSWORD)).status).toBe(429);
    expect((await login(b.url, 'guessed@example.org', PASSWORD)).status).toBe(429);
  });

  it('shares one request limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 10; i += 1) statuses.push((await fetch(`${i % 2 === 0 ? a.url : b.url}/api/health`)).status);
    // Per process, 45 requests each would all pass a limit of 80.
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(RATE_LIMIT);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s, i) => s === 429 && i % 2 === 1).length).toBeGreaterThan(0);
  });
});
