// Note bodies: trimmed, 1 to 2000 characters, line breaks and tabs kept, Windows line ends
// tidied, other control characters and direction overrides refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH, checkNoteBody } from './note-body.js';

describe('checkNoteBody', () => {
  it.each([
    ['Hello Lena', 'Hello Lena'],
    ['  Hello  ', 'Hello'],
    ['Line one\nLine two', 'Line one\nLine two'],
    ['Line one\r\nLine two\rthree', 'Line one\nLine two\nthree'],
    ['Sets:\t3', 'Sets:\t3'],
    ['😊 thank you', '😊 thank you'],
  ])('keeps %j as %j', (raw, body) => {
    expect(checkNoteBody(raw)).toEqual({ ok: true, body });
  });
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['bell\u0007', 'control_characters'],
    ['nul\u0000byte', 'control_characters'],
    ['escape\u001b[31m', 'control_characters'],
    ['\u202Ereversed', 'control_characters'],
    ['x'.repeat(NOTE_MAX_LENGTH + 1), 'too_long'],
  ])('refuses %j: %s', (raw, problem) => {
    expect(checkNoteBody(raw)).toEqual({ ok: false, problem });
  });
  it('counts characters, not UTF-16 units: 2000 emoji fit', () => {
    expect(checkNoteBody('😊'.repeat(NOTE_MAX_LENGTH)).ok).toBe(true);
  });
  it('never keeps a body with refused characters or untrimmed ends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        const check = checkNoteBody(raw);
        if (!check.ok) return;
        expect(check.body).toBe(check.body.trim());
        expect(check.body.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(check.body).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
      }),
    );
  });
});
