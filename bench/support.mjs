// Shared bench helpers: start a server as a child process, run autocannon, print a table.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

/** Starts `node file` with env; resolves with the port it prints as "listening <port>" or in its URL line. */
export function startServer(file, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening (\d+)|running at http:\/\/[^:]+:(\d+)/);
      if (match) resolve({ port: Number(match[1] ?? match[2]), stop: () => child.kill('SIGTERM') });
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
