// The rows of each CSV file, read back by csv-parse: pacing's changes with their reasons (a
// negative amount stays a number), an answer set with no answers still gets its row, a session
// with several items repeats its columns, and the README names the zone.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCsvFiles } from './csv-export.js';
import { pacingChangesCsv, questionnaireResponsesCsv, sessionItemsCsv } from './csv-rows.js';

const readCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, record_delimiter: ['\r\n'] });

describe('the rows of each file', () => {
  it('writes pacing\'s changes with their reason', () => {
    const change = { at: '2026-11-20', activity: 'aerobic:walking', label: 'Walking', unit: 'minutes', from: 10, to: 12, code: 'pacing_step_up', message: 'Three calm days: +2 minutes.' };
    expect(readCsv(pacingChangesCsv([change, { ...change, from: null, to: 5 }]).text)).toEqual([
      { local_date: '2026-11-20', activity: 'aerobic:walking', activity_name: 'Walking', unit: 'minutes', from: '10', to: '12', reason_code: 'pacing_step_up', reason: 'Three calm days: +2 minutes.' },
      { local_date: '2026-11-20', activity: 'aerobic:walking', activity_name: 'Walking', unit: 'minutes', from: '', to: '5', reason_code: 'pacing_step_up', reason: 'Three calm days: +2 minutes.' },
    ]);
  });

  it('gives an answer set with no answers one row, its answer columns empty', () => {
    const response = { id: 'r1', instrument: 'psfs', version: '1', localDate: '2026-11-24', at: '2026-11-24T08:00:00.000Z', checkinId: null, score: null, answers: [] };
    const [row, ...rest] = readCsv(questionnaireResponsesCsv([response], 'UTC').text);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ response_id: 'r1', at: '2026-11-24T08:00:00+00:00', item: '', score: '' });
  });

  it('repeats a session\'s columns on each item, numbered, with the plan\'s dose beside the one done', () => {
    const session = {
      id: 's1', startedAt: '2026-11-24T08:00:00.000Z', localDate: '2026-11-24', painBefore: 3, painAfter: null, partial: true, stopReason: 'pain_rose',
      toleranceTest: false, notes: null, items: [
        { exerciseId: 'walk', minutes: 8, status: 'done', planned: { minutes: 10 } },
        { exerciseId: 'sit-to-stand', sets: 1, reps: 5, status: 'skipped' },
      ],
    };
    const rows = readCsv(sessionItemsCsv([session], 'Europe/Berlin', (id) => (id === 'walk' ? 'Walking' : null)).text);
    expect(rows.map((r) => [r.session_id, r.item_number, r.exercise_name, r.minutes, r.planned_minutes, r.reps, r.pain_after, r.partial, r.stop_reason])).toEqual([
      ['s1', '1', 'Walking', '8', '10', '', '', 'true', 'pain_rose'],
      ['s1', '2', '', '', '', '5', '', 'true', 'pain_rose'],
    ]);
  });

  it('lists the README first and names the person\'s zone in it', () => {
    const files = buildCsvFiles({ timeZone: 'Asia/Kathmandu', exportedAt: '2026-11-24T10:00:00.000Z', checkins: [], sessions: [], responses: [], pacingChanges: [], lessonEvents: [], flarePlan: null, exerciseName: () => null });
    expect(files.map((f) => f.name)).toEqual(['README.txt', 'checkins.csv', 'session-items.csv', 'questionnaire-responses.csv', 'pacing-changes.csv', 'lessons.csv', 'flare_plan.csv']);
    expect(files[0]?.text).toContain('Asia/Kathmandu');
    expect(readCsv(files[1]?.text ?? '')).toEqual([]);
  });
});
