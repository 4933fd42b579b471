// `npm run backup [destination]`: a consistent copy of the SQLite database, safe while Pacewise
// runs (SQLite's online backup API). For PostgreSQL, use pg_dump.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

const url = process.env.DATABASE_URL ?? '';
if (/^postgres/.test(url)) {
  console.error('This database is PostgreSQL: back it up with  pg_dump --format=custom "$DATABASE_URL" > pacewise.dump');
  process.exit(2);
}
const source = resolve(url.startsWith('sqlite:') ? url.slice(7) : `${process.env.PACEWISE_DATA_DIR ?? './data'}/pacewise.sqlite`);
if (!existsSync(source)) {
  console.error(`No database at ${source}. Set PACEWISE_DATA_DIR or DATABASE_URL.`);
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const destination = resolve(process.argv[2] ?? `backups/pacewise-${stamp}.sqlite`);
// A copy of health data is for this user only: folder 0700, file 0600.
mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
const db = new SQLite(source, { readonly: true, fileMustExist: true });
await db.backup(destination);
db.close();
chmodSync(destination, 0o600);
console.log(`Backed up ${source}\n       to ${destination}`);
