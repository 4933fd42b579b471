// Covers: saving after every change and not otherwise; cues from the passing of time even when
// the session did not change (a countdown second); listeners told only of changes.
import { describe, expect, it } from 'vitest';
import {
  createSession,
  reduceSession,
  type Cue,
  type SessionState,
} from '../../../core/session-player/index.js';
import { createPlayerStore } from './player-store.js';

const T0 = Date.UTC(2026, 10, 24, 8);
const stretch = { exerciseId: 'calf', pillar: 'stretching' as const, holdSeconds: 20, reps: 1 };
const begun = [
  { type: 'setPainBefore', value: 3 },
  { type: 'start', nowMs: T0 },
  { type: 'beginItem', nowMs: T0 },
] as const;
const initial = begun.reduce<SessionState>(
  reduceSession,
  createSession({
    clientId: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
    date: '2026-11-24',
    slot: 'morning',
    items: [stretch],
    exercises: new Map(),
    nowMs: T0,
  }),
);

describe('createPlayerStore', () => {
  it('saves changes, tells listeners, and gives the cues of passing time', () => {
    const saved: SessionState[] = [];
    const heard: Cue[] = [];
    let told = 0;
    const store = createPlayerStore(initial, (state) => saved.push(state), T0);
    store.subscribe(() => (told += 1));
    store.setCueListener((cues) => heard.push(...cues));
    store.dispatch({ type: 'tick', nowMs: T0 + 2_500 }, T0 + 2_500);
    expect([saved.length, told]).toEqual([0, 0]);
    expect(heard).toEqual([{ kind: 'countdown', seconds: 3 }]);
    store.dispatch({ type: 'tick', nowMs: T0 + 5_000 }, T0 + 5_000);
    expect([saved.length, told]).toEqual([1, 1]);
    expect(heard.at(-1)).toMatchObject({ kind: 'step', step: { kind: 'hold' } });
    expect(store.getState()).toBe(saved[0]);
  });
});
