// Check-in writes through the real server (session, Origin check, zod, calendar day, insert,
// presenter) against the bare Fastify + better-sqlite3 route, measured in the same run.
// Aim (issue 2): at least 50 % of the bare route's throughput; p99 under 25 ms.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, printTable, startServer } from './support.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const body = JSON.stringify({ pain: 4, stiffness: 3, sleep: 6, notes: 'Stiff after sitting, better after a walk.' });

async function signUp(port) {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email: 'bench@example.org', password: 'a calm walk by the river', timeZone: 'Europe/Berlin' }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${await response.text()}`);
  return response.headers.get('set-cookie').split(';')[0];
}

async function measurePacewise() {
  const server = await startServer('dist/server/main.js', {
    PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000',
    PACEWISE_DATA_DIR: mkdtempSync(join(tmpdir(), 'pacewise-bench-')),
  });
  try {
    const cookie = await signUp(server.port);
    return await load({
      url: `http://127.0.0.1:${server.port}/api/me/checkins`, method: 'POST', body, duration: DURATION,
      headers: { 'content-type': 'application/json', cookie, origin: `http://127.0.0.1:${server.port}` },
    });
  } finally {
    server.stop();
  }
}

async function measureBare() {
  const server = await startServer('bench/bare-server.mjs', { PORT: '0' });
  try {
    return await load({
      url: `http://127.0.0.1:${server.port}/api/me/checkins`, method: 'POST', body, duration: DURATION,
      headers: { 'content-type': 'application/json' },
    });
  } finally {
    server.stop();
  }
}

/** Runs the bench and returns its verdict. */
export async function benchCheckinWrites() {
  const bare = await measureBare();
  const pacewise = await measurePacewise();
  const ratio = pacewise.requestsPerSecond / bare.requestsPerSecond;
  console.log(`\nCheck-in writes, 50 connections, ${DURATION} s each, loopback`);
  printTable([
    { route: 'bare fastify + better-sqlite3', 'req/s': bare.requestsPerSecond, 'p50 ms': bare.p50, 'p99 ms': bare.p99, 'non-2xx': bare.non2xx },
    { route: 'pacewise POST /api/me/checkins', 'req/s': pacewise.requestsPerSecond, 'p50 ms': pacewise.p50, 'p99 ms': pacewise.p99, 'non-2xx': pacewise.non2xx },
  ]);
  const meets = ratio >= 0.5 && pacewise.p99 < 25 && pacewise.non2xx === 0;
  console.log(`ratio ${(ratio * 100).toFixed(0)} % of bare (aim ≥ 50 %), p99 ${pacewise.p99} ms (aim < 25 ms): ${meets ? 'meets the aim' : 'MISSES the aim'}`);
  return meets;
}
