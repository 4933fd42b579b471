// Whose session a tab's queued writes go out under (found in review of issue 13): a tab still open
// for Maya, after another tab signed her out and Dan in, must not send her check-ins under Dan's
// cookie. Dimensions: mayWriteFor with nobody remembered, the same person, someone else, and an
// unreadable record; the queue passes the owner of each write to its sender, and a sender that
// refuses keeps the write waiting (not sent, not lost).
import { describe, expect, it } from 'vitest';
import { mayWriteFor } from '../data/device-account.js';
import { MemoryStore } from '../features/session/session.fixtures.js';
import type { SyncOp } from './ops.js';
import { SyncQueue, type Outcome } from './sync-queue.js';

const ACCOUNT_KEY = 'pacewise.account.v1';
const account = (id: string) => JSON.stringify({ id, email: `${id}@example.org`, role: 'person' });

describe('mayWriteFor', () => {
  it.each<[string, string | null, boolean]>([
    ['nobody remembered (signed out elsewhere: the server answers 401)', null, true],
    ['the same person', account('maya'), true],
    ['someone else signed in on this device', account('dan'), false],
    ['an unreadable record', '{not json', true],
  ])('%s → %s', (_name, stored, allowed) => {
    const store = new MemoryStore();
    if (stored !== null) store.setItem(ACCOUNT_KEY, stored);
    expect(mayWriteFor('maya', store)).toBe(allowed);
  });
});

describe('the queue and the owner of a write', () => {
  const log = (clientId: string): SyncOp => ({
    kind: 'sessionLog',
    key: clientId,
    body: { clientId, startedAt: '2026-11-24T08:00:00.000Z', painBefore: 4, painAfter: 3, items: [{ exerciseId: 'walk-home-laps', status: 'done', minutes: 5 }] },
  });

  it('sends nothing of Maya’s while Dan has the device, and keeps it waiting', async () => {
    const store = new MemoryStore();
    store.setItem(ACCOUNT_KEY, account('dan'));
    const sentFor: string[] = [];
    const queue = new SyncQueue({
      store: () => store,
      nowMs: () => 1_000,
      newId: () => 'id-1',
      send: async (_op, _known, userId): Promise<Outcome> => {
        if (!mayWriteFor(userId, store)) return { kind: 'retry' };
        sentFor.push(userId);
        return { kind: 'saved' };
      },
    });
    queue.enqueue('maya', log('a'));
    await queue.flush('maya');
    expect(sentFor).toEqual([]);
    expect(queue.waitingCount('maya')).toBe(1);
    queue.enqueue('dan', log('b'));
    await queue.flush('dan');
    expect(sentFor).toEqual(['dan']);
  });
});
