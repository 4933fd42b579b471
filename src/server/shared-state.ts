/**
 * What server processes must share when several run on one PostgreSQL database (issue 16):
 * rate limits and throttles count in the database there, and sessions are read from it on every
 * request, so a sign-out on one process ends the session on all of them at once. One process on
 * SQLite keeps the counts in memory and remembers sessions briefly (see session-cache.ts).
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import { hitCounter, readCounter, resetCounter, type CounterState } from '../db/counter.repository.js';
import type { Database } from '../db/schema.js';

/** Fixed-window counters by key. */
export interface CounterStore {
  hit(key: string, windowMs: number, nowMs: number): Promise<CounterState>;
  read(key: string, windowMs: number, nowMs: number): Promise<CounterState>;
  reset(key: string): Promise<void>;
}

const MAX_MEMORY_KEYS = 20_000;

/** Counters of one process. */
export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, CounterState>();

  async hit(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    const entry = this.entries.get(key);
    if (entry && nowMs - entry.windowStart < windowMs) {
      entry.count += 1;
      return { ...entry };
    }
    if (this.entries.size >= MAX_MEMORY_KEYS) this.prune(windowMs, nowMs);
    const fresh = { count: 1, windowStart: nowMs };
    this.entries.set(key, fresh);
    return { ...fresh };
  }

  async read(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    const entry = this.entries.get(key);
    return entry && nowMs - entry.windowStart < windowMs ? { ...entry } : { count: 0, windowStart: nowMs };
  }

  async reset(key: string): Promise<void> {
    this.entries.delete(key);
  }

  private prune(windowMs: number, nowMs: number): void {
    for (const [key, entry] of this.entries) if (nowMs - entry.windowStart >= windowMs) this.entries.delete(key);
    // Still full of live keys (a flood of addresses): start again rather than grow without bound.
    if (this.entries.size >= MAX_MEMORY_KEYS) this.entries.clear();
  }
}

/** Counters every process on the database shares. */
export class DatabaseCounterStore implements CounterStore {
  constructor(private readonly db: Kysely<Database>) {}

  hit(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    return hitCounter(this.db, key, windowMs, nowMs);
  }

  read(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    return readCounter(this.db, key, windowMs, nowMs);
  }

  reset(key: string): Promise<void> {
    return resetCounter(this.db, key);
  }
}

/** True when processes share this database (PostgreSQL), so their state must live in it. */
export function isSharedDatabase(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const stores = new WeakMap<Kysely<Database>, CounterStore>();

/** The counters for this database: shared in PostgreSQL, in memory for SQLite. One per database. */
export function countersFor(db: Kysely<Database>): CounterStore {
  let store = stores.get(db);
  if (!store) {
    store = isSharedDatabase(db) ? new DatabaseCounterStore(db) : new MemoryCounterStore();
    stores.set(db, store);
  }
  return store;
}
