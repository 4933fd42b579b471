/** Rules for free text people write: names, notes, goals. */

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;

// C0 controls and DEL, except tabs and line breaks. A NUL in a note once gave a 500 on
// PostgreSQL, which refuses it in text; the others have no business in a note either.
function isControl(code: number): boolean {
  if (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN) return false;
  return code < 0x20 || code === DELETE;
}

/** True when the text holds no control characters other than tabs and line breaks. */
export function hasNoControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (isControl(text.charCodeAt(index))) return false;
  }
  return true;
}
