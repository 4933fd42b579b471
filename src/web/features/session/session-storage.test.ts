// Covers: one key per person, day and time of day; reading back what was saved; unreadable or
// foreign entries read as nothing; listing only one person's sessions; storage that refuses a
// write; what the plan shows for a session before, during and after.
import { describe, expect, it } from 'vitest';
import {
  createSession,
  reduceSession,
  type SessionAction,
} from '../../../core/session-player/index.js';
import { MemoryStore } from './session.fixtures.js';
import { listSessions, loadSession, markOf, saveSession, sessionKey } from './session-storage.js';

const T0 = Date.UTC(2026, 10, 24, 8);
const fresh = createSession({
  clientId: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
  date: '2026-11-24',
  slot: 'morning',
  items: [{ exerciseId: 'walk-home-laps', pillar: 'aerobic', minutes: 5 }],
  exercises: new Map(),
  nowMs: T0,
});
const after = (actions: SessionAction[]) => actions.reduce(reduceSession, fresh);
const started = after([
  { type: 'setPainBefore', value: 2 },
  { type: 'start', nowMs: T0 },
]);

describe('session storage', () => {
  it('saves and reads a session under its person, day and time of day', () => {
    const store = new MemoryStore();
    const key = sessionKey('u', '2026-11-24', 'morning');
    expect(key).toBe('pacewise.session.v1:u:2026-11-24:morning');
    saveSession(key, started, store);
    expect(loadSession(key, store)).toEqual(started);
    saveSession(sessionKey('v', '2026-11-24', 'morning'), fresh, store);
    expect(listSessions('u', store).map((s) => s.key)).toEqual([key]);
  });

  it('reads unreadable or foreign entries as nothing, and survives a refused write', () => {
    const store = new MemoryStore();
    store.setItem('pacewise.session.v1:u:2026-11-24:morning', '{broken');
    store.setItem('pacewise.session.v1:u:2026-11-25:morning', '{"version":0}');
    expect(listSessions('u', store)).toEqual([]);
    const refusing = new MemoryStore();
    refusing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => saveSession('k', started, refusing)).not.toThrow();
    expect(loadSession('k', null)).toBeNull();
  });

  it.each([
    ['nothing stored', null, null],
    ['not started', fresh, null],
    ['under way', started, 'inProgress'],
    [
      'at the end',
      after([
        { type: 'setPainBefore', value: 2 },
        { type: 'start', nowMs: T0 },
        { type: 'skipItem', nowMs: T0 },
      ]),
      'inProgress',
    ],
    [
      'finished',
      after([
        { type: 'setPainBefore', value: 2 },
        { type: 'start', nowMs: T0 },
        { type: 'end', why: 'left', nowMs: T0 },
        { type: 'finish', nowMs: T0 },
      ]),
      'done',
    ],
  ] as const)('%s', (_name, state, mark) => {
    expect(markOf(state)).toBe(mark);
  });
});
