/**
 * What server processes must share when several run on one PostgreSQL database (issue 16):
 * rate limits and throttles count in the database there, and sessions are read from it on every
 * request, so a sign-out on one process ends the session on all of them at once. One process on
 * SQLite keeps the counts in memory and remembers sessions briefly (see session-cache.ts).
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import { hitCounter, readCounter, resetCounter, unhitCounter, type CounterState } from '../db/counter.repository.js';
import type { Database } from '../db/schema.js';

/** Fixed-window counters by key. */
export interface CounterStore {
  hit(key: string, windowMs: number, nowMs: number): Promise<CounterState>;
  read(key: string, windowMs: number, nowMs: number): Promise<CounterState>;
  reset(key: string): Promise<void>;
  /** Takes one hit back (never below 0). */
  unhit(key: string): Promise<void>;
}

/** Expired entries are swept once this many keys are held, and again each time the count doubles. */
const SWEEP_FROM = 10_000;

interface MemoryEntry extends CounterState {
  windowMs: number;
}

/**
 * Counters of one process. Only expired entries are ever dropped: a flood of new keys can never
 * wipe a live count (someone's failed sign-ins). Memory stays bounded by the request limits,
 * since every key costs a request and lives one window.
 */
export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, MemoryEntry>();
  private sweepAt = SWEEP_FROM;

  async hit(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    const entry = this.entries.get(key);
    if (entry && nowMs - entry.windowStart < windowMs) {
      entry.count += 1;
      return { count: entry.count, windowStart: entry.windowStart };
    }
    this.entries.set(key, { count: 1, windowStart: nowMs, windowMs });
    if (this.entries.size >= this.sweepAt) this.sweep(nowMs);
    return { count: 1, windowStart: nowMs };
  }

  async read(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    const entry = this.entries.get(key);
    return entry && nowMs - entry.windowStart < windowMs ? { count: entry.count, windowStart: entry.windowStart } : { count: 0, windowStart: nowMs };
  }

  async reset(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async unhit(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry && entry.count > 0) entry.count -= 1;
  }

  /** Drops expired entries; the next sweep waits until the live ones have doubled. */
  private sweep(nowMs: number): void {
    for (const [key, entry] of this.entries) if (nowMs - entry.windowStart >= entry.windowMs) this.entries.delete(key);
    this.sweepAt = Math.max(SWEEP_FROM, this.entries.size * 2);
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

  unhit(key: string): Promise<void> {
    return unhitCounter(this.db, key);
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
