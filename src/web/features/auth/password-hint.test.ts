// Covers: empty, too short (counting characters, not UTF-16 units), common, containing the
// email, and acceptable passwords.
import { describe, expect, it } from 'vitest';
import { describePassword } from './password-hint.js';

describe('describePassword', () => {
  it.each([
    ['', '', { kind: 'empty' }],
    ['abc', '', { kind: 'problem', problem: 'too_short', missing: 7 }],
    ['🌿🌿🌿🌿🌿', '', { kind: 'problem', problem: 'too_short', missing: 5 }],
    ['password123', '', { kind: 'problem', problem: 'too_common', missing: 0 }],
    [
      'maya.k-garden-2026',
      'maya.k@example.org',
      { kind: 'problem', problem: 'contains_email', missing: 0 },
    ],
    ['quiet river at dawn', 'maya@example.org', { kind: 'ok' }],
  ])('%j → %j', (password, email, expected) => {
    expect(describePassword(password, email)).toEqual(expected);
  });
});
