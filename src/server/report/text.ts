/** Text for the PDF's built-in Helvetica, and days as the practice's locale writes them. */
import type { LocalDate } from '../../core/calendar.js';

/**
 * Helvetica of the PDF standard fonts has only the Windows-1252 characters; a few others the
 * app's sentences use are written with plain ones, and anything else becomes "?" rather than a
 * wrong glyph.
 */
const PLAIN: Record<string, string> = { '→': 'to', '−': '-', '≥': '>=', '≤': '<=', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ' };
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The text with only characters Helvetica can draw. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const plain = PLAIN[char];
    if (plain !== undefined) out += plain;
    else {
      const code = char.codePointAt(0) ?? 0;
      out += (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) ? char : '?';
    }
  }
  return out;
}

/**
 * A calendar day in English as the practice's region orders it ("3 May 2026", "May 3, 2026"),
 * never shifted by a time zone.
 */
export function formatReportDay(day: LocalDate, locale: string | null): string {
  const format = (tag: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const region = locale?.split('-')[1];
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = format(region ? `en-${region}` : 'en-GB');
  } catch {
    formatter = format('en-GB');
  }
  return formatter.format(new Date(`${day}T12:00:00Z`));
}
