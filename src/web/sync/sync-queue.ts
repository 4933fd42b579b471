/**
 * The one queue every write of the web app goes through: kept on the device first, then sent in
 * order, one at a time, until the server has it. A send that may not have arrived is tried again
 * with back-off; creates are safe to repeat (clientId), edits too (changeId), and a delete of a
 * row already gone counts as done — so each write is stored exactly once.
 */
import type { Checkin } from '../../contract/checkin.js';
import type { KeyValueStore } from '../features/session/session-storage.js';
import { addOp, hasChanges, type KnownRows, type SyncEntry, type SyncOp } from './ops.js';
import type { StoredQueue } from './sync-storage.js';
import { SyncView, type SyncStatus } from './sync-view.js';

export type { SyncStatus } from './sync-view.js';

/** Done writes are remembered this long, so a screen can still say "Saved". */
const KEEP_DONE_MS = 30 * 24 * 60 * 60_000;
const FIRST_BACKOFF_MS = 2_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** What came of one attempt to send a write. */
export type Outcome =
  | { kind: 'saved'; row?: Checkin; result?: unknown }
  | { kind: 'retry' }
  | { kind: 'rejected'; message: string }
  | { kind: 'changed'; current: Checkin };

/** What the queue stands on: storage, the sender, the clock, and what to do after a write is saved. */
export interface SyncDeps {
  store: () => KeyValueStore | null;
  /** Sends one write of `userId`'s queue. */
  send: (op: SyncOp, known: KnownRows, userId: string) => Promise<Outcome>;
  nowMs: () => number;
  /** A new id, for an edit the queue makes itself (see `followUp`). */
  newId: () => string;
  onSaved?: (op: SyncOp) => void;
}

/** The wait before try number `attempts + 1`: doubling from 2 s, at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * The queue over a storage and a sender; entries live in memory and are copied to storage on every
 * change, through `view` (which pages may read before this engine is loaded).
 */
export class SyncQueue {
  readonly #deps: SyncDeps;
  readonly #view: SyncView;
  readonly #busy: Set<string>;
  readonly #flushes = new Map<string, Promise<void>>();

  constructor(deps: SyncDeps, view = new SyncView(deps.store)) {
    this.#deps = deps;
    this.#view = view;
    this.#busy = view.busy;
  }

  /** Calls `listener` whenever a status may have changed. */
  subscribe = (listener: () => void): (() => void) => this.#view.subscribe(listener);

  /** Keeps a write to send (folding it into a waiting create where it can). */
  enqueue(userId: string, op: SyncOp): void {
    const queue = this.#read(userId);
    const entry: SyncEntry = { op, status: 'waiting', queuedAtMs: this.#deps.nowMs(), attempts: 0, notBeforeMs: 0 };
    this.#write(userId, { ...queue, entries: addOp(queue.entries, entry, this.#busy, queue.known) });
  }

  /** Every write of the person the device knows, in order (the same array until something changes). */
  entries(userId: string): readonly SyncEntry[] {
    return this.#view.entries(userId);
  }

  /** What the device knows of rows it created. */
  known(userId: string): KnownRows {
    return this.#view.known(userId);
  }

  /** True while the write `key` is on its way. */
  isSending(key: string): boolean {
    return this.#busy.has(key);
  }

  /** Where the write `key` stands. */
  statusOf(userId: string, key: string): SyncStatus {
    return this.#view.statusOf(userId, key);
  }

  /** The newest entry of the write `key`. */
  find(userId: string, key: string): SyncEntry | undefined {
    return this.#view.find(userId, key);
  }

  /** True when the queue knows the write `key`, in any state. */
  has(userId: string, key: string): boolean {
    return this.find(userId, key) !== undefined;
  }

  /** How many writes wait to be sent. */
  waitingCount(userId: string): number {
    return this.#read(userId).entries.filter((e) => e.status === 'waiting').length;
  }

  /**
   * Sends what waits, but stops waiting for answers after `ms` (a write not answered by then stays
   * queued). Nothing waiting: returns at once, sending nothing.
   */
  async flushWithin(userId: string, ms: number): Promise<void> {
    if (this.waitingCount(userId) === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    try {
      await Promise.race([this.flush(userId), gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * After a 409: makes the person's change again on the version the server has now, as a new
   * write (a new key and change id), and forgets the refused one.
   */
  applyAgain(userId: string, key: string, newKey: string): void {
    const queue = this.#read(userId);
    const entry = queue.entries.find((e) => e.op.key === key && e.status === 'changed');
    if (!entry?.current || (entry.op.kind !== 'updateCheckin' && entry.op.kind !== 'deleteCheckin')) return;
    const ref = { id: entry.current.id };
    const version = entry.current.updatedAt;
    const op: SyncOp = entry.op.kind === 'updateCheckin'
      ? { ...entry.op, key: newKey, changeId: newKey, ref, version }
      : { ...entry.op, key: newKey, ref, version };
    this.#write(userId, { ...queue, entries: queue.entries.filter((e) => e !== entry) });
    this.enqueue(userId, op);
  }

  /** Forgets a refused or changed write once the person has read about it. */
  dismiss(userId: string, key: string): void {
    const queue = this.#read(userId);
    this.#write(userId, { ...queue, entries: queue.entries.filter((e) => e.op.key !== key || e.status === 'waiting') });
  }

  /** Forgets everything kept for a person, on this device (sign-out, account deleted). */
  clear(userId: string): void {
    this.#view.clear(userId);
  }

  /**
   * Sends every waiting write in order, one at a time; stops at the first that must wait. `force`
   * (the device came online, a new write) sends now; otherwise a write waits out its back-off.
   * A second call while sending joins the first.
   */
  flush(userId: string, force = true): Promise<void> {
    const running = this.#flushes.get(userId);
    if (running) return running;
    const flush = this.#sendWaiting(userId, force).finally(() => this.#flushes.delete(userId));
    this.#flushes.set(userId, flush);
    return flush;
  }

  // Picks the next waiting write each time round, so a write kept while sending is sent too.
  async #sendWaiting(userId: string, force: boolean): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const entry = this.#read(userId).entries.find((e) => e.status === 'waiting' && !tried.has(e.op.key));
      if (!entry || (!force && entry.notBeforeMs > this.#deps.nowMs())) return;
      tried.add(entry.op.key);
      this.#busy.add(entry.op.key);
      this.#notify();
      const outcome = await this.#deps.send(entry.op, this.#read(userId).known, userId).catch((): Outcome => ({ kind: 'retry' }));
      this.#busy.delete(entry.op.key);
      this.#record(userId, entry.op, outcome);
      if (outcome.kind === 'saved') this.#deps.onSaved?.(entry.op);
      if (outcome.kind === 'retry') return;
    }
  }

  #record(userId: string, op: SyncOp, outcome: Outcome): void {
    const queue = this.#read(userId);
    const now = this.#deps.nowMs();
    const entries = queue.entries.map((e): SyncEntry => {
      if (e.op.key !== op.key || e.status !== 'waiting') return e;
      switch (outcome.kind) {
        case 'retry':
          return { ...e, attempts: e.attempts + 1, notBeforeMs: now + backoffMs(e.attempts + 1) };
        case 'saved':
          return { ...e, status: 'saved', doneAtMs: now, ...(outcome.result !== undefined ? { result: outcome.result } : {}) };
        case 'rejected':
          return { ...e, status: 'rejected', doneAtMs: now, message: outcome.message };
        case 'changed':
          return { ...e, status: 'changed', doneAtMs: now, current: outcome.current };
      }
    });
    this.#write(userId, { entries: this.#followUp(entries, op, outcome), known: learn(queue.known, op, outcome) });
  }

  /**
   * A create that took edits in after it was tried, answered with a row without them (the first
   * try was stored, its answer lost): the edits follow at once as an edit of that row's version.
   */
  #followUp(entries: SyncEntry[], op: SyncOp, outcome: Outcome): SyncEntry[] {
    if (op.kind !== 'createCheckin' || outcome.kind !== 'saved' || !outcome.row) return entries;
    const stored = entries.find((e) => e.op.key === op.key);
    const after = stored?.op.kind === 'createCheckin' ? stored.op.after : undefined;
    if (!after || hasChanges(outcome.row, after)) return entries;
    const changeId = this.#deps.newId();
    const edit: SyncEntry = {
      op: { kind: 'updateCheckin', key: changeId, changeId, ref: { id: outcome.row.id }, version: outcome.row.updatedAt, changes: after },
      status: 'waiting',
      queuedAtMs: this.#deps.nowMs(),
      attempts: 0,
      notBeforeMs: 0,
    };
    const at = entries.findIndex((e) => e.op.key === op.key) + 1;
    return [...entries.slice(0, at), edit, ...entries.slice(at)];
  }

  #read(userId: string): StoredQueue {
    return this.#view.queue(userId);
  }

  #write(userId: string, queue: StoredQueue): void {
    const now = this.#deps.nowMs();
    const entries = queue.entries.filter((e) => e.status === 'waiting' || now - (e.doneAtMs ?? now) < KEEP_DONE_MS);
    this.#view.save(userId, { ...queue, entries });
  }

  #notify(): void {
    this.#view.notify();
  }
}

/** What a saved check-in write teaches the device: the row's id for its clientId, and its newest version. */
function learn(known: KnownRows, op: SyncOp, outcome: Outcome): KnownRows {
  if (outcome.kind !== 'saved' || !outcome.row) return known;
  const { id, updatedAt } = outcome.row;
  const ids = op.kind === 'createCheckin' ? { ...known.ids, [op.body.clientId]: id } : known.ids;
  return { ids, versions: { ...known.versions, [id]: updatedAt } };
}
