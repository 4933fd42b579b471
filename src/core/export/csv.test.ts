// The CSV writer, read back by a well-kept parser (csv-parse, strict RFC 4180: CRLF records, no
// loose quotes, a BOM): cells with commas, quotes, line breaks, accents and would-be formulas;
// numbers and booleans; empty cells; and, as a property, any text survives the round trip with
// only a leading `'` added before a formula start. Text cells use the audit log's csvCell.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCell, toCsv, UTF8_BOM } from './csv.js';
import { formatOffset, toZonedIsoInstant } from './zoned-instant.js';

/** What a cell should read back as: a would-be formula with a leading apostrophe. */
const neutraliseFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const readBack = (text: string): string[][] => parse(text, { bom: true, record_delimiter: ['\r\n'], relax_quotes: false, relax_column_count: false });

describe('formatCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Zürich café', 'Zürich café'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 more', "'+1 more"],
    ['-3 worse', "'-3 worse"],
    ['@home', "'@home"],
    ['\tindented', "'\tindented"],
    ['\rstart', '"\'\rstart"'],
    ['=a,"b"', '"\'=a,""b"""'],
    ['', ''],
    [' padded ', '" padded "'],
  ])('writes %j as %j', (cell, written) => {
    expect(formatCell(cell)).toBe(written);
  });

  it.each([
    [null, ''],
    [0, '0'],
    [-2, '-2'],
    [4.5, '4.5'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
  ] as const)('writes %j as %j (a negative number is a number, not a formula)', (cell, written) => {
    expect(formatCell(cell)).toBe(written);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF, and reads back cell for cell', () => {
    const text = toCsv(['note', 'pain'], [['a, "quoted"\nline — Åsa', 3], ['=cmd|calc', null]]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readBack(text)).toEqual([['note', 'pain'], ['a, "quoted"\nline — Åsa', '3'], ["'=cmd|calc", '']]);
  });

  it('reads back any text, with a leading apostrophe only before a formula start', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        expect(readBack(toCsv(['a', 'b'], rows))).toEqual([['a', 'b'], ...rows.map((r) => r.map(neutraliseFormula))]);
      }),
    );
  });
});

describe('toZonedIsoInstant', () => {
  it.each([
    ['2026-11-24T07:30:00.000Z', 'Europe/Berlin', '2026-11-24T08:30:00+01:00'],
    ['2026-07-01T07:30:00.000Z', 'Europe/Berlin', '2026-07-01T09:30:00+02:00'],
    ['2026-11-24T10:00:00.000Z', 'UTC', '2026-11-24T10:00:00+00:00'],
    ['2026-11-24T10:00:00.000Z', 'America/St_Johns', '2026-11-24T06:30:00-03:30'],
    ['2026-11-24T10:00:00.000Z', 'Pacific/Auckland', '2026-11-24T23:00:00+13:00'],
    ['2026-11-24T10:00:00.999Z', 'Asia/Kathmandu', '2026-11-24T15:45:00+05:45'],
  ])('writes %s in %s as %s', (instant, zone, written) => {
    expect(toZonedIsoInstant(instant, zone)).toBe(written);
  });

  it('names the same instant as it was given', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'), (date, zone) => {
        const whole = Math.floor(date.getTime() / 1000) * 1000;
        expect(Date.parse(toZonedIsoInstant(date.toISOString(), zone))).toBe(whole);
      }),
    );
  });

  it.each([[0, '+00:00'], [-12_600_000, '-03:30'], [20_700_000, '+05:45']])('writes an offset of %d ms as %s', (ms, text) => {
    expect(formatOffset(ms)).toBe(text);
  });
});
