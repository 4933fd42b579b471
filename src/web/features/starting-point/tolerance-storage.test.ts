// Covers: one test per person under its own key; reading back what was saved, running or
// stopped; unreadable or foreign entries read as nothing; a refused write; forgetting a test.
import { describe, expect, it } from 'vitest';
import { startRun, stopRun } from '../../../core/tolerance/run.js';
import { MemoryStore } from '../session/session.fixtures.js';
import { loadRun, removeRun, saveRun, toleranceKey } from './tolerance-storage.js';

const T0 = Date.UTC(2026, 11, 5, 8);
const run = startRun(
  { clientId: 'c1', activity: 'aerobic:walking', exerciseId: 'walk-home-laps', painBefore: 4 },
  T0,
);

describe('tolerance test storage', () => {
  it('keeps one test per person and reads it back, running or stopped', () => {
    const store = new MemoryStore();
    expect(toleranceKey('u')).toBe('pacewise.tolerance.v1:u');
    saveRun('u', run, store);
    expect(loadRun('u', store)).toEqual(run);
    expect(loadRun('v', store)).toBeNull();
    const stopped = stopRun(run, T0 + 6 * 60_000);
    saveRun('u', stopped, store);
    expect(loadRun('u', store)).toEqual(stopped);
  });

  it('reads unreadable or foreign entries as nothing', () => {
    const store = new MemoryStore();
    store.setItem(toleranceKey('u'), '{not json');
    expect(loadRun('u', store)).toBeNull();
    store.setItem(toleranceKey('u'), JSON.stringify({ stage: 'playing' }));
    expect(loadRun('u', store)).toBeNull();
    expect(loadRun('u', null)).toBeNull();
  });

  it('forgets a test, and a refused write stops nothing', () => {
    const store = new MemoryStore();
    saveRun('u', run, store);
    removeRun('u', store);
    expect(loadRun('u', store)).toBeNull();
    const full = Object.assign(new MemoryStore(), {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => saveRun('u', run, full)).not.toThrow();
    expect(loadRun('u', full)).toBeNull();
  });
});
