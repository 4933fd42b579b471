/** Test data for the visit report: an empty period and a year of daily data. */
import { addDays, type LocalDate } from '../calendar.js';
import type { ReportInput } from './types.js';

/** A report input with no data at all. */
export function emptyInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    from: '2026-04-06', to: '2026-05-03', madeOn: '2026-05-04', patientName: 'Maya Lind', practiceName: null, paper: 'a4',
    checkins: [], sessions: [], plannedDays: null, pacingChanges: [], peg: [], psfs: [], patterns: [], notes: [],
    ...overrides,
  };
}

/** A year of daily check-ins, sessions, weekly PEG, pacing changes and notes ending on `to`. */
export function yearInput(to: LocalDate = '2026-05-03'): ReportInput {
  const from = addDays(to, -365);
  const days = Array.from({ length: 366 }, (_, i) => addDays(from, i));
  return emptyInput({
    from, to, madeOn: to,
    checkins: days.map((localDate, i) => ({
      localDate, pain: (i * 7) % 11, flare: i % 29 === 0, somethingNew: i % 40 === 0, note: i % 40 === 0 ? `A new ache in my left knee, day ${i}` : null,
    })),
    sessions: days.map((localDate, i) => ({ localDate, minutes: 12, partial: i % 50 === 0, stopReason: i % 100 === 0 ? 'dizzy' : null })),
    plannedDays: days.map((localDate) => ({ localDate, sessions: 1, minutes: 15 })),
    pacingChanges: days.filter((_, i) => i % 7 === 0).map((at) => ({ at, code: 'progress_calm_week' as const, message: 'Walking 9 → 10 min: three calm walks this week.' })),
    peg: days.filter((_, i) => i % 7 === 0).map((localDate, i) => ({ localDate, pain: Math.max(0, 7 - i / 10), enjoyment: 6, activity: 6 })),
    notes: days.filter((_, i) => i % 30 === 0).map((localDate) => ({ localDate, body: 'Can we talk about the pool?' })),
  });
}
