// The practice's administration rules. Dimensions: a link's state (open, used, withdrawn,
// expired, the exact expiry instant); turning accounts off and on (self, last admin, people,
// already in that state); the audit range (bad days, reversed, 366 days and one more); CSV
// cells (formula starts, quotes, commas, line breaks) and a property: no cell ever starts a formula.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  decideStaffChange,
  findAuditRangeProblem,
  invitationExpiry,
  invitationStateAt,
  toCsv,
  type StaffChange,
} from './practice-admin.js';

const NOW = '2026-11-24T10:00:00.000Z';

describe('invitationStateAt', () => {
  it.each([
    [{ expiresAt: '2026-11-25T10:00:00.000Z', usedAt: null, withdrawnAt: null }, 'open'],
    [{ expiresAt: NOW, usedAt: null, withdrawnAt: null }, 'expired'],
    [{ expiresAt: '2026-11-24T09:59:59.999Z', usedAt: null, withdrawnAt: null }, 'expired'],
    [{ expiresAt: '2026-11-25T10:00:00.000Z', usedAt: NOW, withdrawnAt: null }, 'used'],
    [{ expiresAt: '2026-11-25T10:00:00.000Z', usedAt: null, withdrawnAt: NOW }, 'withdrawn'],
    [{ expiresAt: '2026-11-20T10:00:00.000Z', usedAt: '2026-11-19T10:00:00.000Z', withdrawnAt: null }, 'used'],
  ] as const)('%j is %s', (facts, state) => {
    expect(invitationStateAt(facts, NOW)).toBe(state);
  });

  it('an admin link lasts a day and a clinician link a week', () => {
    expect(invitationExpiry('admin', NOW)).toBe('2026-11-25T10:00:00.000Z');
    expect(invitationExpiry('clinician', NOW)).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('decideStaffChange', () => {
  const change = (target: Partial<StaffChange['target']>, rest: Partial<StaffChange> = {}): StaffChange => ({
    actorId: 'me',
    target: { id: 'other', role: 'clinician', disabledAt: null, ...target },
    enabledAdmins: 2,
    turnOff: true,
    ...rest,
  });
  it.each([
    ['a clinician turned off', change({}), 'allow'],
    ['another admin turned off', change({ role: 'admin' }), 'allow'],
    ['oneself', change({ id: 'me', role: 'admin' }), 'self'],
    ['the last enabled admin', change({ role: 'admin' }, { enabledAdmins: 1 }), 'last_admin'],
    ['a person', change({ role: 'person' }), 'not_staff'],
    ['a person turned on', change({ role: 'person', disabledAt: NOW }, { turnOff: false }), 'not_staff'],
    ['an account already off', change({ disabledAt: NOW }), 'unchanged'],
    ['an account already on, turned on', change({}, { turnOff: false }), 'unchanged'],
    ['a clinician turned back on', change({ disabledAt: NOW }, { turnOff: false }), 'allow'],
    ['an admin turned back on when none is enabled', change({ role: 'admin', disabledAt: NOW }, { turnOff: false, enabledAdmins: 0 }), 'allow'],
  ] as const)('%s: %s', (_what, input, decision) => {
    expect(decideStaffChange(input)).toBe(decision);
  });
});

describe('findAuditRangeProblem', () => {
  it.each([
    ['2026-01-01', '2026-01-31', null],
    ['2026-01-01', '2026-01-01', null],
    ['2024-01-01', '2024-12-31', null],
    ['2025-01-01', '2026-01-01', null],
    ['2025-01-01', '2026-01-02', 'too_long'],
    ['2026-02-01', '2026-01-31', 'reversed'],
    ['2026-02-30', '2026-03-01', 'from_invalid'],
    ['2026-02-01', 'tomorrow', 'to_invalid'],
  ])('%s to %s: %s', (from, to, problem) => {
    expect(findAuditRangeProblem(from, to)).toBe(problem);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+41 79', "'+41 79"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['a, b', '"a, b"'],
    ['two\nlines', '"two\nlines"'],
    ['say "hi"', '"say ""hi"""'],
    [' padded ', '" padded "'],
    [null, ''],
  ])('%j is written %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('never lets a cell start a formula, and keeps the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const inner = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
        expect(inner).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
      { seed: 10, numRuns: 500 },
    );
  });

  it('writes rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', null], ['=1', 'x,y']])).toBe('a,b\r\n1,\r\n\'=1,"x,y"\r\n');
  });
});
