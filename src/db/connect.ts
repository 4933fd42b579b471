/**
 * Opens the database: embedded SQLite (WAL, a file under the data folder) by default, or
 * PostgreSQL when given a postgres URL. Migrations run before the handle is returned.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrator.js';
import type { Database } from './schema.js';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; searchPath?: string; poolSize?: number };

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations, and returns the handle. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const db = new Kysely<Database>({ dialect: createDialect(target) });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: target.kind, close: () => db.destroy() };
}

function createDialect(target: DatabaseTarget) {
  if (target.kind === 'sqlite') return new SqliteDialect({ database: openSqliteFile(target.file) });
  const options = target.searchPath ? `-c search_path=${target.searchPath}` : undefined;
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, options });
  return new PostgresDialect({ pool });
}

function openSqliteFile(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a power cut, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}
