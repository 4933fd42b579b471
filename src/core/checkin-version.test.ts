// Check-in versions. Dimensions: repeat by changeId (before the version is looked at), stale
// version, same instant in another offset, no version (older clients); every new version is
// after the one before, whatever the clock says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideEdit, isSameInstant, nextVersion } from './checkin-version.js';

const STORED = { updatedAt: '2026-11-24T10:00:00.000Z', changeId: 'change-1' };

describe('decideEdit', () => {
  it.each([
    ['the last applied change again, on its old version', { version: '2026-11-24T09:00:00.000Z', changeId: 'change-1' }, 'repeat'],
    ['a new change on the stored version', { version: '2026-11-24T10:00:00.000Z', changeId: 'change-2' }, 'apply'],
    ['a new change on the stored version written in another offset', { version: '2026-11-24T11:00:00.000+01:00', changeId: 'change-2' }, 'apply'],
    ['a new change on an older version', { version: '2026-11-24T09:00:00.000Z', changeId: 'change-2' }, 'changed_since'],
    ['a change without an id on an older version', { version: '2026-11-24T09:00:00.000Z' }, 'changed_since'],
    ['no version (an older client)', { changeId: 'change-2' }, 'apply'],
    ['nothing at all (an older client)', {}, 'apply'],
  ] as const)('%s → %s', (_what, sent, expected) => {
    expect(decideEdit(STORED, sent)).toBe(expected);
  });

  it('never calls a change with an unknown id a repeat', () => {
    expect(decideEdit({ ...STORED, changeId: null }, { changeId: 'change-1' })).toBe('apply');
  });
});

describe('nextVersion', () => {
  it.each([
    ['the clock moved on', '2026-11-24T10:00:00.000Z', '2026-11-24T10:05:00.000Z', '2026-11-24T10:05:00.000Z'],
    ['the clock stands still', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.001Z'],
    ['the clock went back', '2026-11-24T10:00:00.000Z', '2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.001Z'],
  ])('%s', (_what, previous, now, expected) => {
    expect(nextVersion(previous, now)).toBe(expected);
  });

  it('is always a different version from the one before, so a stale edit is always seen', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(instant, instant, (previous, now) => {
      const next = nextVersion(previous, now);
      expect(isSameInstant(next, previous)).toBe(false);
      expect(Date.parse(next)).toBeGreaterThan(Date.parse(previous));
      expect(decideEdit({ updatedAt: next, changeId: null }, { version: previous })).toBe('changed_since');
    }));
  });
});
