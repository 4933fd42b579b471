// Key mapping: string keys with and without colons, scopes, round trips, and prefix matching with
// the old string semantics (a prefix of the text, not of the parts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyText, matchesPrefix, scopeOf, toQueryKey } from './query-key.js';

describe('toQueryKey', () => {
  it.each([
    ['profile', 'u1', ['u1', 'profile']],
    ['checkins:2026-12-01:2026-12-07', 'u1', ['u1', 'checkins', '2026-12-01', '2026-12-07']],
    ['library:own-equipment', 'anonymous', ['anonymous', 'library', 'own-equipment']],
    ['profile+draft', 'u2', ['u2', 'profile+draft']],
  ])('%s for %s is %j', (key, scope, expected) => {
    expect(toQueryKey(key, scope)).toEqual(expected);
  });

  it('gives back the string key and the scope', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (key, scope) => {
        const queryKey = toQueryKey(key, scope);
        expect(keyText(queryKey)).toBe(key);
        expect(scopeOf(queryKey)).toBe(scope);
      }),
    );
  });
});

describe('matchesPrefix', () => {
  it.each([
    ['checkins:2026-12-01:2026-12-07', 'checkins', true],
    ['checkins:2026-12-01:2026-12-07', 'checkins:2026-12-01', true],
    ['checkin:abc', 'checkins', false],
    ['exercise:abc', 'exercise', true],
    ['exercises:all', 'exercise', true],
    ['my-plan', 'pacing', false],
    ['my-plan', '', true],
  ])('%s under prefix "%s" is %s', (key, prefix, expected) => {
    expect(matchesPrefix(toQueryKey(key, 'u1'), prefix)).toBe(expected);
  });

  it('never matches on the scope (another person\'s id)', () => {
    expect(matchesPrefix(toQueryKey('profile', 'checkins'), 'checkins')).toBe(false);
  });
});
