// Shared bench helpers: start a server as a child process, run autocannon, print a table.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** Starts `node file` with env; resolves with the port it prints as "listening <port>" or in its URL line. */
export function startServer(file, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening (\d+)|running at http:\/\/[^:]+:(\d+)/);
      if (match) resolve({ pid: child.pid, port: Number(match[1] ?? match[2]), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code}: ${out}`)));
  });
}

/** Runs autocannon (after a 2 s warm-up that is not counted) and returns requests/s and latency percentiles. */
export async function load(options) {
  await autocannon({ ...options, connections: 10, duration: 2 });
  const result = await autocannon({ connections: 50, duration: 10, ...options });
  const ok = result['2xx'];
  return {
    requestsPerSecond: Math.round(ok / (result.duration || 1)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Prints rows as an aligned table. */
export function printTable(rows) {
  const keys = Object.keys(rows[0]);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (values) => values.map((v, i) => String(v).padEnd(widths[i])).join('  ');
  console.log(line(keys));
  for (const row of rows) console.log(line(keys.map((k) => row[k])));
}

/**
 * Bundles TypeScript source (an entry file, or module text resolved from the repository root)
 * into a temporary ES module and imports it, so benches run the code as the server does.
 */
export async function importBundled(entry) {
  const { build } = await import('esbuild');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'pacewise-bench-'));
  const outfile = join(dir, 'bundle.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const source = entry.includes('\n')
    ? { stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' } }
    : { entryPoints: [entry] };
  try {
    await build({ ...source, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A seeded generator (mulberry32) in [0, 1), so every run reads the same data. */
export function seededRandom(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The calendar day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The median time of `fn` in milliseconds over `runs` calls, after `warmUp` calls not counted. */
export function medianMs(fn, { warmUp = 5, runs = 21 } = {}) {
  for (let i = 0; i < warmUp; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/**
 * CPU time (user + system, in ms) a process has used so far, from /proc; null where there is no
 * /proc. CPU per request hardly moves when other work shares the machine, unlike requests/s.
 */
export function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
  } catch {
    return null;
  }
}
