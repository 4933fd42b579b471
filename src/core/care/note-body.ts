/**
 * The rules of a note between a person and their clinician: plain text, 1 to 2000 characters
 * once trimmed, line breaks and tabs kept, other control characters refused (they hide text or
 * break what a screen reader says).
 */

export const NOTE_MAX_LENGTH = 2000;

/** Why a note cannot be kept. */
export type NoteProblem = 'empty' | 'too_long' | 'control_characters';

/** The note as it will be kept, or why it cannot be. */
export type NoteCheck = { ok: true; body: string } | { ok: false; problem: NoteProblem };

// C0 controls except tab (09) and line feed (0A), DEL, C1 controls, and the Unicode
// direction overrides that can make text read differently from how it is stored.
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Checks and tidies a note: Windows line ends become `\n`, the ends are trimmed. */
export function checkNoteBody(raw: string): NoteCheck {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body.length === 0) return { ok: false, problem: 'empty' };
  if (REFUSED.test(body)) return { ok: false, problem: 'control_characters' };
  if ([...body].length > NOTE_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  return { ok: true, body };
}
