// What `npm run verify-backup` and `npm run restore` check of a SQLite copy: it opens, SQLite's
// integrity check passes, it is a Pacewise database (its migrations table is there), and how many
// rows each table holds.
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';

/** Checks a database file; `problems` is empty when it is a sound Pacewise database. */
export function checkDatabaseFile(file) {
  if (!existsSync(file)) return { problems: [`There is no file at ${file}.`], counts: {}, migrations: [] };
  let db;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { problems: [`It does not open as a SQLite database: ${error.message}`], counts: {}, migrations: [] };
  }
  try {
    const problems = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`SQLite's integrity check says: ${integrity}`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    if (!tables.includes('kysely_migration')) problems.push('It is not a Pacewise database (no migrations table).');
    const migrations = tables.includes('kysely_migration') ? db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() : [];
    const counts = Object.fromEntries(tables.filter((t) => !t.startsWith('kysely_')).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]));
    return { problems, counts, migrations };
  } catch (error) {
    return { problems: [`It could not be read: ${error.message}`], counts: {}, migrations: [] };
  } finally {
    db.close();
  }
}

/** The SQLite file the server uses, from the same settings the server reads. */
export function databaseFileFromEnv(env) {
  const url = env.DATABASE_URL ?? '';
  if (/^postgres/.test(url)) return null;
  return url.startsWith('sqlite:') ? url.slice(7) : `${env.PACEWISE_DATA_DIR ?? './data'}/pacewise.sqlite`;
}
