// Covers: the form filled from stored settings (quiet hours on and off), the problems a form can
// have (bad times per reminder, no days while a reminder is on, quiet hours equal or unreadable),
// the request a form becomes (days sorted and distinct, paused kept), the intake's "yes", snoozing
// until tomorrow across time zones and clock changes, and the status line's states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  SNOOZE_HOURS_LIMITS,
} from '../../../core/reminders/settings.js';
import type { ReminderSettingsSchema } from '../../../contract/reminder.js';
import { PutRemindersRequest } from '../../../contract/reminder.js';
import {
  describeReminderState,
  findReminderFormProblems,
  hoursUntilTomorrow,
  readDays,
  toPutRemindersRequest,
  toReminderForm,
  withCheckinReminder,
  type ReminderForm,
} from './reminder-form.js';

const stored: ReminderSettingsSchema = { ...DEFAULT_REMINDER_SETTINGS, snoozedUntil: null };
const form = toReminderForm(stored);
const checkinOn: ReminderSettingsSchema = {
  ...stored,
  reminders: { ...stored.reminders, checkin: { on: true, time: '19:00' } },
};

describe('toReminderForm', () => {
  it('starts with everything off, as stored', () => {
    expect(form.on).toEqual({ checkin: false, session: false, questionnaire: false });
    expect(form.quietOn).toBe(true);
    expect(form.maxPerDay).toBe(1);
  });

  it('keeps suggested quiet times when quiet hours are off', () => {
    const off = toReminderForm({ ...stored, quietHours: null });
    expect(off.quietOn).toBe(false);
    expect([off.quietFrom, off.quietTo]).toEqual(['21:30', '07:30']);
  });
});

describe('findReminderFormProblems', () => {
  it.each<[string, Partial<ReminderForm>, string[]]>([
    ['a good form', {}, []],
    ['an empty time', { time: { ...form.time, session: '' } }, ['time:session']],
    ['a time out of range', { time: { ...form.time, checkin: '24:10' } }, ['time:checkin']],
    ['no days while nothing is on', { days: [] }, []],
    ['no days while a reminder is on', { days: [], on: { ...form.on, checkin: true } }, ['days']],
    ['quiet hours equal', { quietFrom: '22:00', quietTo: '22:00' }, ['quietSame']],
    ['quiet hours unreadable', { quietFrom: '9pm', quietTo: '' }, ['quietFrom', 'quietTo']],
    ['quiet hours off ignore their times', { quietOn: false, quietFrom: '' }, []],
  ])('%s', (_name, patch, expected) => {
    const found = findReminderFormProblems({ ...form, ...patch });
    expect(found.map((p) => (p.field === 'time' ? `time:${p.kind}` : p.field))).toEqual(expected);
  });
});

describe('toPutRemindersRequest', () => {
  it('sorts and dedupes the days, drops quiet hours that are off and keeps paused', () => {
    const body = toPutRemindersRequest({ ...form, days: [5, 1, 5], quietOn: false }, true);
    expect(body.days).toEqual([1, 5]);
    expect(body.quietHours).toBeNull();
    expect(body.paused).toBe(true);
  });

  it('always makes a request the contract accepts for a form without problems', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const day = fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>;
    const anyForm = fc.record({
      on: fc.record({ checkin: fc.boolean(), session: fc.boolean(), questionnaire: fc.boolean() }),
      time: fc.record({ checkin: time, session: time, questionnaire: time }),
      days: fc.array(day, { maxLength: 10 }),
      quietOn: fc.boolean(),
      quietFrom: time,
      quietTo: time,
      maxPerDay: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(anyForm, fc.boolean(), (candidate, paused) => {
        fc.pre(findReminderFormProblems(candidate).length === 0);
        expect(
          PutRemindersRequest.safeParse(toPutRemindersRequest(candidate, paused)).success,
        ).toBe(true);
      }),
    );
  });
});

describe('readDays', () => {
  it('keeps real weekdays in week order and drops anything else', () => {
    expect(readDays(['7', '1', '0', '8', 'x', '3'])).toEqual([1, 3, 7]);
  });
});

describe('withCheckinReminder', () => {
  it('turns on the check-in only, at the chosen time, and never paused', () => {
    const body = withCheckinReminder({ ...stored, paused: true }, '08:15');
    expect(body.reminders).toEqual({
      checkin: { on: true, time: '08:15' },
      session: { on: false, time: '09:00' },
      questionnaire: { on: false, time: '10:00' },
    });
    expect(body.paused).toBe(false);
  });

  it('chooses every day when no day was chosen', () => {
    expect(withCheckinReminder({ ...stored, days: [] }, '08:15').days).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });
});

describe('hoursUntilTomorrow', () => {
  it.each([
    ['mid-afternoon in Berlin', '2026-12-05T14:10:00Z', 'Europe/Berlin', 9],
    ['just before midnight', '2026-12-05T22:50:00Z', 'Europe/Berlin', 1],
    ['just after midnight', '2026-12-05T23:05:00Z', 'Europe/Berlin', 24],
    ['a day the clocks go forward', '2026-03-29T00:30:00Z', 'Europe/Berlin', 22],
    ['in New York', '2026-12-05T14:10:00Z', 'America/New_York', 15],
  ])('%s', (_name, now, zone, hours) => {
    expect(hoursUntilTomorrow(now, zone)).toBe(hours);
  });

  it('stays within the snooze limits anywhere and any time', () => {
    const zones = fc.constantFrom(
      'Europe/Berlin',
      'Pacific/Chatham',
      'America/St_Johns',
      'Asia/Kolkata',
      'UTC',
    );
    const instant = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, zones, (now, zone) => {
        const hours = hoursUntilTomorrow(now, zone);
        expect(hours).toBeGreaterThanOrEqual(SNOOZE_HOURS_LIMITS.min);
        expect(hours).toBeLessThanOrEqual(25);
      }),
    );
  });
});

describe('describeReminderState', () => {
  const now = '2026-12-05T12:00:00.000Z';
  it.each<[string, ReminderSettingsSchema, string]>([
    ['nothing on', stored, 'none_on'],
    ['nothing on, even when paused', { ...stored, paused: true }, 'none_on'],
    ['on', checkinOn, 'on'],
    ['paused', { ...checkinOn, paused: true }, 'paused'],
    ['no days', { ...checkinOn, days: [] }, 'no_days'],
    ['snoozed', { ...checkinOn, snoozedUntil: '2026-12-05T13:00:00.000Z' }, 'snoozed'],
    ['a snooze that has ended', { ...checkinOn, snoozedUntil: '2026-12-05T11:00:00.000Z' }, 'on'],
  ])('%s', (_name, settings, kind) => {
    expect(describeReminderState(settings, now).kind).toBe(kind);
  });

  it('lists what is on in the order of the day', () => {
    const both = {
      ...checkinOn,
      reminders: { ...checkinOn.reminders, session: { on: true, time: '09:00' } },
    };
    expect(describeReminderState(both, now)).toEqual({
      kind: 'on',
      reminders: [
        { kind: 'session', time: '09:00' },
        { kind: 'checkin', time: '19:00' },
      ],
    });
  });
});
