/**
 * An RFC 4180 CSV writer: CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF (inner
 * quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read accents. A text cell
 * that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, TAB or CR) is
 * prefixed with `'` — notes are free text (CSV injection).
 */

/** One cell: text, a number, a boolean, or empty. */
export type CsvCell = string | number | boolean | null;

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe to open in a spreadsheet: a would-be formula starts with `'`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text; numbers are written as they are (a negative number is not a formula). */
export function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: a BOM, the header row, then one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(formatCell).join(',')}\r\n`;
  return UTF8_BOM + line(header) + rows.map(line).join('');
}
