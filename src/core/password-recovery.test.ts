// Reset links and recovery codes (issue 15). Dimensions: how long each kind of link stays open;
// open / used / expired at the edge; which roles may use a code; the link's address keeps the
// token in the fragment; reading the token back refuses anything that is not one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isResetLinkOpen, mayResetWithCode, readResetToken, resetKindsEndedBy, resetLinkExpiry, resetPageAddress } from './password-recovery.js';

const NOW = '2026-12-06T10:00:00.000Z';
const TOKEN = 'a'.repeat(43);

describe('password recovery rules', () => {
  it.each([
    ['clinician', '2026-12-07T10:00:00.000Z'],
    ['admin', '2026-12-07T10:00:00.000Z'],
    ['mail', '2026-12-06T11:00:00.000Z'],
  ] as const)('a %s link made at 10:00 ends at %s', (kind, end) => {
    expect(resetLinkExpiry(kind, NOW)).toBe(end);
  });

  it.each([
    [{ expiresAt: '2026-12-06T10:00:00.001Z', usedAt: null }, true],
    [{ expiresAt: NOW, usedAt: null }, false],
    [{ expiresAt: '2026-12-07T10:00:00.000Z', usedAt: '2026-12-06T09:00:00.000Z' }, false],
  ])('a link %j is open at 10:00: %s', (link, open) => {
    expect(isResetLinkOpen(link, NOW)).toBe(open);
  });

  it.each([
    ['clinician', ['clinician', 'admin', 'mail']],
    ['admin', ['clinician', 'admin', 'mail']],
    ['mail', ['mail']],
  ] as const)('a new %s link ends earlier open %j links', (kind, ended) => {
    expect(resetKindsEndedBy(kind)).toEqual(ended);
  });

  it.each([['person', true], ['clinician', false], ['admin', false], ['', false]])('a %s may reset with a code: %s', (role, may) => {
    expect(mayResetWithCode(role)).toBe(may);
  });

  it('puts the token in the fragment of the public address, whatever slashes it ends with', () => {
    expect(resetPageAddress('https://pacewise.example.org/', TOKEN)).toBe(`https://pacewise.example.org/reset-password#${TOKEN}`);
    expect(resetPageAddress('https://pacewise.example.org', TOKEN)).toBe(`https://pacewise.example.org/reset-password#${TOKEN}`);
  });

  it.each([[`#${TOKEN}`, TOKEN], [TOKEN, TOKEN], ['#short', null], [`#${TOKEN}x`, null], [`#${'a'.repeat(42)}/`, null], ['', null]])('reads %s as %s', (hash, token) => {
    expect(readResetToken(hash)).toBe(token);
  });

  it('never lets a link live past its kind’s hours, nor be used twice', () => {
    fc.assert(
      fc.property(fc.constantFrom('clinician', 'admin', 'mail' as const), fc.integer({ min: 0, max: 48 * 3_600_000 }), fc.boolean(), (kind, afterMs, used) => {
        const made = NOW;
        const expiresAt = resetLinkExpiry(kind, made);
        const at = new Date(Date.parse(made) + afterMs).toISOString();
        const open = isResetLinkOpen({ expiresAt, usedAt: used ? made : null }, at);
        const hours = kind === 'mail' ? 1 : 24;
        expect(open).toBe(!used && afterMs < hours * 3_600_000);
      }),
    );
  });
});
