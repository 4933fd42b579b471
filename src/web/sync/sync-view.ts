/**
 * What the sync queue has kept, as pages read it: each person's writes (read from storage once,
 * then held in memory), which are on their way, and a signal when any of it changes. It is small
 * so the first page can show waiting writes without loading the queue's engine (`sync-queue.ts`),
 * which writes through this same view.
 */
import type { KeyValueStore } from '../features/session/session-storage.js';
import type { KnownRows, SyncEntry } from './ops.js';
import { readQueue, removeQueue, writeQueue, type StoredQueue } from './sync-storage.js';

/** Where a write stands, as a screen shows it. */
export type SyncStatus = 'waiting' | 'sending' | 'saved' | 'rejected' | 'changed' | 'unknown';

/** The kept writes over a storage; the engine changes them only through `save`, `clear` and `busy`. */
export class SyncView {
  readonly #store: () => KeyValueStore | null;
  readonly #listeners = new Set<() => void>();
  readonly #queues = new Map<string, StoredQueue>();
  /** The keys of the writes on their way. */
  readonly busy = new Set<string>();

  constructor(store: () => KeyValueStore | null) {
    this.#store = store;
  }

  /** Calls `listener` whenever a status may have changed. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** A person's queue: from memory, else read from storage once. */
  queue(userId: string): StoredQueue {
    const known = this.#queues.get(userId);
    if (known) return known;
    const stored = readQueue(this.#store(), userId);
    this.#queues.set(userId, stored);
    return stored;
  }

  /** Keeps a person's queue in memory and storage, and tells the listeners. */
  save(userId: string, queue: StoredQueue): void {
    this.#queues.set(userId, queue);
    writeQueue(this.#store(), userId, queue);
    this.notify();
  }

  /** Forgets everything kept for a person, in memory and storage (sign-out, account deleted). */
  clear(userId: string): void {
    this.#queues.delete(userId);
    removeQueue(this.#store(), userId);
    this.notify();
  }

  /** Tells the listeners something changed. */
  notify(): void {
    this.#listeners.forEach((listener) => listener());
  }

  /** Every write of the person the device knows, in order (the same array until something changes). */
  entries(userId: string): readonly SyncEntry[] {
    return this.queue(userId).entries;
  }

  /** What the device knows of rows it created. */
  known(userId: string): KnownRows {
    return this.queue(userId).known;
  }

  /** True while the write `key` is on its way. */
  isSending(key: string): boolean {
    return this.busy.has(key);
  }

  /** Where the write `key` stands. */
  statusOf(userId: string, key: string): SyncStatus {
    if (this.busy.has(key)) return 'sending';
    return this.find(userId, key)?.status ?? 'unknown';
  }

  /** The newest entry of the write `key`. */
  find(userId: string, key: string): SyncEntry | undefined {
    return this.queue(userId).entries.findLast((e) => e.op.key === key);
  }
}
