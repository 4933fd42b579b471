/**
 * Opens the database: embedded SQLite (WAL, a file under the data folder) by default, or
 * PostgreSQL when given a postgres URL. Migrations run before the handle is returned.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrator.js';
import { startBackgroundCheckpoints, WAL_SIZE_LIMIT_BYTES } from './sqlite-checkpointer.js';
import { groupCommitSqliteDialect } from './sqlite-group-commit.js';
import type { Database } from './schema.js';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; synchronous?: 'normal' | 'full' }
  | { kind: 'postgres'; url: string; searchPath?: string; poolSize?: number };

/** An open database and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Told when something in the background goes wrong (SQLite's checkpoint worker), to log it. */
  onProblem?: (message: string) => void;
  /** SQLite: the log's length, in frames, past which the checkpoint worker starts it over (tests make it small). */
  restartLogAtFrames?: number;
}

/** Opens the database, applies pending migrations, and returns the handle. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  return target.kind === 'sqlite' ? openSqlite(target.file, target.synchronous ?? 'normal', options) : openPostgres(target);
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>): Promise<DatabaseHandle> {
  const options = target.searchPath ? `-c search_path=${target.searchPath}` : undefined;
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, options });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * SQLite: migrations run through Kysely's own driver, one statement after another with each
 * committed as it runs, before the app's group-commit driver takes the connection.
 */
async function openSqlite(file: string, synchronous: 'normal' | 'full', options: OpenOptions): Promise<DatabaseHandle> {
  const sqlite = openSqliteFile(file, synchronous);
  const database = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: groupCommitSqliteDialect(database) });
  const migrating = new Kysely<Database>({ dialect: new SqliteDialect({ database: { prepare: database.prepare, close: () => undefined } }) });
  try {
    await migrateToLatest(migrating as Kysely<unknown>);
  } catch (error) {
    database.close();
    throw error;
  } finally {
    await migrating.destroy();
  }
  const checkpoints = file === ':memory:' ? null : await startBackgroundCheckpoints(sqlite, file, synchronous, { onProblem: options.onProblem, restartAtFrames: options.restartLogAtFrames });
  return {
    db,
    kind: 'sqlite',
    close: async () => {
      await checkpoints?.stop();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every statement anew; preparing costs more than running a small query, so
 * keep the prepared statements of the (few, fixed) queries the app sends.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    get inTransaction() {
      return sqlite.inTransaction;
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size < 1000) cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openSqliteFile(file: string, synchronous: 'normal' | 'full'): SQLite.Database {
  // Health data: a folder Pacewise makes is for its own user only (0700), and so is the database
  // file (0600). SQLite gives its -wal and -shm files the database file's permissions.
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(file);
  if (file !== ':memory:') chmodSync(file, 0o600);
  sqlite.pragma('journal_mode = WAL');
  // WAL with NORMAL: a committed write survives a crash of Pacewise or of Node (it is in the
  // WAL before the response is sent); only a power cut or kernel crash can lose the last few
  // commits, never corrupt the file. `full` (SQLITE_SYNCHRONOUS=full) trades speed for that too.
  sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A log that grew in a burst is cut back when it starts over, not kept at its largest.
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  // Deleted rows are overwritten with zeros, not left in free pages: after an account is deleted
  // its notes, name and email are not in the file (issue 16, finding 7; see forgetDeletedRows).
  sqlite.pragma('secure_delete = ON');
  return sqlite;
}
