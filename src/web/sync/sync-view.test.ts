/** The small view the first page reads waiting writes through, shared with the queue that sends them. */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../features/session/session.fixtures.js';
import type { SyncOp } from './ops.js';
import { queueKey } from './sync-storage.js';
import { SyncQueue, type Outcome } from './sync-queue.js';
import { SyncView } from './sync-view.js';

const log = (clientId: string): SyncOp => ({
  kind: 'sessionLog',
  key: clientId,
  body: { clientId, startedAt: '2026-11-24T08:00:00.000Z', painBefore: 4, painAfter: 3, items: [{ exerciseId: 'walk-home-laps', status: 'done', minutes: 5 }] },
});

function queueOver(view: SyncView, store: MemoryStore, answer: () => Promise<Outcome>) {
  return new SyncQueue({ store: () => store, nowMs: () => 1_000, newId: () => 'id-1', send: answer }, view);
}

describe('sync view', () => {
  it('reads what an earlier visit kept, before the queue engine exists', () => {
    const store = new MemoryStore();
    queueOver(new SyncView(() => store), store, () => new Promise(() => undefined)).enqueue('u1', log('a'));
    const view = new SyncView(() => store);
    expect(view.entries('u1').map((e) => [e.op.key, e.status])).toEqual([['a', 'waiting']]);
    expect(view.statusOf('u1', 'a')).toBe('waiting');
    expect(view.statusOf('u1', 'b')).toBe('unknown');
  });

  it('sees the engine it is given send, save and be cleared, and tells its listeners each time', async () => {
    const store = new MemoryStore();
    const view = new SyncView(() => store);
    let answer: (outcome: Outcome) => void = () => undefined;
    const queue = queueOver(view, store, () => new Promise((resolve) => (answer = resolve)));
    let calls = 0;
    view.subscribe(() => (calls += 1));
    queue.enqueue('u1', log('a'));
    const flushing = queue.flush('u1');
    expect(view.statusOf('u1', 'a')).toBe('sending');
    answer({ kind: 'saved' });
    await flushing;
    expect(view.statusOf('u1', 'a')).toBe('saved');
    expect(calls).toBeGreaterThanOrEqual(3);
    view.clear('u1');
    expect(queue.entries('u1')).toEqual([]);
    expect(store.getItem(queueKey('u1'))).toBeNull();
  });
});
