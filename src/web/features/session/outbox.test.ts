// Covers: a log kept and sent once; waiting while the network is down, then sent; a log kept
// while another is sending is sent in the same flush; the same clientId kept once; two flushes
// at once sending once; a refusal kept with its reason and not tried again; storage that is
// unreadable; answers of the server sorted into "saved", "try again later" and "refused".
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionLogBody } from '../../../core/session-player/index.js';
import { setFetcher } from '../../api/client.js';
import { Outbox, sendSessionLog, type SendResult } from './outbox.js';
import { MemoryStore } from './session.fixtures.js';

const body = (clientId: string): SessionLogBody => ({
  clientId,
  startedAt: '2026-11-24T08:00:00.000Z',
  painBefore: 4,
  painAfter: 3,
  items: [{ exerciseId: 'walk-home-laps', status: 'done', minutes: 5 }],
});

function setup(answers: SendResult[]) {
  const store = new MemoryStore();
  const sent: string[] = [];
  const outbox = new Outbox({
    store: () => store,
    nowMs: () => 1_000,
    send: async (b) => {
      sent.push(b.clientId);
      return answers.shift() ?? { kind: 'saved' };
    },
  });
  return { store, sent, outbox };
}

describe('outbox', () => {
  it('keeps a log, sends it, and remembers it was saved', async () => {
    const { outbox, sent } = setup([]);
    outbox.enqueue('u', body('a'));
    expect(outbox.statusOf('u', 'a')).toBe('waiting');
    await outbox.flush('u');
    expect(sent).toEqual(['a']);
    expect(outbox.statusOf('u', 'a')).toBe('saved');
    await outbox.flush('u');
    expect(sent).toEqual(['a']);
  });

  it('waits while offline and sends when tried again', async () => {
    const { outbox, sent } = setup([{ kind: 'retry' }]);
    outbox.enqueue('u', body('a'));
    outbox.enqueue('u', body('b'));
    await outbox.flush('u');
    expect(sent).toEqual(['a']);
    expect([outbox.statusOf('u', 'a'), outbox.waitingCount('u')]).toEqual(['waiting', 2]);
    await outbox.flush('u');
    expect(sent).toEqual(['a', 'a', 'b']);
    expect(outbox.waitingCount('u')).toBe(0);
  });

  it('keeps one entry per clientId, and one flush at a time', async () => {
    const { outbox, sent } = setup([]);
    outbox.enqueue('u', body('a'));
    outbox.enqueue('u', body('a'));
    await Promise.all([outbox.flush('u'), outbox.flush('u')]);
    expect(sent).toEqual(['a']);
  });

  it('sends a log kept while another is on its way', async () => {
    const { outbox, sent } = setup([]);
    outbox.enqueue('u', body('a'));
    const flushing = outbox.flush('u');
    outbox.enqueue('u', body('b'));
    await flushing;
    expect(sent).toEqual(['a', 'b']);
  });

  it('keeps a refusal with its reason and does not send it again', async () => {
    const { outbox, sent } = setup([
      { kind: 'rejected', message: 'A session cannot start in the future.' },
    ]);
    outbox.enqueue('u', body('a'));
    await outbox.flush('u');
    await outbox.flush('u');
    expect(sent).toEqual(['a']);
    expect(outbox.statusOf('u', 'a')).toBe('rejected');
    expect(outbox.messageOf('u', 'a')).toMatch(/future/);
  });

  it('still sends from memory when storage is full', async () => {
    const sent: string[] = [];
    const full = new MemoryStore();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const outbox = new Outbox({
      store: () => full,
      nowMs: () => 1_000,
      send: async (b) => (sent.push(b.clientId), { kind: 'saved' }),
    });
    outbox.enqueue('u', body('a'));
    await outbox.flush('u');
    expect([sent, outbox.statusOf('u', 'a')]).toEqual([['a'], 'saved']);
  });

  it('treats unreadable storage as empty, and people apart', async () => {
    const { outbox, store } = setup([]);
    store.setItem('pacewise.outbox.v1:u', '{not json');
    expect(outbox.statusOf('u', 'a')).toBe('unknown');
    outbox.enqueue('v', body('a'));
    expect(outbox.has('u', 'a')).toBe(false);
  });
});

describe('sendSessionLog', () => {
  const original = setFetcher(async () => new Response(null, { status: 500 }));
  afterEach(() => {
    setFetcher(original);
  });
  const answering = (status: number, payload: unknown) =>
    setFetcher(async () => new Response(JSON.stringify(payload), { status }));

  it.each([
    [0, 'retry'],
    [401, 'retry'],
    [429, 'retry'],
    [503, 'retry'],
    [422, 'rejected'],
  ])('an answer of %i means %s', async (status, kind) => {
    if (status === 0) {
      setFetcher(async () => {
        throw new TypeError('Failed to fetch');
      });
    } else {
      const code =
        status === 422
          ? 'unacceptable'
          : status === 401
            ? 'unauthenticated'
            : status === 429
              ? 'rate_limited'
              : 'internal';
      answering(status, { error: { code, message: 'No.' } });
    }
    await expect(
      sendSessionLog(body('0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d')),
    ).resolves.toMatchObject({ kind });
  });
});
