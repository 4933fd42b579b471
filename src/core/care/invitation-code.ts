/**
 * The short code of a care invitation: 8 characters a person can read aloud and type from a
 * card, shown as `ABCD-EFGH`. The alphabet leaves out characters that look alike (0/O, 1/I/L,
 * U/V), so what is read is what is typed; case, spaces and dashes do not matter when typed.
 */

/** The characters of a code: 30 of them, none that look like another. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const CODE_LENGTH = 8;

/** Random bytes at or above this are skipped, so every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/**
 * A code drawn from random bytes (rejection sampling: no character is likelier than another);
 * null when the bytes ran out before 8 characters were found, so the caller draws again.
 */
export function codeFromRandomBytes(bytes: Uint8Array): string | null {
  let code = '';
  for (const byte of bytes) {
    if (byte >= UNBIASED_LIMIT) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === CODE_LENGTH) return code;
  }
  return null;
}

/** The code as typed, reduced to its 8 characters (upper case, no dashes or spaces); null if it cannot be one. */
export function normalizeInvitationCode(typed: string): string | null {
  const compact = typed.replace(/[\s\-‐‑–—]/g, '').toUpperCase();
  if (compact.length !== CODE_LENGTH) return null;
  for (const character of compact) if (!CODE_ALPHABET.includes(character)) return null;
  return compact;
}

/** The code as shown to a person: `ABCD-EFGH`. */
export function formatInvitationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
