/**
 * The outbox of session logs: a log is kept on this device first, then sent; without a network
 * it waits and is sent when the device is back online or the app starts again. Sending is safe to
 * repeat — the server keeps one log per clientId — and the outbox sends each log until the server
 * has it, so it is stored exactly once.
 */
import type { SessionLogBody } from '../../../core/session-player/index.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { browserStorage, type KeyValueStore } from './session-storage.js';

const PREFIX = 'pacewise.outbox.v1';
/** Sent (or refused) logs are remembered this long, so a screen can still say "Saved". */
const KEEP_DONE_MS = 30 * 24 * 60 * 60_000;

/** Where one log stands. */
export type OutboxStatus = 'waiting' | 'sending' | 'saved' | 'rejected' | 'unknown';

interface Entry {
  clientId: string;
  body: SessionLogBody;
  status: 'waiting' | 'saved' | 'rejected';
  message?: string;
  queuedAtMs: number;
  doneAtMs?: number;
}

/** What came of one attempt to send. */
export type SendResult =
  { kind: 'saved' } | { kind: 'retry' } | { kind: 'rejected'; message: string };

export interface OutboxDeps {
  store: () => KeyValueStore | null;
  send: (body: SessionLogBody) => Promise<SendResult>;
  nowMs: () => number;
}

/**
 * An outbox over a storage and a sender. Entries live in memory for this visit and are copied to
 * storage after every change, so they outlive a reload; a full storage loses only that.
 */
export class Outbox {
  readonly #deps: OutboxDeps;
  readonly #listeners = new Set<() => void>();
  readonly #inFlight = new Set<string>();
  readonly #flushes = new Map<string, Promise<void>>();
  readonly #entries = new Map<string, Entry[]>();

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
  }

  /** Calls `listener` whenever a status may have changed. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Keeps a log to send; the same clientId twice is kept once. */
  enqueue(userId: string, body: SessionLogBody): void {
    const entries = this.#read(userId);
    if (entries.some((e) => e.clientId === body.clientId)) return;
    const entry: Entry = {
      clientId: body.clientId,
      body,
      status: 'waiting',
      queuedAtMs: this.#deps.nowMs(),
    };
    this.#write(userId, [...entries, entry]);
    this.#notify();
  }

  /** Where a log stands. */
  statusOf(userId: string, clientId: string): OutboxStatus {
    if (this.#inFlight.has(clientId)) return 'sending';
    return this.#find(userId, clientId)?.status ?? 'unknown';
  }

  /** The server's reason for refusing a log, if it did. */
  messageOf(userId: string, clientId: string): string | undefined {
    return this.#find(userId, clientId)?.message;
  }

  /** True when the outbox knows this log, in any state. */
  has(userId: string, clientId: string): boolean {
    return this.#find(userId, clientId) !== undefined;
  }

  /** How many logs wait to be sent. */
  waitingCount(userId: string): number {
    return this.#read(userId).filter((e) => e.status === 'waiting').length;
  }

  /** Sends every waiting log, one at a time; a second call while sending joins the first. */
  flush(userId: string): Promise<void> {
    const running = this.#flushes.get(userId);
    if (running) return running;
    const flush = this.#sendWaiting(userId).finally(() => this.#flushes.delete(userId));
    this.#flushes.set(userId, flush);
    return flush;
  }

  // Picks the next waiting log each time round, so a log kept while sending is sent too.
  async #sendWaiting(userId: string): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const entry = this.#read(userId).find(
        (e) => e.status === 'waiting' && !tried.has(e.clientId),
      );
      if (!entry) return;
      tried.add(entry.clientId);
      this.#inFlight.add(entry.clientId);
      this.#notify();
      const result = await this.#deps.send(entry.body).catch((): SendResult => ({ kind: 'retry' }));
      this.#inFlight.delete(entry.clientId);
      this.#record(userId, entry.clientId, result);
      this.#notify();
      if (result.kind === 'retry') return;
    }
  }

  #record(userId: string, clientId: string, result: SendResult): void {
    if (result.kind === 'retry') return;
    const change: Partial<Entry> = { status: result.kind, doneAtMs: this.#deps.nowMs() };
    if (result.kind === 'rejected') change.message = result.message;
    this.#write(
      userId,
      this.#read(userId).map((e) => (e.clientId === clientId ? { ...e, ...change } : e)),
    );
  }

  #find(userId: string, clientId: string): Entry | undefined {
    return this.#read(userId).find((e) => e.clientId === clientId);
  }

  #read(userId: string): Entry[] {
    const known = this.#entries.get(userId);
    if (known) return known;
    const stored = readStored(this.#deps.store(), userId);
    this.#entries.set(userId, stored);
    return stored;
  }

  #write(userId: string, entries: Entry[]): void {
    const now = this.#deps.nowMs();
    const kept = entries.filter(
      (e) => e.status === 'waiting' || now - (e.doneAtMs ?? now) < KEEP_DONE_MS,
    );
    this.#entries.set(userId, kept);
    try {
      this.#deps.store()?.setItem(keyOf(userId), JSON.stringify(kept));
    } catch {
      // Storage is full or switched off: the log is still sent from memory during this visit.
    }
  }

  #notify(): void {
    this.#listeners.forEach((listener) => listener());
  }
}

function keyOf(userId: string): string {
  return `${PREFIX}:${userId}`;
}

function readStored(store: KeyValueStore | null, userId: string): Entry[] {
  try {
    const raw = store?.getItem(keyOf(userId));
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value) ? (value as Entry[]) : [];
  } catch {
    return [];
  }
}

/** Sends one log: saved on 201; tried again later when the network, the session or the server fails. */
export async function sendSessionLog(body: SessionLogBody): Promise<SendResult> {
  try {
    await callApi('createSessionLog', { body });
    return { kind: 'saved' };
  } catch (error) {
    if (!isApiError(error)) return { kind: 'retry' };
    const later =
      error.status === 0 ||
      error.status === 401 ||
      error.status === 408 ||
      error.status === 429 ||
      error.status >= 500;
    return later ? { kind: 'retry' } : { kind: 'rejected', message: error.message };
  }
}

/** The app's outbox, in this browser's storage. */
export const outbox = new Outbox({
  store: browserStorage,
  send: sendSessionLog,
  nowMs: () => Date.now(),
});
