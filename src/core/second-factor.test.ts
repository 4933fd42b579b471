// The second factor's pure rules. Dimensions: what a typed code is read as (digits, spaces,
// dashes, case, look-alike letters, lengths); which time steps are fresh; the written forms of
// recovery codes and secrets, and that a written recovery code reads back as itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  groupSecret,
  isStepFresh,
  readTypedCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_LENGTH,
} from './second-factor.js';

describe('readTypedCode', () => {
  it.each([
    ['123456', { kind: 'totp', code: '123456' }],
    ['123 456', { kind: 'totp', code: '123456' }],
    [' 123-456 ', { kind: 'totp', code: '123456' }],
    ['abcde-fghjk', { kind: 'recovery', code: 'abcdefghjk' }],
    ['ABCDE FGHJK', { kind: 'recovery', code: 'abcdefghjk' }],
    ['2345678923', { kind: 'recovery', code: '2345678923' }],
    ['12345', null],
    ['1234567', null],
    ['12345a', null],
    ['abcde-fghji', null],
    ['abcde-fghj0', null],
    ['abcde-fghjkm', null],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(readTypedCode(input)).toEqual(expected);
  });
});

describe('isStepFresh', () => {
  it.each([
    [100, null, true],
    [100, 99, true],
    [100, 100, false],
    [99, 100, false],
  ])('step %i after last step %s is fresh: %s', (step, last, fresh) => {
    expect(isStepFresh(step, last)).toBe(fresh);
  });

  it('once a step is used, neither it nor any earlier step is fresh', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (used, earlierBy) => {
        expect(isStepFresh(used, used)).toBe(false);
        expect(isStepFresh(used - earlierBy, used)).toBe(false);
        expect(isStepFresh(used + 1, used)).toBe(true);
      }),
    );
  });
});

describe('written forms', () => {
  it('writes a recovery code in two groups of five that read back as the same code', () => {
    const compact = fc.array(fc.constantFrom(...RECOVERY_CODE_ALPHABET), { minLength: RECOVERY_CODE_LENGTH, maxLength: RECOVERY_CODE_LENGTH }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(compact, (code) => {
        const written = formatRecoveryCode(code);
        expect(written).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/u);
        expect(readTypedCode(written)).toEqual({ kind: 'recovery', code });
        expect(readTypedCode(written.toUpperCase())).toEqual({ kind: 'recovery', code });
      }),
    );
  });

  it('groups a secret by four for typing', () => {
    expect(groupSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });
});
