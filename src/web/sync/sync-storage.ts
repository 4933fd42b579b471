/**
 * The sync queue as kept in the browser's storage, one entry per person. A queue kept by the
 * session outbox before it moved here (`pacewise.outbox.v1`) is read once and taken over.
 */
import type { SessionLogBody } from '../../core/session-player/index.js';
import type { KeyValueStore } from '../features/session/session-storage.js';
import type { EntryStatus, KnownRows, SyncEntry, SyncOp } from './ops.js';

const PREFIX = 'pacewise.sync.v1';
const LEGACY_PREFIX = 'pacewise.outbox.v1';
const KINDS: ReadonlySet<SyncOp['kind']> = new Set(['createCheckin', 'updateCheckin', 'deleteCheckin', 'sessionLog', 'badDay', 'answerQuestionnaire', 'weekChange']);
const STATUSES: ReadonlySet<EntryStatus> = new Set(['waiting', 'saved', 'rejected', 'changed']);

/** One person's queue and what the device knows of the rows it created. */
export interface StoredQueue {
  entries: SyncEntry[];
  known: KnownRows;
}

/** An empty queue. */
export function emptyQueue(): StoredQueue {
  return { entries: [], known: { ids: {}, versions: {} } };
}

/** The storage key of a person's queue. */
export function queueKey(userId: string): string {
  return `${PREFIX}:${userId}`;
}

/** Reads a person's queue; unreadable storage gives an empty one. */
export function readQueue(store: KeyValueStore | null, userId: string): StoredQueue {
  try {
    const raw = store?.getItem(queueKey(userId));
    if (raw) return toQueue(JSON.parse(raw));
    return { ...emptyQueue(), entries: readLegacy(store, userId) };
  } catch {
    return emptyQueue();
  }
}

/** Writes a person's queue; a full or blocked storage keeps it in memory only. */
export function writeQueue(store: KeyValueStore | null, userId: string, queue: StoredQueue): void {
  try {
    store?.setItem(queueKey(userId), JSON.stringify(queue));
    store?.removeItem(`${LEGACY_PREFIX}:${userId}`);
  } catch {
    // Storage is full or switched off: the writes are still sent from memory during this visit.
  }
}

/** Forgets a person's queue, the old outbox's included. */
export function removeQueue(store: KeyValueStore | null, userId: string): void {
  try {
    store?.removeItem(queueKey(userId));
    store?.removeItem(`${LEGACY_PREFIX}:${userId}`);
  } catch {
    // Nothing stored, or storage switched off: nothing to forget.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is SyncEntry {
  if (!isRecord(value) || !isRecord(value.op)) return false;
  const { kind, key } = value.op;
  return typeof kind === 'string' && KINDS.has(kind as SyncOp['kind']) && typeof key === 'string' &&
    typeof value.status === 'string' && STATUSES.has(value.status as EntryStatus) && typeof value.queuedAtMs === 'number';
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function toQueue(value: unknown): StoredQueue {
  if (!isRecord(value) || !Array.isArray(value.entries)) return emptyQueue();
  const known = isRecord(value.known) ? value.known : {};
  return {
    entries: value.entries.filter(isEntry).map((e) => ({ ...e, attempts: e.attempts ?? 0, notBeforeMs: e.notBeforeMs ?? 0 })),
    known: { ids: isStringMap(known.ids) ? known.ids : {}, versions: isStringMap(known.versions) ? known.versions : {} },
  };
}

interface LegacyEntry {
  clientId: string;
  body: SessionLogBody;
  status: 'waiting' | 'saved' | 'rejected';
  message?: string;
  queuedAtMs: number;
  doneAtMs?: number;
}

function isLegacyEntry(value: unknown): value is LegacyEntry {
  return isRecord(value) && typeof value.clientId === 'string' && isRecord(value.body) &&
    (value.status === 'waiting' || value.status === 'saved' || value.status === 'rejected') && typeof value.queuedAtMs === 'number';
}

/** Session logs the outbox kept before it moved into the sync module. */
function readLegacy(store: KeyValueStore | null, userId: string): SyncEntry[] {
  const raw = store?.getItem(`${LEGACY_PREFIX}:${userId}`);
  const value: unknown = raw ? JSON.parse(raw) : [];
  if (!Array.isArray(value)) return [];
  return value.filter(isLegacyEntry).map((e) => ({
    op: { kind: 'sessionLog', key: e.clientId, body: e.body },
    status: e.status,
    queuedAtMs: e.queuedAtMs,
    attempts: 0,
    notBeforeMs: 0,
    ...(e.doneAtMs !== undefined ? { doneAtMs: e.doneAtMs } : {}),
    ...(e.message !== undefined ? { message: e.message } : {}),
  }));
}
