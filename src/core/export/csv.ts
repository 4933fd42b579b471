/**
 * The CSV files of a personal export (RFC 4180): CRLF line ends, fields quoted when they hold `"`,
 * `,`, CR or LF (inner quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read
 * accents. Text cells go through the audit log's `csvCell`, the one rule against CSV injection:
 * text starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'` (notes are free text).
 */
import { csvCell } from '../practice-admin.js';

/** One cell: text, a number, a boolean, or empty. */
export type CsvCell = string | number | boolean | null;

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** One cell as CSV text; numbers are written as they are (a negative number is not a formula). */
export function formatCell(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return csvCell(cell);
}

/** A whole CSV file: a BOM, the header row, then one line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(formatCell).join(',')}\r\n`;
  return UTF8_BOM + line(header) + rows.map(line).join('');
}
