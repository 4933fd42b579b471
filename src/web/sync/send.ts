/**
 * Sends one write to the server and sorts the answer: saved; try again later (no answer, signed
 * out, timeout, too many requests, a server fault); refused, with the server's words; or changed
 * since (409), with the check-in as the server has it now.
 */
import { isApiError, type ApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { resolveId, versionToSend, type KnownRows, type SyncOp, type WeekChangeRequest } from './ops.js';
import type { Outcome } from './sync-queue.js';

/** True for answers after which the same request may well succeed later. */
export function isWorthRetrying(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/** The outcome of a failed call: later, changed since, done (a delete of a row already gone), or refused. */
export async function outcomeOfError(error: unknown, op: SyncOp): Promise<Outcome> {
  if (!isApiError(error)) return { kind: 'retry' };
  if (isWorthRetrying(error.status)) return { kind: 'retry' };
  if (error.status === 409 && error.code === 'changed_since') return changedOrRefused(error);
  if (error.status === 404 && op.kind === 'deleteCheckin') return { kind: 'saved' };
  return { kind: 'rejected', message: error.message };
}

// The contract's schemas load only when a 409 needs checking: they stay off the first page.
async function changedOrRefused(error: ApiError): Promise<Outcome> {
  const { CheckinSchema } = await import('../../contract/checkin.js');
  const current = CheckinSchema.safeParse(error.current);
  return current.success ? { kind: 'changed', current: current.data } : { kind: 'rejected', message: error.message };
}

/** Sends `op` once; never throws. */
export async function sendOp(op: SyncOp, known: KnownRows): Promise<Outcome> {
  try {
    return await callFor(op, known);
  } catch (error) {
    return outcomeOfError(error, op);
  }
}

/** Words for an edit whose check-in never reached the server (its create was refused). */
const NO_ROW = 'The check-in this change was for was not saved.';

async function callFor(op: SyncOp, known: KnownRows): Promise<Outcome> {
  switch (op.kind) {
    case 'createCheckin':
    {
      const row = await callApi('createCheckin', { body: op.body });
      return { kind: 'saved', row, result: row };
    }
    case 'updateCheckin': {
      const id = resolveId(op.ref, known);
      if (id === null) return { kind: 'rejected', message: NO_ROW };
      const version = versionToSend(op, known);
      const body = { ...op.changes, changeId: op.changeId, ...(version ? { version } : {}) };
      return { kind: 'saved', row: await callApi('updateCheckin', { params: { id }, body }) };
    }
    case 'deleteCheckin': {
      const id = resolveId(op.ref, known);
      if (id === null) return { kind: 'saved' };
      const version = versionToSend(op, known);
      await callApi('deleteCheckin', { params: { id }, query: version ? { version } : {} });
      return { kind: 'saved' };
    }
    case 'sessionLog':
      await callApi('createSessionLog', { body: op.body });
      return { kind: 'saved' };
    case 'badDay': {
      const query = { date: op.date };
      return { kind: 'saved', result: await (op.bad ? callApi('markBadDay', { query }) : callApi('unmarkBadDay', { query })) };
    }
    case 'answerQuestionnaire':
      return { kind: 'saved', result: await callApi('answerQuestionnaire', { body: op.body }) };
    case 'weekChange':
      return { kind: 'saved', result: await sendWeekChange(op.change) };
  }
}

function sendWeekChange(change: WeekChangeRequest): Promise<unknown> {
  switch (change.action) {
    case 'swap':
      return callApi('swapExercise', { body: { from: change.from, to: change.to } });
    case 'undoSwap':
      return callApi('undoSwap', { params: { exerciseId: change.exerciseId } });
    case 'move':
      return callApi('moveSession', { body: { fromDay: change.fromDay, fromSlot: change.fromSlot, toDay: change.toDay, toSlot: change.toSlot } });
    case 'undoMove':
      return callApi('undoMove', { query: { day: change.day, slot: change.slot } });
  }
}
