/**
 * Kysely's SQLite dialect with group commit (sqlite-write-batch.ts). SQLite has one connection
 * here. Kysely's own driver lets one query or transaction hold it at a time; this one lets a
 * transaction hold it from `begin` to its end, runs reads at once (better-sqlite3 is
 * synchronous, so a read cannot interleave with anything), and queues plain writes (insert,
 * update, delete without `returning`) for the turn's commit. A transaction commits the queued
 * writes before it begins, and so does any other write (its order kept); a query from outside
 * waits while a transaction is open, so it never runs inside someone else's. A read runs at once:
 * it sees every write acknowledged so far, not one still queued (send the read after awaiting the write).
 * Migrations run through Kysely's own SQLite driver before this one starts (connect.ts).
 */
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { WriteBatch } from './sqlite-write-batch.js';

/** What the driver needs of a prepared statement (better-sqlite3's). */
export interface SqliteStatementLike {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

/** What the driver needs of the database (better-sqlite3's, with its statement cache). */
export interface SqliteDatabaseLike {
  prepare(sql: string): SqliteStatementLike;
  /** True while SQLite has a transaction open on the connection (better-sqlite3's own flag). */
  readonly inTransaction: boolean;
  close(): void;
}

const PLAIN_WRITE = /^\s*(insert|update|delete)\b/i;

/** The dialect: Kysely's SQLite adapter, compiler and introspector, with the group-commit driver. */
export function groupCommitSqliteDialect(database: SqliteDatabaseLike): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new GroupCommitDriver(database),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}

class GroupCommitDriver implements Driver {
  private readonly lock = new TransactionLock();
  private readonly writes: WriteBatch;

  constructor(private readonly database: SqliteDatabaseLike) {
    this.writes = new WriteBatch(
      (sql) => database.prepare(sql).run([]),
      (flush) => void this.lock.runWhenFree(flush),
      () => database.inTransaction,
    );
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Connection(this.database, this.lock, this.writes);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const owner = connection as Connection;
    await this.lock.take(owner);
    try {
      this.writes.flushNow();
      this.database.prepare('begin').run([]);
    } catch (error) {
      this.lock.give(owner);
      throw error;
    }
    owner.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.endTransaction(connection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.endTransaction(connection, 'rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoted(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoted(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoted(name)}`));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    await this.lock.runWhenFree(() => this.writes.flushNow());
    this.database.close();
  }

  /**
   * Ends the transaction; the lock is given back only once SQLite has none open. A COMMIT that
   * fails can leave the transaction open: it then stays the owner's until its rollback, so
   * nothing from outside runs inside it, and no write is acknowledged that the rollback undoes.
   */
  private async endTransaction(connection: DatabaseConnection, how: 'commit' | 'rollback'): Promise<void> {
    const owner = connection as Connection;
    try {
      this.database.prepare(how).run([]);
    } finally {
      if (!this.database.inTransaction) {
        owner.inTransaction = false;
        this.lock.give(owner);
      }
    }
  }
}

class Connection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    private readonly database: SqliteDatabaseLike,
    private readonly lock: TransactionLock,
    private readonly writes: WriteBatch,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // Checked again right before running, in the same step: nothing can begin in between.
    while (!this.inTransaction && this.lock.held) await this.lock.held;
    const statement = this.database.prepare(compiled.sql);
    const plainWrite = PLAIN_WRITE.test(compiled.sql);
    if (!this.inTransaction && plainWrite && !statement.reader) return (await this.writes.add(statement, compiled.parameters)) as QueryResult<R>;
    // Any other write (`returning`, DDL, a pragma) keeps its order after the writes queued before it.
    if (!this.inTransaction && (plainWrite || !statement.reader)) this.writes.flushNow();
    if (statement.reader) return { rows: statement.all(compiled.parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(compiled.parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  /** Only inside a transaction: an open iterator would keep the connection busy for everyone else. */
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!this.inTransaction) throw new Error('Stream a query only inside a transaction.');
    const statement = this.database.prepare(compiled.sql);
    if (!statement.reader) throw new Error('Only a query that returns rows can be streamed.');
    for (const row of statement.iterate(compiled.parameters)) yield { rows: [row as R] };
  }
}

/** Held by one transaction from its `begin` to its end; others wait their turn. */
class TransactionLock {
  /** Settles when the transaction holding the lock ends; null when none does. */
  held: Promise<void> | null = null;
  private owner: object | null = null;
  private release: (() => void) | null = null;

  async take(owner: object): Promise<void> {
    while (this.held) await this.held;
    this.owner = owner;
    this.held = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  /** Gives the lock back; only its owner can, once. */
  give(owner: object): void {
    if (this.owner !== owner) return;
    const release = this.release;
    this.held = null;
    this.owner = null;
    this.release = null;
    release?.();
  }

  /** Runs `work` (synchronous) once no transaction is open, in the same step as the last check. */
  async runWhenFree(work: () => void): Promise<void> {
    while (this.held) await this.held;
    work();
  }
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
