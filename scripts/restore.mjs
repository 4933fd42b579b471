// `npm run restore -- <copy.sqlite> [--force]`: puts a backup back as the database, with Pacewise
// stopped. The copy is checked first; the database it replaces is kept beside it
// (`pacewise.sqlite.before-restore-<time>`). For PostgreSQL, use pg_restore.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { checkDatabaseFile, databaseFileFromEnv } from './backup-check.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const source = args.find((arg) => !arg.startsWith('--'));
const target = databaseFileFromEnv(process.env);
if (target === null) {
  console.error('This database is PostgreSQL: restore it with  pg_restore --clean --dbname "$DATABASE_URL" pacewise.dump');
  process.exit(2);
}
if (!source) {
  console.error('Use: npm run restore -- <copy.sqlite> [--force]   (with Pacewise stopped)');
  process.exit(2);
}
const copy = checkDatabaseFile(resolve(source));
if (copy.problems.length > 0) {
  for (const problem of copy.problems) console.error(`✖ ${problem}`);
  console.error('Nothing was changed.');
  process.exit(1);
}
const file = resolve(target);
// A write-ahead log with content means Pacewise is running (or stopped without closing).
const wal = `${file}-wal`;
if (!force && existsSync(wal) && statSync(wal).size > 0) {
  console.error(`Pacewise seems to be running: ${wal} holds writes not yet in the database. Stop it first.\nIf it crashed, start and stop it once (it tidies the log), or pass --force to restore anyway.`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
if (existsSync(file)) {
  const kept = `${file}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, kept);
  chmodSync(kept, 0o600);
  console.log(`Kept the database it replaces as ${kept}`);
}
for (const extra of ['-wal', '-shm']) rmSync(`${file}${extra}`, { force: true });
const partial = `${file}.restoring`;
copyFileSync(resolve(source), partial);
chmodSync(partial, 0o600);
const fd = openSync(partial, 'r');
fsyncSync(fd);
closeSync(fd);
renameSync(partial, file);
console.log(`Restored ${resolve(source)}\n      to ${file}\nStart Pacewise as usual.`);
