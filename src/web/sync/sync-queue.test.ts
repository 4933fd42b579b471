// The sync queue. Dimensions: a write kept and sent once; waiting while offline, then sent in
// order; one entry per clientId and one flush at a time; a write kept while another is on its way;
// a refusal kept with the server's words; back-off between tries; storage full or unreadable; the
// session outbox's old storage taken over; 409 kept with the current check-in and applied again
// on it; a delete of a row gone counted as done; the answers sorted into saved / later / refused /
// changed; everything forgotten on clearing. And the property: over random interleavings of
// writes, flushes, lost requests, lost answers, requests delivered twice and writes made while
// another is on its way, against a server with our rules, the server ends with exactly the rows
// the person meant — each create once, the last edit applied, deletes gone.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setFetcher } from '../api/client.js';
import { MemoryStore } from '../features/session/session.fixtures.js';
import { checkinOf, FakeServer, networkTo, type Delivery } from './fake-server.js';
import type { SyncOp } from './ops.js';
import { sendOp } from './send.js';
import { SyncQueue, type Outcome } from './sync-queue.js';

const log = (clientId: string): SyncOp => ({
  kind: 'sessionLog',
  key: clientId,
  body: { clientId, startedAt: '2026-11-24T08:00:00.000Z', painBefore: 4, painAfter: 3, items: [{ exerciseId: 'walk-home-laps', status: 'done', minutes: 5 }] },
});

function setup(answers: Outcome[], store = new MemoryStore()) {
  const sent: string[] = [];
  const saved: string[] = [];
  let now = 1_000;
  let ids = 0;
  const queue = new SyncQueue({
    store: () => store,
    nowMs: () => now,
    newId: () => `id-${(ids += 1)}`,
    send: async (op) => {
      sent.push(op.key);
      return answers.shift() ?? { kind: 'saved' };
    },
    onSaved: (op) => saved.push(op.kind),
  });
  return { store, sent, saved, queue, advance: (ms: number) => (now += ms) };
}

describe('sync queue', () => {
  it('keeps a write, sends it once, remembers it was saved, and asks for fresh data', async () => {
    const { queue, sent, saved } = setup([]);
    queue.enqueue('u', log('a'));
    expect(queue.statusOf('u', 'a')).toBe('waiting');
    await queue.flush('u');
    await queue.flush('u');
    expect([sent, queue.statusOf('u', 'a'), saved]).toEqual([['a'], 'saved', ['sessionLog']]);
  });

  it('waits while offline and sends in order when tried again', async () => {
    const { queue, sent } = setup([{ kind: 'retry' }]);
    queue.enqueue('u', log('a'));
    queue.enqueue('u', log('b'));
    await queue.flush('u');
    expect([sent, queue.statusOf('u', 'a'), queue.waitingCount('u')]).toEqual([['a'], 'waiting', 2]);
    await queue.flush('u');
    expect([sent, queue.waitingCount('u')]).toEqual([['a', 'a', 'b'], 0]);
  });

  it('waits out its back-off unless told to send now', async () => {
    const { queue, sent, advance } = setup([{ kind: 'retry' }, { kind: 'retry' }]);
    queue.enqueue('u', log('a'));
    await queue.flush('u');
    await queue.flush('u', false);
    expect(sent).toEqual(['a']);
    advance(2_000);
    await queue.flush('u', false);
    expect(sent).toEqual(['a', 'a']);
    advance(2_000);
    await queue.flush('u', false);
    expect(sent).toHaveLength(2);
    await queue.flush('u');
    expect(sent).toHaveLength(3);
  });

  it('keeps one entry per clientId, and one flush at a time', async () => {
    const { queue, sent } = setup([]);
    queue.enqueue('u', log('a'));
    queue.enqueue('u', log('a'));
    await Promise.all([queue.flush('u'), queue.flush('u')]);
    expect(sent).toEqual(['a']);
  });

  it('sends a write kept while another is on its way', async () => {
    const { queue, sent } = setup([]);
    queue.enqueue('u', log('a'));
    const flushing = queue.flush('u');
    queue.enqueue('u', log('b'));
    expect(queue.statusOf('u', 'a')).toBe('sending');
    await flushing;
    expect(sent).toEqual(['a', 'b']);
  });

  it('keeps a refusal with the server’s words and does not send it again', async () => {
    const { queue, sent } = setup([{ kind: 'rejected', message: 'A session cannot start in the future.' }]);
    queue.enqueue('u', log('a'));
    await queue.flush('u');
    await queue.flush('u');
    expect([sent, queue.statusOf('u', 'a'), queue.find('u', 'a')?.message]).toEqual([['a'], 'rejected', 'A session cannot start in the future.']);
  });

  it('still sends from memory when storage is full', async () => {
    const full = new MemoryStore();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const { queue, sent } = setup([], full);
    queue.enqueue('u', log('a'));
    await queue.flush('u');
    expect([sent, queue.statusOf('u', 'a')]).toEqual([['a'], 'saved']);
  });

  it('treats unreadable storage as empty, and people apart', () => {
    const { queue, store } = setup([]);
    store.setItem('pacewise.sync.v1:u', '{not json');
    expect(queue.statusOf('u', 'a')).toBe('unknown');
    queue.enqueue('v', log('a'));
    expect(queue.has('u', 'a')).toBe(false);
  });

  it('takes over the logs the session outbox kept before it moved here, and sends them', async () => {
    const store = new MemoryStore();
    const waiting = log('old');
    const body = waiting.kind === 'sessionLog' ? waiting.body : null;
    store.setItem('pacewise.outbox.v1:u', JSON.stringify([{ clientId: 'old', body, status: 'waiting', queuedAtMs: 5 }]));
    const { queue, sent } = setup([], store);
    await queue.flush('u');
    expect([sent, store.getItem('pacewise.outbox.v1:u')]).toEqual([['old'], null]);
  });

  it('keeps a 409 with the check-in as it stands, and applies the change again on that version', async () => {
    const current = { ...checkinOf({ id: 'r1', clientId: 'c1', pain: 8, updatedAt: 'v2', changeId: null }) };
    const { queue, sent } = setup([{ kind: 'changed', current }]);
    queue.enqueue('u', { kind: 'updateCheckin', key: 'e1', ref: { id: 'r1' }, version: 'v1', changeId: 'e1', changes: { pain: 2 } });
    await queue.flush('u');
    expect([queue.statusOf('u', 'e1'), queue.find('u', 'e1')?.current?.pain]).toEqual(['changed', 8]);
    queue.applyAgain('u', 'e1', 'e2');
    expect(queue.find('u', 'e2')?.op).toMatchObject({ ref: { id: 'r1' }, version: 'v2', changeId: 'e2', changes: { pain: 2 } });
    expect(queue.has('u', 'e1')).toBe(false);
    await queue.flush('u');
    expect([sent, queue.statusOf('u', 'e2')]).toEqual([['e1', 'e2'], 'saved']);
  });

  it.each([
    ['was stored (its answer lost): the edit follows on the row’s version', 5, [{ kind: 'updateCheckin', ref: { id: 'r1' }, version: 'v1', changes: { pain: 2 } }]],
    ['was not stored: the create carried the edit, nothing follows', 2, []],
  ])('a create tried once, then edited, whose first try %s', async (_what, storedPain, follows) => {
    const row = checkinOf({ id: 'r1', clientId: 'c1', pain: storedPain, updatedAt: 'v1', changeId: null });
    const { queue, sent } = setup([{ kind: 'retry' }, { kind: 'saved', row }]);
    const preview = checkinOf({ id: 'c1', clientId: 'c1', pain: 5, updatedAt: 'p', changeId: null });
    queue.enqueue('u', { kind: 'createCheckin', key: 'c1', body: { clientId: 'c1', pain: 5 }, preview });
    await queue.flush('u');
    queue.enqueue('u', { kind: 'updateCheckin', key: 'e1', ref: { clientId: 'c1' }, version: null, changeId: 'e1', changes: { pain: 2 } });
    expect(queue.entries('u')).toHaveLength(1);
    await queue.flush('u');
    expect(queue.entries('u').slice(1).map((e) => e.op)).toMatchObject(follows);
    expect(sent).toEqual(['c1', 'c1', ...follows.map(() => 'id-1')]);
  });

  it('forgets everything kept for a person when cleared', () => {
    const { queue, store } = setup([]);
    queue.enqueue('u', log('a'));
    queue.clear('u');
    expect([queue.has('u', 'a'), store.getItem('pacewise.sync.v1:u')]).toEqual([false, null]);
  });
});

describe('sendOp sorts the answers', () => {
  const original = setFetcher(async () => new Response(null, { status: 500 }));
  afterEach(() => {
    setFetcher(original);
  });
  const answering = (status: number, error: object) => setFetcher(async () => new Response(JSON.stringify({ error }), { status }));
  const update: SyncOp = { kind: 'updateCheckin', key: 'e', ref: { id: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d' }, version: '2026-11-24T10:00:00.000Z', changeId: '1b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d', changes: { pain: 2 } };
  const remove: SyncOp = { kind: 'deleteCheckin', key: 'd', ref: { id: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d' }, version: '2026-11-24T10:00:00.000Z' };
  const known = { ids: {}, versions: {} };

  it.each([
    [401, 'unauthenticated', 'retry'],
    [408, 'malformed_request', 'retry'],
    [429, 'rate_limited', 'retry'],
    [503, 'internal', 'retry'],
    [422, 'unacceptable', 'rejected'],
    [404, 'not_found', 'rejected'],
  ])('an edit answered %i (%s) is %s', async (status, code, kind) => {
    answering(status, { code, message: 'No.' });
    await expect(sendOp(update, known)).resolves.toMatchObject({ kind });
  });

  it('an edit with no answer at all is tried later', async () => {
    setFetcher(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(sendOp(update, known)).resolves.toEqual({ kind: 'retry' });
  });

  it('a refusal keeps the server’s words', async () => {
    answering(422, { code: 'unacceptable', message: 'A check-in cannot be in the future.', field: 'at' });
    await expect(sendOp(update, known)).resolves.toEqual({ kind: 'rejected', message: 'A check-in cannot be in the future.' });
  });

  it('a 409 changed_since brings the check-in as it stands', async () => {
    const current = checkinOf({ id: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d', clientId: 'c', pain: 8, updatedAt: '2026-11-24T11:00:00.000Z', changeId: null });
    answering(409, { code: 'changed_since', message: 'Changed.', current });
    await expect(sendOp(update, known)).resolves.toEqual({ kind: 'changed', current });
  });

  it('a delete of a check-in already gone counts as done', async () => {
    answering(404, { code: 'not_found', message: 'That check-in was not found.' });
    await expect(sendOp(remove, known)).resolves.toEqual({ kind: 'saved' });
  });
});

type Step =
  | { do: 'create'; pain: number }
  | { do: 'edit'; pick: number; pain: number }
  | { do: 'delete'; pick: number }
  | { do: 'session'; n: number }
  | { do: 'flush'; network: Delivery[]; during: 'nothing' | 'edit' | 'create' };

const delivery = fc.constantFrom<Delivery>('ok', 'lose-request', 'lose-answer', 'twice');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('create' as const), pain: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ do: fc.constant('edit' as const), pick: fc.nat(), pain: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ do: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('session' as const), n: fc.nat(3) }),
  fc.record({ do: fc.constant('flush' as const), network: fc.array(delivery, { maxLength: 6 }), during: fc.constantFrom('nothing' as const, 'edit' as const, 'create' as const) }),
);

/** The person's device: what they see, and the writes they make through the queue. */
function person(queue: SyncQueue, server: FakeServer) {
  const meant = new Map<string, number>();
  let made = 0;
  // A row as the page shows it: by its server id once the device knows it, else by clientId; on the server's newest version.
  const shownId = (clientId: string) => queue.known('u').ids[clientId] ?? clientId;
  const versionOf = (id: string) => server.rows.get(id)?.updatedAt ?? 'preview';
  const pick = (n: number) => [...meant.keys()][n % Math.max(1, meant.size)];
  return {
    meant,
    act(s: Exclude<Step, { do: 'flush' }>): void {
      if (s.do === 'create') {
        const clientId = `c${(made += 1)}`;
        const preview = { ...checkinOf({ id: clientId, clientId, pain: s.pain, updatedAt: 'preview', changeId: null }) };
        queue.enqueue('u', { kind: 'createCheckin', key: clientId, body: { clientId, pain: s.pain }, preview });
        meant.set(clientId, s.pain);
        return;
      }
      if (s.do === 'session') return queue.enqueue('u', log(`s${s.n}`));
      const clientId = pick(s.pick);
      if (clientId === undefined) return;
      const id = shownId(clientId);
      const ref = id === clientId ? { clientId } : { id };
      const version = id === clientId ? null : versionOf(id);
      const key = `k${(made += 1)}`;
      if (s.do === 'edit') {
        queue.enqueue('u', { kind: 'updateCheckin', key, ref, version, changeId: key, changes: { pain: s.pain } });
        meant.set(clientId, s.pain);
      } else {
        queue.enqueue('u', { kind: 'deleteCheckin', key, ref, version });
        meant.delete(clientId);
      }
    },
  };
}

describe('exactly once, whatever the network does', () => {
  it('leaves the server with exactly the rows the person meant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const server = new FakeServer();
        const script: Delivery[] = [];
        let ids = 0;
        const queue = new SyncQueue({ store: () => new MemoryStore(), nowMs: () => 0, newId: () => `f${(ids += 1)}`, send: networkTo(server, script) });
        const device = person(queue, server);
        const sessions = new Set<string>();
        for (const s of steps) {
          if (s.do !== 'flush') {
            device.act(s);
            if (s.do === 'session') sessions.add(`s${s.n}`);
            continue;
          }
          script.splice(0, script.length, ...s.network);
          const flushing = queue.flush('u');
          if (s.during !== 'nothing') device.act(s.during === 'edit' ? { do: 'edit', pick: 0, pain: 7 } : { do: 'create', pain: 1 });
          await flushing;
        }
        script.length = 0;
        await queue.flush('u');
        await queue.flush('u');
        const onServer = new Map([...server.rows.values()].map((r) => [r.clientId, r.pain]));
        expect(onServer).toEqual(device.meant);
        expect(server.sessions).toEqual(sessions);
        expect(queue.entries('u').filter((e) => e.status !== 'saved')).toEqual([]);
      }),
      {
        numRuns: 500,
        // Found by this property: an edit queued behind a create being sent, then another edit
        // folded into that create, sent the older edit last.
        examples: [[[{ do: 'create', pain: 0 }, { do: 'flush', network: ['lose-answer'], during: 'edit' }, { do: 'edit', pick: 0, pain: 0 }]]],
      },
    );
  });
});
