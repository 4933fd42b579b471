// `npm run verify-backup -- <copy.sqlite> [--against <pacewise.sqlite>]`: proves a backup opens,
// passes SQLite's integrity check and is a Pacewise database, and prints its rows per table.
// With --against, the counts must match that database's (take the copy while nothing writes).
import { resolve } from 'node:path';
import { checkDatabaseFile } from './backup-check.mjs';

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args[againstAt + 1] : undefined;
const file = args.find((arg, i) => !arg.startsWith('--') && (againstAt < 0 || i !== againstAt + 1));
if (!file || (againstAt >= 0 && !against)) {
  console.error('Use: npm run verify-backup -- <copy.sqlite> [--against <pacewise.sqlite>]');
  process.exit(2);
}
const copy = checkDatabaseFile(resolve(file));
for (const problem of copy.problems) console.error(`✖ ${problem}`);
if (copy.problems.length > 0) process.exit(1);
console.log(`✓ ${resolve(file)} opens, passes the integrity check, and has ${copy.migrations.length} migrations`);
for (const [table, count] of Object.entries(copy.counts)) console.log(`  ${table.padEnd(28)} ${count}`);
if (against) {
  const live = checkDatabaseFile(resolve(against));
  const tables = new Set([...Object.keys(copy.counts), ...Object.keys(live.counts)]);
  const differ = [...tables].filter((t) => copy.counts[t] !== live.counts[t]);
  for (const table of differ) console.error(`✖ ${table}: ${copy.counts[table] ?? 'missing'} in the copy, ${live.counts[table] ?? 'missing'} in ${against}`);
  if (live.problems.length > 0 || differ.length > 0) process.exit(1);
  console.log(`✓ every table has as many rows as ${resolve(against)}`);
}
