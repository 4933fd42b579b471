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

describe('revocation wins over a read in flight (issue 16, finding 4)', () => {
  // An ended session lived on for up to 10 s when a request read it just before the sign-out and
  // remembered it just after.
  it('does not remember a session read before it was signed out', () => {
    const cache = new SessionCache();
    const ticket = cache.readTicket();
    cache.forgetSession('s1');
    cache.set('s1', maya, 1e12, 0, ticket);
    expect(cache.get('s1', 1)).toBeNull();
  });

  it('does not remember a person read before their account was deleted or changed', () => {
    const cache = new SessionCache();
    const ticket = cache.readTicket();
    cache.forgetPerson('p1');
    cache.set('s9', maya, 1e12, 0, ticket);
    expect(cache.get('s9', 1)).toBeNull();
  });

  it('does not remember anyone read before the cache was cleared', () => {
    const cache = new SessionCache();
    const ticket = cache.readTicket();
    cache.clear();
    cache.set('s1', maya, 1e12, 0, ticket);
    expect(cache.get('s1', 1)).toBeNull();
  });

  it('remembers reads that began after the revocation, and reads of others', () => {
    const cache = new SessionCache();
    const before = cache.readTicket();
    cache.forgetSession('other');
    cache.set('s1', maya, 1e12, 0, before);
    expect(cache.get('s1', 1)?.id).toBe('p1');
    cache.forgetSession('s2');
    cache.set('s2', maya, 1e12, 0, cache.readTicket());
    expect(cache.get('s2', 1)?.id).toBe('p1');
  });
});
