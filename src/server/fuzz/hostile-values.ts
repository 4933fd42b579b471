/**
 * Hostile values for the route fuzzer (issue 16): wrong types, huge and odd numbers, text with
 * NUL and other control characters, unusual Unicode, very long strings, prototype keys, deep
 * nesting, impossible dates and odd time zones.
 */
import fc from 'fast-check';

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\r\n\r\n',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeff',
  'ﷺ',
  '😀'.repeat(300),
  'x'.repeat(20_000),
  "'; DROP TABLE users; --",
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '%00',
  '%',
  '__proto__',
  'constructor',
  'NaN',
  '1e309',
  'true',
  'null',
  '0000-00-00',
  '2026-02-30',
  '2026-13-01',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
  '0001-06-01',
  '+275760-09-13T00:00:00.000Z',
  '2026-11-24T25:61:00Z',
  '2026-11-24T08:30:00.000+14:01',
  'Etc/GMT+14',
  'Europe/Berlin\u0000',
  'europe/berlin',
  'Mars/Olympus_Mons',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const ODD_NUMBERS = [0, -0, -1, 1.5, 0.1, 1e-12, 2 ** 31, 2 ** 53 + 1, -(2 ** 53) - 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE];

/** An array or object nested `depth` levels deep. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** An object whose own keys are `__proto__`, `constructor` and `prototype` (as JSON.parse makes them). */
export function prototypeKeys(): unknown {
  return JSON.parse('{"__proto__":{"polluted":true,"role":"admin"},"constructor":{"prototype":{"polluted":true}},"prototype":1}') as unknown;
}

/** One hostile value of any kind. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...ODD_STRINGS),
    fc.constantFrom(...ODD_NUMBERS),
    fc.constantFrom(true, false, null),
    fc.constantFrom([], {}, [null], [[[]]], ['a', 1, null]),
    fc.constantFrom(nested(200, 'array'), nested(200, 'object'), nested(1_000, 'array')),
    fc.constant(null).map(prototypeKeys),
    fc.array(fc.constantFrom(...ODD_STRINGS), { maxLength: 3000 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  );
}

/** A path parameter: mostly ids, sometimes text that is no id at all. */
export function hostileParam(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.uuid({ version: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom('..', '%2e%2e', '%00', 'x'.repeat(500), 'null', '0', '-1', 'wall-push-up', 'c-00000000-0000-4000-8000-000000000000', '%E2%80%AE') },
  );
}

/** Request bodies that are not JSON values at all: raw text sent as JSON, to try the parser. */
export const RAW_BODIES: readonly string[] = [
  '',
  '{',
  '{"a":',
  'null',
  '"text"',
  '[]',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
  '{"a":1,"a":2}',
  '\u0000',
  '{"__proto__":{"isAdmin":true}}',
  ' '.repeat(70_000),
];
