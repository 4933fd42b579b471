// The queue's own rules, as tables. Dimensions: an edit folds into a create never tried (one
// request), not into one tried or being sent; a delete of a create never tried removes both; a
// write behind another of the same check-in takes its version from that one's answer; the same
// create, log or answer kept once; the newest bad-day mark of a day wins; what a person sees.
import { describe, expect, it } from 'vitest';
import { addOp, applyWaiting, hasChanges, resolveId, versionToSend, waitingCreates, type KnownRows, type SyncEntry, type SyncOp } from './ops.js';
import { checkinOf } from './fake-server.js';

const NONE: KnownRows = { ids: {}, versions: {} };
const entry = (op: SyncOp, extra: Partial<SyncEntry> = {}): SyncEntry => ({ op, status: 'waiting', queuedAtMs: 0, attempts: 0, notBeforeMs: 0, ...extra });
const preview = { ...checkinOf({ id: 'c1', clientId: 'c1', pain: 5, updatedAt: 'v0', changeId: null }) };
const create = (clientId = 'c1'): SyncOp => ({ kind: 'createCheckin', key: clientId, body: { clientId, pain: 5 }, preview: { ...preview, id: clientId } });
const edit = (ref: { id: string } | { clientId: string }, pain: number, version: string | null = 'v1'): SyncOp =>
  ({ kind: 'updateCheckin', key: `e${pain}`, ref, version, changeId: `e${pain}`, changes: { pain } });
const remove = (ref: { id: string } | { clientId: string }, version: string | null = 'v1'): SyncOp => ({ kind: 'deleteCheckin', key: 'd', ref, version });
const add = (entries: SyncEntry[], op: SyncOp, busy: string[] = [], known = NONE) => addOp(entries, entry(op), new Set(busy), known);

describe('addOp', () => {
  it('folds an edit of a create never tried into it: one request, the edit in it', () => {
    const queue = add([entry(create())], edit({ clientId: 'c1' }, 2));
    expect(queue).toHaveLength(1);
    expect(queue[0]?.op).toMatchObject({ kind: 'createCheckin', body: { clientId: 'c1', pain: 2 }, preview: { pain: 2 } });
  });

  it('removes a create never tried, and sends nothing, when it is deleted', () => {
    expect(add([entry(create())], remove({ clientId: 'c1' }))).toEqual([]);
  });

  it('folds an edit into a create tried once, and keeps it to follow as an edit if that try was stored', () => {
    const queue = add([entry(create(), { attempts: 1 })], edit({ clientId: 'c1' }, 2));
    expect(queue).toHaveLength(1);
    expect(queue[0]?.op).toMatchObject({ body: { pain: 2 }, after: { pain: 2 } });
  });

  it('does not fold into a create with a later write of the same check-in queued behind it (order kept)', () => {
    const queue = add([entry(create(), { attempts: 1 }), entry(edit({ clientId: 'c1' }, 7, null))], edit({ clientId: 'c1' }, 2));
    expect(queue.map((e) => [e.op.kind, e.op.kind === 'updateCheckin' ? e.op.changes.pain : null])).toEqual([
      ['createCheckin', null], ['updateCheckin', 7], ['updateCheckin', 2],
    ]);
  });

  it('sends a delete of a create tried once (it may be stored), by its clientId', () => {
    const queue = add([entry(create(), { attempts: 1 })], remove({ clientId: 'c1' }, null));
    expect(queue.map((e) => e.op.kind)).toEqual(['createCheckin', 'deleteCheckin']);
  });

  it('does not fold into a create being sent: the edit waits behind it, on the version its answer brings', () => {
    const queue = add([entry(create())], edit({ clientId: 'c1' }, 2), ['c1']);
    expect(queue).toHaveLength(2);
    expect(queue[1]?.op).toMatchObject({ kind: 'updateCheckin', ref: { clientId: 'c1' }, version: null });
  });

  it.each([
    ['the same pain', { pain: 5 }, true],
    ['another pain', { pain: 6 }, false],
    ['the same time in another offset', { at: '2026-11-24T10:00:00.000+01:00' }, true],
    ['notes the row lacks', { notes: 'Better' }, false],
  ])('a row has %s: %s', (_what, changes, expected) => {
    expect(hasChanges(preview, changes)).toBe(expected);
  });

  it('gives an edit behind another edit of the same check-in the version of that edit’s answer', () => {
    const first = add([], edit({ id: 'r1' }, 2, 'v1'));
    const second = add(first, edit({ id: 'r1' }, 3, 'v1'));
    expect(second.map((e) => e.op)).toMatchObject([{ version: 'v1' }, { version: null }]);
  });

  it('keeps an edit of another check-in on its own version', () => {
    const queue = add(add([], edit({ id: 'r1' }, 2, 'v1')), edit({ id: 'r2' }, 3, 'v7'));
    expect(queue[1]?.op).toMatchObject({ version: 'v7' });
  });

  it.each([
    ['check-in', create()],
    ['session log', { kind: 'sessionLog', key: 's1', body: { clientId: 's1', startedAt: '2026-11-24T08:00:00.000Z', painBefore: 3, painAfter: 3, items: [] } } satisfies SyncOp],
  ])('keeps the same %s once', (_what, op) => {
    expect(add(add([], op), op)).toHaveLength(1);
  });

  it('keeps only the newest bad-day mark of a day that is not being sent', () => {
    const mark = (key: string, bad: boolean): SyncOp => ({ kind: 'badDay', key, date: '2026-11-24', bad });
    expect(add(add([], mark('a', true)), mark('b', false)).map((e) => e.op.key)).toEqual(['b']);
    expect(add(add([], mark('a', true)), mark('b', false), ['a']).map((e) => e.op.key)).toEqual(['a', 'b']);
  });
});

describe('what the person sees', () => {
  const known: KnownRows = { ids: { c1: 'r1' }, versions: { r1: 'v3' } };

  it('applies waiting edits and leaves out waiting deletes', () => {
    const row = { ...preview, id: 'r1' };
    expect(applyWaiting(row, [entry(edit({ clientId: 'c1' }, 9))], known)?.pain).toBe(9);
    expect(applyWaiting(row, [entry(remove({ id: 'r1' }))], known)).toBeNull();
    expect(applyWaiting(row, [entry(edit({ id: 'r1' }, 9), { status: 'changed' })], known)?.pain).toBe(5);
  });

  it('lists check-ins made here and not yet sent, with their edits', () => {
    const entries = add([entry(create('c2'), { attempts: 1 })], edit({ clientId: 'c2' }, 1));
    expect(waitingCreates(entries, NONE).map((c) => [c.id, c.pain])).toEqual([['c2', 1]]);
  });

  it('names a check-in made here by the id the server gave, with the newest version it saw', () => {
    const op = edit({ clientId: 'c1' }, 2, null);
    expect(resolveId({ clientId: 'c1' }, known)).toBe('r1');
    expect(resolveId({ clientId: 'c9' }, known)).toBeNull();
    expect(op.kind === 'updateCheckin' ? versionToSend(op, known) : null).toBe('v3');
  });
});
