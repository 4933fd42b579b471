// Check-in writes through the real server (session, Origin check, zod, calendar day, insert,
// presenter) against the bare Fastify + better-sqlite3 route, measured in the same run.
// The servers stay up and are loaded in turn, A B A B …, so a noisy moment of the machine
// lands on both; the verdict is the median of the pairs' ratios.
// Aim (issue 16): at least 70 % of the bare route's throughput; p99 at most 15 ms.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cpuMsOf, printTable, startServer } from './support.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
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

async function round(target, duration) {
  const cpuBefore = cpuMsOf(target.pid);
  const result = await autocannon({ ...target, method: 'POST', body, connections: CONNECTIONS, duration });
  const cpuAfter = cpuMsOf(target.pid);
  const cpuMicrosPerRequest = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1000) / Math.max(1, result['2xx']));
  return { requestsPerSecond: Math.round(result['2xx'] / (result.duration || 1)), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors, cpuMicrosPerRequest };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs the bench and returns its verdict. */
export async function benchCheckinWrites() {
  const bareServer = await startServer('bench/bare-server.mjs', { PORT: '0' });
  // For information, not the verdict: the bare route storing the same row in a table of Pacewise's shape.
  const bareSameTable = await startServer('bench/bare-server.mjs', { PORT: '0', BARE_TABLE: 'pacewise' });
  const server = await startServer('dist/server/main.js', {
    PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000',
    PACEWISE_DATA_DIR: mkdtempSync(join(tmpdir(), 'pacewise-bench-')),
  });
  try {
    const cookie = await signUp(server.port);
    const bare = { pid: bareServer.pid, url: `http://127.0.0.1:${bareServer.port}/api/me/checkins`, headers: { 'content-type': 'application/json' } };
    const pacewise = {
      pid: server.pid,
      url: `http://127.0.0.1:${server.port}/api/me/checkins`,
      headers: { 'content-type': 'application/json', cookie, origin: `http://127.0.0.1:${server.port}` },
    };
    const sameTable = { pid: bareSameTable.pid, url: `http://127.0.0.1:${bareSameTable.port}/api/me/checkins`, headers: { 'content-type': 'application/json' } };
    await round(bare, 2); // warm-up, not counted
    await round(sameTable, 2);
    await round(pacewise, 2);
    const rows = [];
    const sameTableRatios = [];
    for (let pair = 1; pair <= PAIRS; pair += 1) {
      const a = await round(bare, SECONDS);
      const same = await round(sameTable, SECONDS);
      const b = await round(pacewise, SECONDS);
      sameTableRatios.push(b.requestsPerSecond / same.requestsPerSecond);
      rows.push({ pair, 'bare req/s': a.requestsPerSecond, 'bare p99': a.p99, 'pacewise req/s': b.requestsPerSecond, 'pacewise p99': b.p99, ratio: `${Math.round((b.requestsPerSecond / a.requestsPerSecond) * 100)} %`, 'bare CPU µs/req': a.cpuMicrosPerRequest ?? '-', 'pacewise CPU µs/req': b.cpuMicrosPerRequest ?? '-', 'non-2xx': a.non2xx + b.non2xx, _ratio: b.requestsPerSecond / a.requestsPerSecond, _p99: b.p99, _bad: b.non2xx, _cpuRatio: a.cpuMicrosPerRequest && b.cpuMicrosPerRequest ? b.cpuMicrosPerRequest / a.cpuMicrosPerRequest : null });
    }
    console.log(`\nCheck-in writes, ${CONNECTIONS} connections, ${PAIRS} pairs of ${SECONDS} s (bare, then Pacewise), loopback`);
    printTable(rows.map(({ _ratio, _p99, _bad, _cpuRatio, ...shown }) => shown));
    const ratio = median(rows.map((r) => r._ratio));
    const p99 = median(rows.map((r) => r._p99));
    const cpuRatios = rows.map((r) => r._cpuRatio).filter((x) => x !== null);
    if (cpuRatios.length > 0) console.log(`CPU per request: Pacewise uses ${median(cpuRatios).toFixed(2)} × the bare route's (median of the pairs; steady when the machine is busy)`);
    console.log(`for information: the bare route storing the same row in a table of Pacewise's shape; Pacewise is ${(median(sameTableRatios) * 100).toFixed(0)} % of it (median of the rounds)`);
    const meets = ratio >= 0.7 && p99 <= 15 && rows.every((r) => r._bad === 0);
    console.log(`median ratio ${(ratio * 100).toFixed(0)} % of bare (aim ≥ 70 %), median p99 ${p99} ms (aim ≤ 15 ms): ${meets ? 'meets the aim' : 'MISSES the aim'}`);
    return meets;
  } finally {
    bareServer.stop();
    bareSameTable.stop();
    server.stop();
  }
}
