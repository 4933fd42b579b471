/**
 * The files of a CSV export: one per kind, and a README that says what each holds and the time
 * zone the times are written in.
 */
import {
  checkinsCsv,
  pacingChangesCsv,
  questionnaireResponsesCsv,
  sessionItemsCsv,
  type CsvCheckin,
  type CsvFile,
  type CsvPacingChange,
  type CsvResponse,
  type CsvSession,
} from './csv-rows.js';
import { flarePlanCsv, lessonsCsv, type CsvFlarePlan } from './csv-journal.js';
import type { LessonEvent } from '../lessons/catalog.js';

/** Everything a CSV export is made from, for one person. */
export interface CsvExportInput {
  timeZone: string;
  exportedAt: string;
  checkins: readonly CsvCheckin[];
  sessions: readonly CsvSession[];
  responses: readonly CsvResponse[];
  pacingChanges: readonly CsvPacingChange[];
  /** The person's own lessons and flare plan (issue 14): none in a clinician's copy. */
  lessonEvents: readonly LessonEvent[];
  flarePlan: CsvFlarePlan | null;
  exerciseName: (id: string) => string | null;
}

/** The README of the zip: plain words on what each file holds. */
export function readmeText(timeZone: string, exportedAt: string): string {
  return [
    'Your Pacewise data as CSV files',
    '',
    `Exported at ${exportedAt} (UTC).`,
    `Times are written in ISO 8601 with the offset of your time zone, ${timeZone} (for example 2026-11-24T08:30:00+01:00).`,
    'Days (local_date) are your own calendar days in that zone.',
    '',
    'checkins.csv - one row per check-in: pain and the other 0-10 ratings, the weekly PEG when given, and your notes.',
    '  Then the detail when you added it: pain per place (lower_back:6;knee:3), where it spread, what it felt like, what set it off,',
    '  what helped and how much, 0-10, then and when asked again later (heat:6/7), and medication taken. Lists are separated by ;.',
    'session-items.csv - one row per exercise of a session; the session\'s own columns are repeated on each of its rows.',
    'questionnaire-responses.csv - one row per answer, with the questionnaire, the day and the score of the whole answer set.',
    'pacing-changes.csv - every change pacing made to an amount, with the reason.',
    'lessons.csv - each time you read a lesson or chose "not now" (later).',
    'flare_plan.csv - your flare plan, in one row (only the header when you have not written one).',
    '',
    'The files are UTF-8 with a byte-order mark, comma-separated, with a header row (RFC 4180).',
    'A text cell that starts with = + - or @ is written with a leading \' so a spreadsheet does not run it as a formula.',
    '',
  ].join('\r\n');
}

/** The files of the zip, in the order they are listed. */
export function buildCsvFiles(input: CsvExportInput): CsvFile[] {
  const { timeZone } = input;
  return [
    { name: 'README.txt', text: readmeText(timeZone, input.exportedAt) },
    checkinsCsv(input.checkins, timeZone),
    sessionItemsCsv(input.sessions, timeZone, input.exerciseName),
    questionnaireResponsesCsv(input.responses, timeZone),
    pacingChangesCsv(input.pacingChanges),
    lessonsCsv(input.lessonEvents, timeZone),
    flarePlanCsv(input.flarePlan, timeZone),
  ];
}
