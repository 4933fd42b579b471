// Free text (issue 16, finding 3): a NUL in a name or a note gave a 500 on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { hasNoControlCharacters } from './text.js';

describe('hasNoControlCharacters', () => {
  it.each([
    ['a calm walk', true],
    ['line one\nline two\r\n\tindented', true],
    ['émoji 🌿 and accents', true],
    ['nul\u0000inside', false],
    ['bell\u0007', false],
    ['escape\u001b[31m', false],
    ['delete\u007f', false],
    ['vertical\u000btab', false],
  ])('%j → %s', (text, ok) => {
    expect(hasNoControlCharacters(text)).toBe(ok);
  });
});
