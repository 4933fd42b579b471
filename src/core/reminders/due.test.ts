/**
 * remindersDue, by dimension: which reminders are on and their times; days chosen; quiet hours
 * (plain and across midnight); snooze and pause; the daily maximum across channels; once per day
 * per channel; what is already done; a reminder missed while held is sent later the same day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInQuietHours, localClockOf, remindersDue, type DueContext, type SentReminder } from './due.js';
import { DEFAULT_REMINDER_SETTINGS, REMINDER_CHANNELS, REMINDER_KINDS, type ReminderSettings } from './settings.js';

const ZONE = 'Europe/Berlin';
// 2026-12-07 is a Monday; Berlin is UTC+1 in December.
const at = (hhmm: string, day = '2026-12-07') => new Date(`${day}T${hhmm}:00+01:00`).toISOString();

const allOn: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  reminders: { checkin: { on: true, time: '19:00' }, session: { on: true, time: '09:00' }, questionnaire: { on: true, time: '10:00' } },
  maxPerDay: 5,
};

const context = (over: Partial<DueContext> = {}): DueContext => ({
  now: at('20:00'),
  timeZone: ZONE,
  channel: 'push',
  sessions: [{ slot: 'morning', minutes: 12, done: false }],
  hasCheckinToday: false,
  dueQuestionnaire: 'phq2',
  sentToday: [],
  ...over,
});

const kinds = (settings: ReminderSettings, over: Partial<DueContext> = {}) => remindersDue(settings, context(over)).map((r) => r.kind);

describe('remindersDue', () => {
  it.each<[string, ReminderSettings, Partial<DueContext>, string[]]>([
    ['nothing is on by default', DEFAULT_REMINDER_SETTINGS, {}, []],
    ['all on, all passed: earliest time first', allOn, {}, ['session', 'questionnaire', 'checkin']],
    ['before any time: nothing yet', allOn, { now: at('08:59') }, []],
    ['at the exact minute', allOn, { now: at('09:00') }, ['session']],
    ['the maximum cuts the list', { ...allOn, maxPerDay: 2 }, {}, ['session', 'questionnaire']],
    ['default maximum of one', { ...allOn, maxPerDay: 1 }, {}, ['session']],
    ['deliveries on other channels count toward the maximum', { ...allOn, maxPerDay: 2 }, { sentToday: [{ kind: 'session', channel: 'in_app' }] }, ['session']],
    ['once per day per channel', allOn, { sentToday: [{ kind: 'session', channel: 'push' }] }, ['questionnaire', 'checkin']],
    ['a check-in made: no check-in reminder', allOn, { hasCheckinToday: true }, ['session', 'questionnaire']],
    ['sessions done: no session reminder', allOn, { sessions: [{ slot: 'morning', minutes: 12, done: true }] }, ['questionnaire', 'checkin']],
    ['a rest day: no session reminder', allOn, { sessions: [] }, ['questionnaire', 'checkin']],
    ['no questionnaire due', allOn, { dueQuestionnaire: null }, ['session', 'checkin']],
    ['paused keeps quiet', { ...allOn, paused: true }, {}, []],
    ['snoozed until later', { ...allOn, snoozedUntil: at('21:00') }, {}, []],
    ['a snooze that ended', { ...allOn, snoozedUntil: at('19:30') }, {}, ['session', 'questionnaire', 'checkin']],
    ['an unchosen day (Monday)', { ...allOn, days: [2, 3, 4, 5, 6, 7] }, {}, []],
    ['in quiet hours across midnight', { ...allOn, quietHours: { from: '19:30', to: '07:00' } }, {}, []],
    ['after quiet hours in the morning', { ...allOn, quietHours: { from: '22:00', to: '09:30' } }, { now: at('09:30') }, ['session']],
    ['in quiet hours within a day', { ...allOn, quietHours: { from: '12:00', to: '14:00' } }, { now: at('13:00') }, []],
    ['missed while quiet: sent once quiet hours end', { ...allOn, quietHours: { from: '08:00', to: '12:00' } }, { now: at('12:00') }, ['session', 'questionnaire']],
  ])('%s', (_name, settings, over, expected) => {
    expect(kinds(settings, over)).toEqual(expected);
  });

  it('gives what the reminder is about', () => {
    expect(remindersDue(allOn, context())).toEqual([
      { kind: 'session', date: '2026-12-07', slot: 'morning', minutes: 12 },
      { kind: 'questionnaire', date: '2026-12-07', instrument: 'phq2' },
      { kind: 'checkin', date: '2026-12-07' },
    ]);
  });

  it('names the first session not done', () => {
    const sessions = [
      { slot: 'morning' as const, minutes: 12, done: true },
      { slot: 'evening' as const, minutes: 8, done: false },
    ];
    expect(remindersDue(allOn, context({ sessions }))[0]).toEqual({ kind: 'session', date: '2026-12-07', slot: 'evening', minutes: 8 });
  });

  it('never sends yesterday’s missed reminder on the next day before its time', () => {
    // The server was down all of Monday evening; on Tuesday at 08:00 the check-in (19:00) is not due.
    expect(kinds(allOn, { now: at('08:00', '2026-12-08') })).toEqual([]);
  });

  it('reads the clock in the person’s zone', () => {
    expect(localClockOf('2026-12-07T23:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-12-08', minutes: 30 });
    expect(localClockOf('2026-07-01T12:00:00.000Z', 'America/New_York')).toEqual({ date: '2026-07-01', minutes: 480 });
  });
});

describe('isInQuietHours', () => {
  it.each([
    [{ from: '22:00', to: '07:00' }, 23 * 60, true],
    [{ from: '22:00', to: '07:00' }, 6 * 60 + 59, true],
    [{ from: '22:00', to: '07:00' }, 7 * 60, false],
    [{ from: '22:00', to: '07:00' }, 21 * 60 + 59, false],
    [{ from: '12:00', to: '14:00' }, 12 * 60, true],
    [{ from: '12:00', to: '14:00' }, 14 * 60, false],
    [{ from: '08:00', to: '08:00' }, 8 * 60, false],
    [null, 0, false],
  ])('%j at minute %i → %s', (quiet, minutes, expected) => {
    expect(isInQuietHours(quiet, minutes)).toBe(expected);
  });
});

const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  reminders: fc.record({
    checkin: fc.record({ on: fc.boolean(), time: clock }),
    session: fc.record({ on: fc.boolean(), time: clock }),
    questionnaire: fc.record({ on: fc.boolean(), time: clock }),
  }),
  days: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const), { minLength: 1 }).map((d) => d.sort((a, b) => a - b)),
  quietHours: fc.option(fc.record({ from: clock, to: clock }), { nil: null }),
  maxPerDay: fc.integer({ min: 1, max: 5 }),
  snoozedUntil: fc.constant(null),
  paused: fc.constant(false),
});
const minuteOfDay = fc.integer({ min: 0, max: 24 * 60 - 1 });
const instantAt = (minute: number) => new Date(Date.parse('2026-12-07T00:00:00+01:00') + minute * 60_000).toISOString();

/** Runs a whole day minute by minute on both channels, recording what is sent as a server would. */
function simulateDay(settings: ReminderSettings, step: number): { sent: SentReminder[]; minutes: number[] } {
  const sent: SentReminder[] = [];
  const minutes: number[] = [];
  for (let minute = 0; minute < 24 * 60; minute += step) {
    for (const channel of REMINDER_CHANNELS) {
      const due = remindersDue(settings, context({ now: instantAt(minute), channel, sentToday: sent }));
      for (const reminder of due) {
        sent.push({ kind: reminder.kind, channel });
        minutes.push(minute);
      }
    }
  }
  return { sent, minutes };
}

describe('remindersDue properties', () => {
  it('never more than the daily maximum across channels; each kind once per channel', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 1, max: 90 }), (settings, step) => {
        const { sent } = simulateDay(settings, step);
        expect(sent.length).toBeLessThanOrEqual(settings.maxPerDay);
        const keys = sent.map((s) => `${s.kind}/${s.channel}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 60 },
    );
  });

  it('never in quiet hours', () => {
    fc.assert(
      fc.property(settingsArb, minuteOfDay, (settings, minute) => {
        if (isInQuietHours(settings.quietHours, minute)) {
          expect(remindersDue(settings, context({ now: instantAt(minute) }))).toEqual([]);
        }
      }),
    );
  });

  it('a reminder that is on and never done is sent by the end of a day it is allowed (unless the maximum is reached)', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const wide = { ...settings, maxPerDay: 5, quietHours: null, days: [1, 2, 3, 4, 5, 6, 7] as ReminderSettings['days'] };
        const { sent } = simulateDay(wide, 30);
        const onKinds = REMINDER_KINDS.filter((k) => wide.reminders[k].on && wide.reminders[k].time <= '23:30');
        for (const kind of onKinds) expect(sent.some((s) => s.kind === kind)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
