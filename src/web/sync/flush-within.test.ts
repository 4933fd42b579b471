// How long a sign-out (and a page that sends at once) waits for queued writes: `flushWithin`.
// Dimensions: nothing waiting (returns at once, sends nothing); a server that answers (the write
// is saved before it returns); a server that never answers (it returns after the limit, and the
// write is still waiting, not lost); a server that answers after the limit (saved later all the same).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../features/session/session.fixtures.js';
import type { SyncOp } from './ops.js';
import { SyncQueue, type Outcome } from './sync-queue.js';

const logOp = (clientId: string): SyncOp => ({
  kind: 'sessionLog',
  key: clientId,
  body: { clientId, startedAt: '2026-12-05T08:00:00.000Z', painBefore: 4, painAfter: 3, items: [{ exerciseId: 'walk-home-laps', status: 'done', minutes: 5 }] },
});

function queueAnswering(answer: () => Promise<Outcome>) {
  const store = new MemoryStore();
  const sent: string[] = [];
  const queue = new SyncQueue({
    store: () => store,
    nowMs: () => Date.now(),
    newId: () => 'id',
    send: async (op) => {
      sent.push(op.key);
      return answer();
    },
  });
  return { queue, sent };
}

describe('flushWithin', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns at once and sends nothing when nothing waits', async () => {
    const { queue, sent } = queueAnswering(async () => ({ kind: 'saved' }));
    await queue.flushWithin('maya', 5_000);
    expect(sent).toEqual([]);
  });

  it('waits until a server that answers has saved the write', async () => {
    const { queue, sent } = queueAnswering(async () => ({ kind: 'saved' }));
    queue.enqueue('maya', logOp('a'));
    await queue.flushWithin('maya', 5_000);
    expect(sent).toEqual(['a']);
    expect(queue.waitingCount('maya')).toBe(0);
  });

  it('gives up after the limit when the server never answers, and keeps the write waiting', async () => {
    const { queue } = queueAnswering(() => new Promise<Outcome>(() => undefined));
    queue.enqueue('maya', logOp('a'));
    let done = false;
    const waiting = queue.flushWithin('maya', 5_000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
    expect(queue.waitingCount('maya')).toBe(1);
  });

  it('lets a slow answer save the write after it has stopped waiting', async () => {
    const { queue } = queueAnswering(() => new Promise<Outcome>((resolve) => setTimeout(() => resolve({ kind: 'saved' }), 8_000)));
    queue.enqueue('maya', logOp('a'));
    const waiting = queue.flushWithin('maya', 5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await waiting;
    expect(queue.waitingCount('maya')).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(queue.waitingCount('maya')).toBe(0);
  });
});
