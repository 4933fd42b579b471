/**
 * The app's one sync queue, in this browser's storage, and the writes pages make through it.
 * Every write is kept on the device first and then sent; after it is saved, the pages that show
 * it are asked to fetch again (`refreshData`).
 */
import type { Checkin, CreateCheckinRequest } from '../../contract/checkin.js';
import type { SessionLogBody } from '../../core/session-player/index.js';
import { refreshData } from '../data/cache.js';
import { mayWriteFor } from '../data/device-account.js';
import { browserStorage } from '../features/session/session-storage.js';
import { newClientId } from '../lib/new-client-id.js';
import type { CheckinChanges, CheckinRef, SyncOp, WeekChangeRequest } from './ops.js';
import { sendOp } from './send.js';
import { SyncQueue } from './sync-queue.js';
import { syncView } from './synced.js';

export { clearSyncData } from './synced.js';

/** What each kind of write changes on screen: the data-cache prefixes to fetch again once it is saved. */
const REFRESH: Record<SyncOp['kind'], readonly string[]> = {
  createCheckin: ['checkin', 'my-plan', 'pacing', 'insights', 'timeline'],
  updateCheckin: ['checkin', 'my-plan', 'pacing', 'insights', 'timeline'],
  deleteCheckin: ['checkin', 'my-plan', 'pacing', 'insights', 'timeline'],
  sessionLog: ['my-plan', 'pacing', 'insights', 'timeline'],
  badDay: ['my-plan', 'timeline'],
  // Not `q-due`: the page that sent the answers shows their result, and asking it again would
  // replace the result with "nothing is due"; pages that show what is due load it when opened.
  answerQuestionnaire: ['q-history', 'timeline'],
  weekChange: ['my-plan'],
};

/** The queue of this browser. */
export const sync = new SyncQueue({
  store: browserStorage,
  // A queue whose person is no longer the device's (signed out in another tab, someone else signed
  // in) waits instead: sent now, its writes would land in the other person's record.
  send: (op, known, userId) => (mayWriteFor(userId, browserStorage()) ? sendOp(op, known) : Promise.resolve({ kind: 'retry' })),
  nowMs: () => Date.now(),
  newId: () => newClientId(),
  onSaved: (op) => REFRESH[op.kind].forEach((prefix) => refreshData(prefix)),
}, syncView);

function keep(userId: string, op: SyncOp): void {
  sync.enqueue(userId, op);
  void sync.flush(userId);
}

/** Keeps a new check-in (with its clientId) and sends it; `preview` is the row shown until the server has it. */
export function saveCheckin(userId: string, body: CreateCheckinRequest & { clientId: string }, preview: Checkin): void {
  keep(userId, { kind: 'createCheckin', key: body.clientId, body, preview });
}

/**
 * How a write names the check-in shown as `id`: by its clientId when it was made on this device
 * (its id until the server answered), with no version of its own; else by id, on `version`.
 */
function refOf(userId: string, id: string, version: string): { ref: CheckinRef; version: string | null } {
  const madeHere = sync.entries(userId).some((e) => e.op.kind === 'createCheckin' && e.op.body.clientId === id);
  return madeHere ? { ref: { clientId: id }, version: null } : { ref: { id }, version };
}

/** Keeps an edit of the check-in shown as `id`, made on `version` (its updatedAt), and sends it. */
export function editCheckin(userId: string, id: string, version: string, changes: CheckinChanges): string {
  const changeId = newClientId();
  keep(userId, { kind: 'updateCheckin', key: changeId, changeId, changes, ...refOf(userId, id, version) });
  return changeId;
}

/** Keeps a delete of the check-in shown as `id`, made on `version`, and sends it. */
export function deleteCheckin(userId: string, id: string, version: string): string {
  const key = newClientId();
  keep(userId, { kind: 'deleteCheckin', key, ...refOf(userId, id, version) });
  return key;
}

/** Sends what waits, giving up waiting for an answer after `ms` (the write stays queued either way). */
export function sendSoon(userId: string, ms = 4_000): Promise<void> {
  return sync.flushWithin(userId, ms);
}

/** Keeps a session log, or a walk or swim, and sends it; its clientId names it. */
export function logSession(userId: string, body: SessionLogBody): void {
  keep(userId, { kind: 'sessionLog', key: body.clientId, body });
}

/** Keeps a bad-day mark (or its undoing) for the day it was tapped, and sends it. */
export function markBadDay(userId: string, date: string, bad: boolean): string {
  const key = newClientId();
  keep(userId, { kind: 'badDay', key, date, bad });
  return key;
}

/** Keeps a swap or move of this week (or its Undo) and sends it; returns its key. */
export function changeWeek(userId: string, change: WeekChangeRequest): string {
  const key = newClientId();
  keep(userId, { kind: 'weekChange', key, change });
  return key;
}

/** Keeps a questionnaire's answers and sends them; their clientId names them. */
export function answerQuestionnaire(userId: string, body: Extract<SyncOp, { kind: 'answerQuestionnaire' }>['body']): void {
  keep(userId, { kind: 'answerQuestionnaire', key: body.clientId, body });
}

/** How long signing out waits for waiting writes to go while the session still works. */
const SEND_BEFORE_SIGN_OUT_MS = 5_000;

/**
 * Sends what waits before a sign-out clears the device, for at most a few seconds: a check-in made
 * on the bus reaches the server instead of being cleared with the rest.
 */
export function sendBeforeSignOut(userId: string): Promise<void> {
  return sync.flushWithin(userId, SEND_BEFORE_SIGN_OUT_MS);
}
