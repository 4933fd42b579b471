// iCalendar text: escaping of TEXT, folding at 75 octets without splitting a character, CRLF,
// UTC stamps, and the feed's events (sessions with alarms; check-ins on chosen days; paused).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendarFeed, escapeText, foldLine, utcStamp } from './ics.js';
import { DEFAULT_REMINDER_SETTINGS } from './settings.js';

const words = { calendarName: 'Pacewise', sessionSummary: (slot: string, minutes: number) => `Pacewise: ${slot} session, ${minutes} min`, checkinSummary: 'Pacewise: check-in', alarmText: 'Reminder' };

describe('iCalendar text', () => {
  it.each([
    ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
    ['line\nnext', 'line\\nnext'],
    ['plain', 'plain'],
  ])('escapes %j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });

  it('writes instants as UTC stamps', () => {
    expect(utcStamp('2026-12-07T08:15:00.000Z')).toBe('20261207T081500Z');
  });

  it('folds at 75 octets and unfolds to the same text, never inside a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${text}`);
      }),
    );
  });
});

describe('buildCalendarFeed', () => {
  const settings = { ...DEFAULT_REMINDER_SETTINGS, reminders: { ...DEFAULT_REMINDER_SETTINGS.reminders, checkin: { on: true, time: '20:00' } }, days: [1 as const] };
  const input = { uidKey: 'k', now: '2026-12-07T06:00:00.000Z', timeZone: 'Europe/Berlin', days: [{ date: '2026-12-07', sessions: [{ slot: 'evening' as const, minutes: 11.6 }] }, { date: '2026-12-08', sessions: [] }], settings, words };

  it('has the session with its alarm, and the check-in on a chosen day only', () => {
    const text = buildCalendarFeed(input);
    expect(text).toContain('UID:session-2026-12-07-evening-k@pacewise\r\nDTSTAMP:20261207T060000Z\r\nDTSTART:20261207T170000Z\r\nDURATION:PT12M\r\nSUMMARY:Pacewise: evening session\\, 12 min');
    expect(text).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M');
    expect(text).toContain('UID:checkin-2026-12-07-k@pacewise');
    expect(text).not.toContain('checkin-2026-12-08');
    expect(text.split('\r\n').at(-2)).toBe('END:VCALENDAR');
  });

  it('drops alarms and check-in events while reminders are paused', () => {
    const text = buildCalendarFeed({ ...input, settings: { ...settings, paused: true } });
    expect(text).toContain('UID:session-2026-12-07-evening-k@pacewise');
    expect(text).not.toContain('VALARM');
    expect(text).not.toContain('checkin-');
  });
});
