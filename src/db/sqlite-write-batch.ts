/**
 * Group commit for SQLite: writes sent outside a transaction in one turn of the event loop are
 * committed together, in one transaction, each inside a savepoint of its own, so one that fails
 * (a constraint) is undone alone and answers with its own error. Each caller hears of its write
 * only once the transaction holding it is committed: what is acknowledged is in the WAL, as
 * before. A commit per write was most of a check-in write's time (issue 16, the write path).
 */
import type { QueryResult } from 'kysely';
import type { SqliteStatementLike } from './sqlite-group-commit.js';

/** At most this many writes go into one transaction; more wait for the next turn. */
export const MAX_WRITES_PER_COMMIT = 100;

interface PendingWrite {
  statement: SqliteStatementLike;
  parameters: readonly unknown[];
  resolve: (result: QueryResult<never>) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: QueryResult<never> } | { ok: false; error: unknown };

export class WriteBatch {
  private pending: PendingWrite[] = [];
  private scheduled = false;

  /**
   * @param run runs a statement of the driver's own (begin, savepoint …) on the connection.
   * @param whenFree runs the flush once no transaction holds the connection.
   * @param inTransaction says whether SQLite has a transaction open on the connection.
   */
  constructor(
    private readonly run: (sql: string) => void,
    private readonly whenFree: (flush: () => void) => void,
    private readonly inTransaction: () => boolean,
  ) {}

  /** Queues a write; settles once it is committed (or failed). */
  add(statement: SqliteStatementLike, parameters: readonly unknown[]): Promise<QueryResult<never>> {
    return new Promise((resolve, reject) => {
      this.pending.push({ statement, parameters, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.whenFree(() => this.flushScheduled()));
      }
    });
  }

  /** Commits every queued write now (the caller holds the connection: before a transaction begins). */
  flushNow(): void {
    while (this.pending.length > 0) this.commit(this.pending.splice(0, MAX_WRITES_PER_COMMIT));
  }

  private flushScheduled(): void {
    this.scheduled = false;
    this.commit(this.pending.splice(0, MAX_WRITES_PER_COMMIT));
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.whenFree(() => this.flushScheduled()));
    }
  }

  private commit(batch: PendingWrite[]): void {
    if (batch.length === 0) return;
    const outcomes = this.inTransaction() ? batch.map(leftOpen) : batch.length === 1 ? [runAlone(batch[0]!)] : this.runTogether(batch);
    batch.forEach((write, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) write.resolve(outcome.result);
      else write.reject(outcome.error);
    });
  }

  /** One transaction for the batch; when it cannot begin or commit, every write in it fails. */
  private runTogether(batch: readonly PendingWrite[]): Outcome[] {
    try {
      this.run('begin immediate');
    } catch (error) {
      return batch.map(() => ({ ok: false, error }));
    }
    try {
      const outcomes = batch.map((write) => this.runInSavepoint(write));
      this.run('commit');
      return outcomes;
    } catch (error) {
      this.rollbackQuietly();
      const cause = error instanceof BatchUndone ? error.cause : error;
      return batch.map(() => ({ ok: false, error: cause }));
    }
  }

  private runInSavepoint(write: PendingWrite): Outcome {
    this.run('savepoint pacewise_write');
    const outcome = runAlone(write);
    if (!outcome.ok) {
      // Some failures (a full disk, an I/O error) make SQLite undo the whole transaction.
      if (!this.inTransaction()) throw new BatchUndone(outcome.error);
      this.run('rollback to pacewise_write');
    }
    this.run('release pacewise_write');
    return outcome;
  }

  private rollbackQuietly(): void {
    try {
      this.run('rollback');
    } catch {
      // Nothing was left open.
    }
  }
}

/** A write whose failure made SQLite undo the whole batch: every write in it fails with its cause. */
class BatchUndone extends Error {
  constructor(override readonly cause: unknown) {
    super('SQLite undid the whole batch of writes.');
  }
}

/** The connection is inside a transaction no one owns: writing now would hide in it, so nothing is written. */
function leftOpen(): Outcome {
  return { ok: false, error: new Error('The database connection was left inside a transaction, so this write was not made.') };
}

function runAlone(write: PendingWrite): Outcome {
  try {
    const { changes, lastInsertRowid } = write.statement.run(write.parameters);
    return { ok: true, result: { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] } };
  } catch (error) {
    return { ok: false, error };
  }
}
