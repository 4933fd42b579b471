#!/usr/bin/env node
// The long route fuzzer (issue 16): `npm run fuzz -- --n 20000 [--seed 7]` sends that many
// requests made from the route table on SQLite and, when PostgreSQL is installed, on a throwaway
// PostgreSQL too, and prints how they were answered. `npm test` runs a short pass of the same.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const valueOf = (flag, fallback) => {
  const index = args.indexOf(flag);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const n = valueOf('--n', '20000');
const seed = valueOf('--seed', String(Date.now() % 1_000_000));
if (!/^\d+$/.test(n) || !/^\d+$/.test(seed)) {
  console.error('Use: npm run fuzz -- --n 20000 [--seed 7]');
  process.exit(2);
}
console.log(`fuzz: ${n} requests per database, seed ${seed}`);
const vitest = ['./node_modules/.bin/vitest', 'run', 'src/server/fuzz/route-fuzz.test.ts'];
const withPostgres = existsSync('scripts/with-postgres.sh') && spawnSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb'], { stdio: 'ignore' }).status === 0;
const command = withPostgres ? ['bash', ['scripts/with-postgres.sh', ...vitest]] : [vitest[0], vitest.slice(1)];
const result = spawnSync(command[0], command[1], { stdio: 'inherit', env: { ...process.env, FUZZ_N: n, FUZZ_SEED: seed } });
process.exit(result.status ?? 1);
