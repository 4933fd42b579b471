// TOTP as RFC 6238 defines it, through the otpauth library. Dimensions: the RFC's SHA-1 test
// vectors (their last six digits); codes one step either side of now accepted and two steps
// refused; a step is found so that reuse can be refused; the secret, the otpauth address, the
// QR code and the recovery codes.
import { describe, expect, it } from 'vitest';
import { isStepFresh, readTypedCode } from '../../core/second-factor.js';
import { codeAt, findCodeStep, newRecoveryCodes, newTotpSecret, otpauthUriOf, qrCodeDataUrlOf, stepAt } from './totp.js';

/** RFC 6238 appendix B: the ASCII secret "12345678901234567890" in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totp', () => {
  it.each([
    [59, '287082'],
    [1_111_111_109, '081804'],
    [1_111_111_111, '050471'],
    [1_234_567_890, '005924'],
    [2_000_000_000, '279037'],
    [20_000_000_000, '353130'],
  ])('at %i s the RFC 6238 secret gives %s', (seconds, code) => {
    expect(codeAt(RFC_SECRET, seconds * 1000)).toBe(code);
  });

  it.each([
    [-60_000, false],
    [-30_000, true],
    [0, true],
    [30_000, true],
    [60_000, false],
  ])('a code from %i ms away is accepted: %s', (offsetMs, accepted) => {
    const nowMs = Date.parse('2026-11-24T10:00:10.000Z');
    const code = codeAt(RFC_SECRET, nowMs + offsetMs);
    const step = findCodeStep(RFC_SECRET, code, nowMs);
    expect(step !== null).toBe(accepted);
    if (step !== null) expect(step).toBe(stepAt(nowMs + offsetMs));
  });

  it('finds the step of a code, so the same code is refused the second time', () => {
    const nowMs = Date.parse('2026-11-24T10:00:10.000Z');
    const step = findCodeStep(RFC_SECRET, codeAt(RFC_SECRET, nowMs), nowMs);
    expect(step).not.toBeNull();
    expect(isStepFresh(step ?? 0, null)).toBe(true);
    const again = findCodeStep(RFC_SECRET, codeAt(RFC_SECRET, nowMs), nowMs + 5_000);
    expect(isStepFresh(again ?? 0, step)).toBe(false);
    const earlier = findCodeStep(RFC_SECRET, codeAt(RFC_SECRET, nowMs - 30_000), nowMs);
    expect(isStepFresh(earlier ?? 0, step)).toBe(false);
  });

  it('refuses a wrong code', () => {
    const nowMs = Date.parse('2026-11-24T10:00:10.000Z');
    const right = codeAt(RFC_SECRET, nowMs);
    const wrong = right === '000000' ? '000001' : '000000';
    expect(findCodeStep(RFC_SECRET, wrong, nowMs)).toBeNull();
  });

  it('makes a new secret of 20 random bytes (32 base32 letters) each time', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/u);
    expect(newTotpSecret()).not.toBe(a);
  });

  it('writes the otpauth address with the issuer, the email and the RFC 6238 parameters', () => {
    const uri = new URL(otpauthUriOf(RFC_SECRET, 'lena@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Pacewise:lena@example.org');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Pacewise', secret: RFC_SECRET, algorithm: 'SHA1', digits: '6', period: '30' });
  });

  it('draws the QR code as an SVG data URL', async () => {
    const url = await qrCodeDataUrlOf('otpauth://totp/Pacewise:lena@example.org?secret=ABC');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
  });

  it('makes ten distinct recovery codes that read as recovery codes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(readTypedCode(code)?.kind).toBe('recovery');
  });
});
