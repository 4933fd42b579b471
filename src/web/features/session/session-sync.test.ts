// Covers: a session left for hours closed as partial and queued; a session under way left alone;
// a finished session queued once even if the outbox missed it; a session never started dropped
// once stale; old finished sessions forgotten.
import { describe, expect, it } from 'vitest';
import {
  ABANDONED_AFTER_MS,
  createSession,
  reduceSession,
  type SessionAction,
  type SessionLogBody,
} from '../../../core/session-player/index.js';
import { MemoryStore } from './session.fixtures.js';
import { loadSession, saveSession, sessionKey } from './session-storage.js';
import { settleStoredSessions } from './session-sync.js';

const T0 = Date.UTC(2026, 10, 24, 8);
const walk = { exerciseId: 'walk-home-laps', pillar: 'aerobic' as const, minutes: 5 };
const session = (actions: SessionAction[]) =>
  actions.reduce(
    reduceSession,
    createSession({
      clientId: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
      date: '2026-11-24',
      slot: 'morning',
      items: [walk],
      exercises: new Map(),
      nowMs: T0,
    }),
  );
const startedWalk = session([
  { type: 'setPainBefore', value: 4 },
  { type: 'start', nowMs: T0 },
  { type: 'beginItem', nowMs: T0 },
  { type: 'tick', nowMs: T0 + 60_000 },
]);

function setup(state: ReturnType<typeof session>) {
  const store = new MemoryStore();
  const key = sessionKey('u', '2026-11-24', 'morning');
  saveSession(key, state, store);
  const queued: SessionLogBody[] = [];
  const outbox = {
    enqueue: (_u: string, body: SessionLogBody) => void queued.push(body),
    has: (_u: string, id: string) => queued.some((b) => b.clientId === id),
  };
  return { store, key, queued, outbox };
}

describe('settleStoredSessions', () => {
  it('closes a session left for hours as partial and queues it', () => {
    const { store, key, queued, outbox } = setup(startedWalk);
    settleStoredSessions('u', T0 + 60_000 + ABANDONED_AFTER_MS, outbox, store);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ partial: true, items: [{ status: 'done', minutes: 1 }] });
    expect(loadSession(key, store)?.stage).toBe('finished');
    settleStoredSessions('u', T0 + 60_000 + ABANDONED_AFTER_MS, outbox, store);
    expect(queued).toHaveLength(1);
  });

  it('leaves a session under way alone', () => {
    const { store, key, queued, outbox } = setup(startedWalk);
    settleStoredSessions('u', T0 + 120_000, outbox, store);
    expect(queued).toEqual([]);
    expect(loadSession(key, store)?.stage).toBe('playing');
  });

  it('drops a session never started once it is stale, and forgets old finished ones', () => {
    const fresh = setup(session([]));
    settleStoredSessions('u', T0 + ABANDONED_AFTER_MS, fresh.outbox, fresh.store);
    expect(fresh.store.map.size).toBe(0);
    const finished = session([
      { type: 'setPainBefore', value: 4 },
      { type: 'start', nowMs: T0 },
      { type: 'end', why: 'left', nowMs: T0 },
      { type: 'finish', nowMs: T0 },
    ]);
    const old = setup(finished);
    settleStoredSessions('u', T0 + 9 * 24 * 60 * 60_000, old.outbox, old.store);
    expect(old.queued).toHaveLength(1);
    expect(old.store.map.size).toBe(0);
  });
});
