// Grouping the audit log for the person: one line per clinician per day of the person's own
// calendar, areas in the record's order without repeats, counts, newest first; practice-wide
// codes and days outside the range are left out; the latest name is shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOfAuditCode, groupAccessLog, type AccessEvent } from './access-log.js';

const lena = (at: string, action: string, name = 'Lena'): AccessEvent => ({ at, actorId: 'lena', actorName: name, action });
const tom = (at: string, action: string): AccessEvent => ({ at, actorId: 'tom', actorName: 'Tom', action });

describe('areaOfAuditCode', () => {
  it.each([
    ['read:journal', 'journal'],
    ['write:care_notes', 'care_notes'],
    ['read:plan', 'plan'],
    ['practice:caseload', null],
    ['read:nonsense', null],
    ['', null],
  ])('%s → %s', (code, area) => {
    expect(areaOfAuditCode(code)).toBe(area);
  });
});

describe('groupAccessLog', () => {
  it('makes one line per clinician per day, areas in record order, newest day first', () => {
    const events = [
      lena('2026-05-03T08:00:00.000Z', 'read:plan'),
      lena('2026-05-03T09:00:00.000Z', 'read:journal'),
      lena('2026-05-03T09:05:00.000Z', 'read:journal'),
      lena('2026-05-03T10:00:00.000Z', 'read:pacing'),
      tom('2026-05-03T11:00:00.000Z', 'read:sessions'),
      lena('2026-05-04T08:00:00.000Z', 'write:care_notes'),
    ];
    expect(groupAccessLog(events, 'UTC', '2026-05-01', '2026-05-31')).toEqual([
      { day: '2026-05-04', clinician: { id: 'lena', name: 'Lena' }, areas: [], changed: ['care_notes'], count: 1 },
      { day: '2026-05-03', clinician: { id: 'tom', name: 'Tom' }, areas: ['sessions'], changed: [], count: 1 },
      { day: '2026-05-03', clinician: { id: 'lena', name: 'Lena' }, areas: ['journal', 'plan', 'pacing'], changed: [], count: 4 },
    ]);
  });

  it.each([
    ['UTC', '2026-05-03'],
    ['Europe/Berlin', '2026-05-04'],
    ['America/Chicago', '2026-05-03'],
  ])('counts the day in the person’s time zone (%s)', (zone, day) => {
    const [line] = groupAccessLog([lena('2026-05-03T22:30:00.000Z', 'read:journal')], zone, '2026-05-01', '2026-05-31');
    expect(line?.day).toBe(day);
  });

  it('leaves out practice-wide codes and days outside the range', () => {
    const events = [
      lena('2026-04-30T12:00:00.000Z', 'read:journal'),
      lena('2026-05-02T12:00:00.000Z', 'practice:caseload'),
      lena('2026-06-01T12:00:00.000Z', 'read:journal'),
    ];
    expect(groupAccessLog(events, 'UTC', '2026-05-01', '2026-05-31')).toEqual([]);
  });

  it('shows the name the clinician had at their latest look that day', () => {
    const events = [lena('2026-05-03T09:00:00.000Z', 'read:journal', 'Lena M'), lena('2026-05-03T08:00:00.000Z', 'read:plan', 'Lena')];
    expect(groupAccessLog(events, 'UTC', '2026-05-01', '2026-05-31')[0]?.clinician.name).toBe('Lena M');
  });

  it('accounts for every event in range exactly once', () => {
    const event = fc.record({
      at: fc.integer({ min: Date.parse('2026-05-01T00:00:00Z'), max: Date.parse('2026-05-30T00:00:00Z') }).map((ms) => new Date(ms).toISOString()),
      actorId: fc.constantFrom('lena', 'tom'),
      actorName: fc.constant('x'),
      action: fc.constantFrom('read:journal', 'read:plan', 'write:care_notes'),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const lines = groupAccessLog(events, 'Europe/Berlin', '2026-04-30', '2026-05-31');
        expect(lines.reduce((sum, line) => sum + line.count, 0)).toBe(events.length);
        const days = lines.map((line) => line.day);
        expect([...days].sort().reverse()).toEqual(days);
      }),
    );
  });
});
