/**
 * The writes a person makes, as the sync queue keeps them, and the queue's own rules — pure, so
 * they are tested as tables and properties. Why a hand-written queue and not a library's
 * mutation queue: these rules are the domain's — an edit or delete of a check-in still waiting
 * to be created folds into that create (one request, one row); an edit of a check-in made offline
 * names it by its clientId until the server gives its id; a 409 is kept with the check-in as it
 * stands so the person can apply their change again. Reads and their cache are not here.
 */
import type { z } from 'zod';
import type { Checkin, CreateCheckinRequest, UpdateCheckinRequest } from '../../contract/checkin.js';
import type { AnswerQuestionnaireRequest } from '../../contract/questionnaire.js';
import type { SessionLogBody } from '../../core/session-player/index.js';

/** A swap or a move of this week (issue 15), or its Undo. */
export type WeekChangeRequest =
  | { action: 'swap'; from: string; to: string }
  | { action: 'undoSwap'; exerciseId: string }
  | { action: 'move'; fromDay: number; fromSlot: 'morning' | 'midday' | 'evening'; toDay: number; toSlot: 'morning' | 'midday' | 'evening' }
  | { action: 'undoMove'; day: number; slot: 'morning' | 'midday' | 'evening' };

/** The check-in fields an edit may change (no version bookkeeping). */
export type CheckinChanges = Omit<UpdateCheckinRequest, 'version' | 'changeId'>;

/** Which check-in an edit or delete is for: the server's id, or the device's clientId before it has one. */
export type CheckinRef = { id: string } | { clientId: string };

/**
 * One write kept on the device. `key` is the write's own id: the clientId of a create, a log or an
 * answer; the changeId of an edit; a new id for a delete or a bad-day mark.
 */
export type SyncOp =
  | {
      kind: 'createCheckin';
      key: string;
      body: CreateCheckinRequest & { clientId: string };
      preview: Checkin;
      /** Edits folded in after the create was tried once: if that try was stored, they follow as an edit. */
      after?: CheckinChanges;
    }
  | { kind: 'updateCheckin'; key: string; ref: CheckinRef; version: string | null; changeId: string; changes: CheckinChanges }
  | { kind: 'deleteCheckin'; key: string; ref: CheckinRef; version: string | null }
  | { kind: 'sessionLog'; key: string; body: SessionLogBody }
  | { kind: 'badDay'; key: string; date: string; bad: boolean }
  | { kind: 'weekChange'; key: string; change: WeekChangeRequest }
  | { kind: 'answerQuestionnaire'; key: string; body: z.input<typeof AnswerQuestionnaireRequest> & { clientId: string } };

/** Where one write stands. `changed`: the server had a newer version (409), kept for "apply again". */
export type EntryStatus = 'waiting' | 'saved' | 'rejected' | 'changed';

/** A write and what became of it. */
export interface SyncEntry {
  op: SyncOp;
  status: EntryStatus;
  queuedAtMs: number;
  doneAtMs?: number;
  /** Tries that ended in "later", and when the next may start (back-off). */
  attempts: number;
  notBeforeMs: number;
  /** The server's own words for a refusal, kept for the person. */
  message?: string;
  /** With `changed`: the check-in as the server has it now. With `saved`: the server's answer, when a page needs it. */
  current?: Checkin;
  result?: unknown;
}

/** What the device knows of check-ins it created: the server's id and the newest version it saw. */
export interface KnownRows {
  ids: Record<string, string>;
  versions: Record<string, string>;
}

/** The key a check-in is shown under: its clientId while it waits to be created, else its id. */
export function keyOfRef(ref: CheckinRef): string {
  return 'id' in ref ? ref.id : ref.clientId;
}

/** True when `op` is about the check-in named by `key` (under its clientId or its id). */
export function touchesCheckin(op: SyncOp, key: string, known: KnownRows): boolean {
  if (op.kind === 'createCheckin') return op.body.clientId === key || known.ids[op.body.clientId] === key;
  if (op.kind !== 'updateCheckin' && op.kind !== 'deleteCheckin') return false;
  const opKey = keyOfRef(op.ref);
  return opKey === key || known.ids[opKey] === key || known.ids[key] === opKey;
}

/** The waiting create of the check-in named by `key`, if it is not being sent right now. */
function waitingCreateIndex(entries: readonly SyncEntry[], key: string, busy: ReadonlySet<string>): number {
  return entries.findIndex(
    (e) => e.status === 'waiting' && e.op.kind === 'createCheckin' && e.op.body.clientId === key && !busy.has(e.op.key),
  );
}

/**
 * A create with an edit folded in: the request and the row the person sees. A create tried
 * before may be stored already (its answer lost), and a repeat is answered with the row as first
 * sent — so the edit is also kept in `after`, to follow as an edit when the row lacks it.
 */
function foldEdit(entry: CreateEntry, changes: CheckinChanges): SyncOp {
  const { op } = entry;
  const body = { ...op.body, ...changes };
  const preview = { ...op.preview, ...withoutUndefined(changes) } as Checkin;
  return entry.attempts === 0 ? { ...op, body, preview } : { ...op, body, preview, after: { ...op.after, ...changes } };
}

/** True when a stored row already has every change (compared as the server writes them). */
export function hasChanges(row: Checkin, changes: CheckinChanges): boolean {
  return Object.entries(withoutUndefined(changes)).every(([field, value]) => {
    const stored: unknown = row[field as keyof Checkin];
    if (field === 'at' && typeof value === 'string' && typeof stored === 'string') return Date.parse(value) === Date.parse(stored);
    return JSON.stringify(stored) === JSON.stringify(value);
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Adds a write to the queue, folding where the domain allows: an edit of a check-in whose create
 * still waits becomes part of that create (one request, one row); a delete of a check-in whose
 * create was never tried removes the create, and nothing is sent. An edit or delete behind another waiting write of the same check-in takes its
 * version from that write's answer (`version: null`). `busy` holds the keys being sent now.
 */
export function addOp(entries: readonly SyncEntry[], entry: SyncEntry, busy: ReadonlySet<string>, known: KnownRows): SyncEntry[] {
  const { op } = entry;
  if (op.kind === 'createCheckin' || op.kind === 'sessionLog' || op.kind === 'answerQuestionnaire' || op.kind === 'weekChange') {
    return entries.some((e) => e.op.kind === op.kind && e.op.key === op.key) ? [...entries] : [...entries, entry];
  }
  if (op.kind === 'badDay') {
    // The newest mark or unmark of a day is what the person meant; an older one not being sent is dropped.
    const isOlder = (e: SyncEntry) => e.status === 'waiting' && e.op.kind === 'badDay' && e.op.date === op.date && !busy.has(e.op.key);
    return [...entries.filter((e) => !isOlder(e)), entry];
  }
  const index = 'clientId' in op.ref ? waitingCreateIndex(entries, op.ref.clientId, busy) : -1;
  const create = entries[index];
  // Folding into the create would put this write before writes of the same check-in queued after it.
  const isLast = !entries.some((e, i) => i > index && e.status === 'waiting' && touchesCheckin(e.op, keyOfRef(op.ref), known));
  if (create && isCreateEntry(create) && isLast) {
    // A delete of a create never tried removes it; one tried may be stored, so the delete is sent.
    if (op.kind === 'deleteCheckin' && create.attempts === 0) return entries.filter((_, i) => i !== index);
    if (op.kind === 'updateCheckin') return entries.map((e, i) => (i === index ? { ...e, op: foldEdit(create, op.changes) } : e));
  }
  const behind = entries.some((e) => e.status === 'waiting' && touchesCheckin(e.op, keyOfRef(op.ref), known));
  return [...entries, behind ? { ...entry, op: { ...op, version: null } } : entry];
}

type CreateEntry = SyncEntry & { op: Extract<SyncOp, { kind: 'createCheckin' }> };

function isCreateEntry(entry: SyncEntry): entry is CreateEntry {
  return entry.op.kind === 'createCheckin';
}

/** A check-in as the person sees it with their waiting writes applied; null when they deleted it. */
export function applyWaiting(checkin: Checkin, entries: readonly SyncEntry[], known: KnownRows): Checkin | null {
  let shown: Checkin | null = checkin;
  for (const e of entries) {
    if (e.status !== 'waiting' || !shown || !touchesCheckin(e.op, checkin.id, known)) continue;
    if (e.op.kind === 'deleteCheckin') shown = null;
    else if (e.op.kind === 'updateCheckin') shown = { ...shown, ...withoutUndefined(e.op.changes) } as Checkin;
  }
  return shown;
}

/** The check-ins made on this device and not yet on the server, as the person sees them. */
export function waitingCreates(entries: readonly SyncEntry[], known: KnownRows): Checkin[] {
  return entries.flatMap((e) => {
    if (e.op.kind !== 'createCheckin' || e.status !== 'waiting') return [];
    const shown = applyWaiting(e.op.preview, entries, known);
    return shown ? [shown] : [];
  });
}

/** The version an edit or delete is sent with: its own, or the newest this device saw of its row. */
export function versionToSend(op: Extract<SyncOp, { kind: 'updateCheckin' | 'deleteCheckin' }>, known: KnownRows): string | undefined {
  if (op.version !== null) return op.version;
  const id = resolveId(op.ref, known);
  return id === null ? undefined : known.versions[id];
}

/** The server's id of a check-in, or null while its create has not been answered. */
export function resolveId(ref: CheckinRef, known: KnownRows): string | null {
  return 'id' in ref ? ref.id : (known.ids[ref.clientId] ?? null);
}
