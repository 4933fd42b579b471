// The invitation code: drawn without bias from the alphabet, shown as ABCD-EFGH, and read back
// whatever the case, dashes or spaces; anything that cannot be a code is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, codeFromRandomBytes, formatInvitationCode, normalizeInvitationCode } from './invitation-code.js';

describe('the alphabet', () => {
  it.each(['0', 'O', '1', 'I', 'L', 'U'])('leaves out the look-alike %s', (character) => {
    expect(CODE_ALPHABET).not.toContain(character);
  });
  it('has no character twice', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });
});

describe('codeFromRandomBytes', () => {
  it('maps bytes to characters of the alphabet', () => {
    expect(codeFromRandomBytes(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('ABCDEFGH');
    expect(codeFromRandomBytes(Uint8Array.from([29, 59, 30, 31, 0, 0, 0, 0]))).toBe('99ABAAAA');
  });
  it('skips bytes that would make some characters likelier', () => {
    expect(codeFromRandomBytes(Uint8Array.from([255, 240, 0, 1, 2, 3, 4, 5, 6, 7]))).toBe('ABCDEFGH');
  });
  it('answers null when the bytes run out', () => {
    expect(codeFromRandomBytes(Uint8Array.from([0, 1, 2, 250]))).toBeNull();
  });
  it('always makes a code that reads back as itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const code = codeFromRandomBytes(bytes);
        if (code === null) return;
        expect(code).toHaveLength(CODE_LENGTH);
        expect(normalizeInvitationCode(formatInvitationCode(code))).toBe(code);
        expect(normalizeInvitationCode(formatInvitationCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});

describe('normalizeInvitationCode', () => {
  it.each([
    ['ABCD-EFGH', 'ABCDEFGH'],
    ['abcd-efgh', 'ABCDEFGH'],
    ['abcdefgh', 'ABCDEFGH'],
    [' AbCd EfGh ', 'ABCDEFGH'],
    ['AB-CD-EF-GH', 'ABCDEFGH'],
    ['ABCD–EFGH', 'ABCDEFGH'],
    ['2345-6789', '23456789'],
  ])('reads %j as %s', (typed, code) => {
    expect(normalizeInvitationCode(typed)).toBe(code);
  });
  it.each([
    ['', 'empty'],
    ['ABCD-EFG', 'too short'],
    ['ABCD-EFGHJ', 'too long'],
    ['ABCD-EFG0', 'a zero'],
    ['ABCD-EFGO', 'a letter O'],
    ['ABCD-EFGI', 'a letter I'],
    ['ABCD_EFGH', 'an underscore'],
    ['ABCD-ÉFGH', 'an accent'],
  ])('refuses %j (%s)', (typed) => {
    expect(normalizeInvitationCode(typed)).toBeNull();
  });
});

describe('formatInvitationCode', () => {
  it('puts a dash in the middle', () => {
    expect(formatInvitationCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
