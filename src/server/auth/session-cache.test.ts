// The session memory: never past its time-to-live or the session's expiry; forgets on request.
import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';

const maya = { id: 'p1', email: 'maya@example.org', name: 'Maya', timeZone: 'UTC', createdAt: '2026-11-01T00:00:00.000Z', role: 'person' as const, signInComplete: true, secondFactor: 'off' as const, deviceId: null };

describe('SessionCache', () => {
  it.each([
    [0, true],
    [9_999, true],
    [10_000, false],
  ])('after %i ms it remembers: %s', (elapsed, remembered) => {
    const cache = new SessionCache(10_000);
    cache.set('s1', maya, 1_000_000, 0);
    expect(cache.get('s1', elapsed) !== null).toBe(remembered);
  });

  it('never outlives the session itself', () => {
    const cache = new SessionCache(10_000);
    cache.set('s1', maya, 5_000, 0);
    expect(cache.get('s1', 5_000)).toBeNull();
  });

  it('forgets one session, or every session of a person', () => {
    const cache = new SessionCache();
    cache.set('s1', maya, 1e12, 0);
    cache.set('s2', maya, 1e12, 0);
    cache.set('s3', { ...maya, id: 'p2' }, 1e12, 0);
    cache.forgetSession('s1');
    expect(cache.get('s1', 1)).toBeNull();
    cache.forgetPerson('p1');
    expect(cache.get('s2', 1)).toBeNull();
    expect(cache.get('s3', 1)?.id).toBe('p2');
  });
});
