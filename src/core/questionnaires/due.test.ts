// Covers: dueToday — schedules from the first day and from the last answer, one screen a day,
// the PEG never returned (it is in the check-in) and never blocking, the most overdue first, the
// 15-items-a-week budget with the PEG held in reserve, who assigned it; effectiveSchedule; and a
// property over random schedules and answer days: never two screens a day, never more than 15
// items in any 7 days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { isPegDue } from '../checkin.js';
import { builtInInstrument } from './catalog.js';
import { dueToday, effectiveSchedule, MAX_ITEMS_PER_WEEK, type AnsweredOn, type ScheduledInstrument } from './due.js';
import type { Instrument, InstrumentKey } from './types.js';

const today = '2026-03-01';
const firstDay = '2026-01-01';
const days = (n: number) => addDays(today, -n);
const own = (key: 'peg' | 'psfs' | 'pgic' | 'pain_rating'): ScheduledInstrument => {
  const instrument = builtInInstrument(key);
  return { instrument, schedule: instrument.schedule, assignedBy: null };
};
const imported = (id: string, itemCount: number, everyDays: number, assignedBy = 'Dr Lee'): ScheduledInstrument => ({
  instrument: { ...builtInInstrument('pgic'), key: `imported:${id}`, itemCount, schedule: { everyDays: null, insideCheckin: false } },
  schedule: { everyDays, insideCheckin: false },
  assignedBy,
});
const answered = (instrument: InstrumentKey, daysAgo: number, itemCount: number): AnsweredOn => ({ instrument, localDate: days(daysAgo), itemCount });
const all = [own('peg'), own('psfs'), own('pgic'), own('pain_rating')];

describe('dueToday', () => {
  it.each<[string, ScheduledInstrument[], AnsweredOn[], string, ReturnType<typeof dueToday>]>([
    ['nothing scheduled', [own('pain_rating')], [], firstDay, null],
    ['the PSFS 14 days after the first day', [own('psfs')], [], days(14), { instrument: 'psfs', dueSince: today, assignedBy: null }],
    ['not the PSFS 13 days after the first day', [own('psfs')], [], days(13), null],
    ['the PSFS 14 days after its last answer', [own('psfs')], [answered('psfs', 14, 3)], firstDay, { instrument: 'psfs', dueSince: today, assignedBy: null }],
    ['not the PSFS 13 days after its last answer', [own('psfs')], [answered('psfs', 13, 3)], firstDay, null],
    ['never the PEG, however due', [own('peg')], [], firstDay, null],
    ['nothing after a screen today', all, [answered('pgic', 0, 1)], firstDay, null],
    ['a screen after the PEG today', all, [answered('peg', 0, 3), answered('psfs', 20, 3), answered('pgic', 10, 1)], firstDay, { instrument: 'psfs', dueSince: days(6), assignedBy: null }],
    ['the most overdue of two', all, [answered('psfs', 15, 3), answered('pgic', 30, 1)], firstDay, { instrument: 'pgic', dueSince: days(2), assignedBy: null }],
    ['the first listed on a tie', all, [answered('psfs', 14, 3), answered('pgic', 28, 1)], firstDay, { instrument: 'psfs', dueSince: today, assignedBy: null }],
    ['the most overdue since the first day', all, [], days(28), { instrument: 'psfs', dueSince: days(14), assignedBy: null }],
    ['an assigned form, with who assigned it', [own('peg'), imported('a', 8, 28)], [], days(40), { instrument: 'imported:a', dueSince: days(12), assignedBy: 'Dr Lee' }],
    ['what fits the week when the most overdue does not', [own('peg'), own('psfs'), own('pgic'), imported('a', 8, 28)], [answered('imported:a', 3, 8), answered('psfs', 20, 5), answered('pgic', 28, 1)], firstDay, { instrument: 'pgic', dueSince: today, assignedBy: null }],
    ['not the PSFS of a person without goals', [own('peg'), { ...own('psfs'), itemCount: 0 }], [], days(30), null],
    ['the PSFS by the person\'s own item count', [own('peg'), { ...own('psfs'), itemCount: 3 }, imported('b', 8, 7)], [answered('imported:b', 1, 8), answered('psfs', 20, 3)], firstDay, { instrument: 'psfs', dueSince: days(6), assignedBy: null }],
    ['the PEG held in reserve even before it is answered', [own('peg'), own('psfs'), imported('b', 8, 7)], [answered('imported:b', 6, 8)], days(30), null],
    ['room again once the window has passed', [own('peg'), own('psfs'), imported('b', 8, 7)], [answered('imported:b', 7, 8)], days(13), { instrument: 'imported:b', dueSince: today, assignedBy: 'Dr Lee' }],
  ])('%s', (_name, instruments, responses, first, expected) => {
    expect(dueToday({ today, instruments, responses, firstDay: first })).toEqual(expected);
  });
});

describe('effectiveSchedule', () => {
  const setBy = { clinicianId: 'c', name: 'Dr Lee', at: '2026-01-01T00:00:00Z' };
  it.each([
    ['psfs', null, { everyDays: 14, insideCheckin: false }],
    ['psfs', 28, { everyDays: 28, insideCheckin: false }],
    ['pgic', null as number | null, { everyDays: 28, insideCheckin: false }],
    ['peg', 14, { everyDays: 14, insideCheckin: true }],
    ['pain_rating', 7, { everyDays: 7, insideCheckin: false }],
  ] as const)('%s assigned every %s days', (key, everyDays, expected) => {
    const instrument = builtInInstrument(key);
    const assigned = everyDays === null ? null : { instrument: key, everyDays, setBy };
    expect(effectiveSchedule(instrument, assigned)).toEqual(expected);
  });

  it('a clinician can switch an instrument off', () => {
    expect(effectiveSchedule(builtInInstrument('pgic'), { instrument: 'pgic', everyDays: null, setBy }).everyDays).toBeNull();
  });
});

const candidates: Instrument[] = [
  { ...builtInInstrument('psfs'), itemCount: 5 },
  builtInInstrument('pgic'),
  builtInInstrument('pain_rating'),
  { ...builtInInstrument('pgic'), key: 'imported:pi8a', itemCount: 8 },
  { ...builtInInstrument('pgic'), key: 'imported:pi4a', itemCount: 4 },
  { ...builtInInstrument('pgic'), key: 'imported:big', itemCount: 12 },
];

const schedules = fc.array(
  fc.record({ index: fc.integer({ min: 0, max: candidates.length - 1 }), everyDays: fc.option(fc.integer({ min: 7, max: 60 }), { nil: null }) }),
  { maxLength: 6 },
);
const week = (d: string) => [...Array(7).keys()].map((i) => addDays(d, -i));

describe('the load stays small', () => {
  it('answering whatever is due each day: never two screens a day, never more than 15 items in any 7 days', () => {
    fc.assert(
      fc.property(schedules, fc.array(fc.boolean(), { minLength: 90, maxLength: 90 }), fc.array(fc.boolean(), { minLength: 90, maxLength: 90 }), (chosen, checksIn, pegFirst) => {
        const instruments: ScheduledInstrument[] = [own('peg'), ...chosen.map(({ index, everyDays }) => ({ instrument: candidates[index]!, schedule: { everyDays, insideCheckin: false }, assignedBy: null }))];
        const responses: AnsweredOn[] = [];
        for (let i = 0; i < 90; i += 1) {
          const day = addDays(firstDay, i);
          const answerPeg = () => {
            const pegs = responses.filter((r) => r.instrument === 'peg').map((r) => ({ localDate: r.localDate, peg: 1 }));
            if (checksIn[i] && isPegDue(pegs, day)) responses.push({ instrument: 'peg', localDate: day, itemCount: 3 });
          };
          if (pegFirst[i]) answerPeg();
          const due = dueToday({ today: day, instruments, responses, firstDay });
          const item = due && instruments.find((s) => s.instrument.key === due.instrument);
          if (item) responses.push({ instrument: item.instrument.key, localDate: day, itemCount: item.instrument.itemCount });
          if (!pegFirst[i]) answerPeg();
          const screens = responses.filter((r) => r.localDate === day && r.instrument !== 'peg');
          expect(screens.length).toBeLessThanOrEqual(1);
          const inWeek = responses.filter((r) => week(day).includes(r.localDate)).reduce((s, r) => s + r.itemCount, 0);
          expect(inWeek).toBeLessThanOrEqual(MAX_ITEMS_PER_WEEK);
        }
      }),
      { numRuns: 150 },
    );
  });
});
