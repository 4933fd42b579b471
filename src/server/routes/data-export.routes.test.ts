// The data-out downloads on every database kind (issue 12): the JSON export at version 2 (every
// answer set, the weekly PEG read from its answer set, the schedules); the CSV zip unzipped with
// fflate and each file read back by csv-parse in strict RFC 4180 mode with its BOM — notes with
// commas, quotes, line breaks, accents and a leading `=` (neutralised), instants with Berlin's
// offset, one row per session item and per answer with its score. A clinician's downloads walk
// 401 → 400 → 404 (a person, an unlinked clinician, an ended link) → 200, show the person's notes
// only when shared and only the clinician's own thread of care, and each is in the audit log.
// (LibreOffice is not installed here, so `soffice --convert-to` could not be run; csv-parse is the check.)
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { placeholderPi6a } from '../../core/questionnaires/promis/promis.fixtures.js';
import { insertImportedQuestionnaire } from '../../db/imported-questionnaire.repository.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { linkClinician, NOTE_FORMULA, NOTE_HARD, scheduleFor, seedMaya, SESSION_NOTE, type Who } from './data-export.fixtures.js';

type Csv = Record<string, string>[];
const readCsv = (text: string): Csv => parse(text, { bom: true, columns: true, record_delimiter: ['\r\n'], relax_quotes: false, relax_column_count: false });

function unzip(body: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(body));
  // strFromU8 decodes as TextDecoder does, dropping the BOM; csv-parse is told to expect one anyway.
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe.each(testDatabaseKinds())('data-out downloads on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  let omar: Who;
  let ida: Who;
  const get = (who: Who | null, url: string) => test.request({ method: 'GET', url, ...(who ? { cookie: who.cookie } : {}) });
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await seedMaya(test);
    [lena, omar, ida] = await Promise.all([
      signUpStaff(test, 'lena@example.org', 'clinician', 'Lena'),
      signUpStaff(test, 'omar@example.org', 'clinician', 'Omar'),
      signUpStaff(test, 'ida@example.org', 'clinician', 'Ida'),
    ]);
    await linkClinician(test, lena, maya, false);
    await linkClinician(test, ida, maya, true, '2026-11-24T09:00:00.000Z');
    await scheduleFor(test, lena, maya);
    await test.database.db.insertInto('care_notes').values({
      id: crypto.randomUUID(), patient_id: maya.id, clinician_id: ida.id, author_id: ida.id, body: 'From Ida', created_at: test.clock.now(), read_at: null,
    }).execute();
  });
  afterAll(async () => test.close());

  it('exports my data as JSON version 2, with every answer set and the weekly PEG in its check-in', async () => {
    const response = await get(maya, '/api/me/export');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.version).toBe(2);
    expect(doc.checkins.map((c: { notes: string }) => c.notes)).toEqual([NOTE_FORMULA, NOTE_HARD]);
    const weekly = doc.checkins[1];
    expect(weekly.peg).toEqual({ pain: 6, enjoyment: 5, activity: 4 });
    expect(doc.checkins[0].peg).toBeNull();
    expect(doc.questionnaireResponses.map((r: { instrument: string; checkinId: string | null }) => [r.instrument, r.checkinId])).toEqual([['peg', weekly.id], ['pgic', null], ['psfs', null]]);
    expect(doc.questionnaireSchedules).toEqual([{ instrument: 'pgic', everyDays: 28, setBy: { clinicianId: lena.id, name: 'Lena', at: test.clock.now() } }]);
    expect(doc.care.notes.map((n: { body: string }) => n.body)).toEqual(['From Ida']);
  });

  it('answers 401 to the CSV download without a session', async () => {
    expect((await get(null, '/api/me/export/csv')).statusCode).toBe(401);
  });

  it('downloads my CSV files in a dated zip that is never cached', async () => {
    const response = await get(maya, '/api/me/export/csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe('attachment; filename="pacewise-export-2026-11-24.zip"');
    expect(response.headers['cache-control']).toBe('no-store');
    const files = unzip(response.rawPayload);
    expect(Object.keys(files)).toEqual(['README.txt', 'checkins.csv', 'session-items.csv', 'questionnaire-responses.csv', 'pacing-changes.csv', 'lessons.csv', 'flare_plan.csv']);
    expect(files['README.txt']).toContain('Europe/Berlin');
    // UTF-8 with a byte-order mark, so spreadsheet programs read the accents.
    const raw = unzipSync(new Uint8Array(response.rawPayload));
    for (const name of Object.keys(raw).filter((n) => n.endsWith('.csv'))) expect([...(raw[name] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes check-ins that read back exactly, notes neutralised, times with Berlin\'s offset', async () => {
    const doc = (await get(maya, '/api/me/export')).json();
    const rows = readCsv(unzip((await get(maya, '/api/me/export/csv')).rawPayload)['checkins.csv'] ?? '');
    expect(rows).toEqual([
      {
        checkin_id: doc.checkins[0].id, local_date: '2026-11-22', at: '2026-11-22T08:30:00+01:00', pain: '5', flare: 'false', pain_areas: 'lower_back',
        stiffness: '3', sleep: '', mood: '6', energy: '', stress: '', something_new: 'false', peg_pain: '', peg_enjoyment: '', peg_activity: '', notes: `'${NOTE_FORMULA}`,
        region_pain: '', spreads_to: '', descriptors: '', triggers: '', other_trigger: '', relief: '', other_relief: '', medication: '',
      },
      {
        checkin_id: doc.checkins[1].id, local_date: '2026-11-23', at: '2026-11-23T19:15:00+01:00', pain: '6', flare: 'false', pain_areas: 'lower_back',
        stiffness: '3', sleep: '', mood: '6', energy: '', stress: '', something_new: 'false', peg_pain: '6', peg_enjoyment: '5', peg_activity: '4', notes: NOTE_HARD,
        region_pain: 'lower_back:6', spreads_to: 'leg', descriptors: 'burning;aching', triggers: 'sitting;other', other_trigger: 'the long meeting',
        relief: 'heat:6/7;medication:4', other_relief: '', medication: "'+Naproxen 250 mg",
      },
    ]);
  });

  it('writes my lessons and my flare plan (issue 14), its words safe from formulas', async () => {
    const files = unzip((await get(maya, '/api/me/export/csv')).rawPayload);
    expect(readCsv(files['lessons.csv'] ?? '').map((r) => [r.lesson_id, r.event, r.at])).toEqual([
      ['flare_ups', 'later', '2026-11-24T11:00:00+01:00'], ['hurt_is_not_harm', 'read', '2026-11-24T11:00:00+01:00'],
    ]);
    expect(readCsv(files['flare_plan.csv'] ?? '')).toEqual([{
      helps: 'heat;rest', helps_own_words: 'A warm bath', first_days: 'Short walks every hour', stop_doing: 'Gardening', tell_who: 'Sam',
      tell_ask: "'=Walk the dog", call_doctor: 'If it is no better in a week', updated_at: '2026-11-24T11:00:00+01:00',
    }]);
  });

  it('writes one row per session item with the session\'s columns repeated', async () => {
    const rows = readCsv(unzip((await get(maya, '/api/me/export/csv')).rawPayload)['session-items.csv'] ?? '');
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.item_number, r.status, r.hold_seconds, r.pain_during, r.started_at, r.session_notes])).toEqual([
      ['1', 'done', '30', '', '2026-11-23T18:00:00+01:00', `'${SESSION_NOTE}`],
      ['2', 'easier', '20', '4', '2026-11-23T18:00:00+01:00', `'${SESSION_NOTE}`],
    ]);
    expect(rows[0]?.exercise_name).not.toBe('');
    expect(rows[0]?.session_id).toBe(rows[1]?.session_id);
  });

  it('writes one row per answer, with the instrument, the day and the score', async () => {
    const rows = readCsv(unzip((await get(maya, '/api/me/export/csv')).rawPayload)['questionnaire-responses.csv'] ?? '');
    expect(rows.map((r) => [r.instrument, r.local_date, r.item, r.answer_value, r.score, r.score_method])).toEqual([
      ['peg', '2026-11-23', 'pain', '6', '5', 'mean'],
      ['peg', '2026-11-23', 'enjoyment', '5', '5', 'mean'],
      ['peg', '2026-11-23', 'activity', '4', '5', 'mean'],
      ['pgic', '2026-11-24', 'change', '6', '6', 'single'],
      ['psfs', '2026-11-24', 'activity-1', '4', '4', 'mean'],
    ]);
    expect(rows.at(-1)?.answer_label).toBe('Gardening');
  });

  it('writes pacing\'s changes as the pacing page lists them, oldest first', async () => {
    const [files, pacing] = await Promise.all([get(maya, '/api/me/export/csv'), get(maya, '/api/me/pacing')]);
    const rows = readCsv(unzip(files.rawPayload)['pacing-changes.csv'] ?? '');
    const changes = pacing.json().changes as { at: string; code: string; message: string }[];
    expect(rows.map((r) => [r.local_date, r.reason_code, r.reason])).toEqual([...changes].reverse().map((c) => [c.at, c.code, c.message]));
  });

  it('scores an imported PROMIS form in the CSV: the summed-score table when complete, the response pattern with a skip', async () => {
    const id = crypto.randomUUID();
    const admin = await signUpStaff(test, 'admin@example.org', 'admin');
    await insertImportedQuestionnaire(test.database.db, {
      id, url: null, version: '1.0', title: 'Placeholder PI 6a', resource: {}, form: placeholderPi6a(id), scoring: 'pi_6a', itemCount: 6, importedBy: admin.id, at: test.clock.now(),
    });
    const noor = await signUpPerson(test, 'noor@example.org', { timeZone: 'Europe/Berlin' });
    const answers = (skip: boolean) => JSON.stringify(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((linkId) => ({ linkId, value: skip && linkId === 'q6' ? null : 3, code: 'opt-3', label: null })));
    for (const [at, skip] of [['2026-11-20T09:00:00.000Z', false], ['2026-11-21T09:00:00.000Z', true]] as const) {
      await test.database.db.insertInto('questionnaire_responses').values({
        id: crypto.randomUUID(), user_id: noor.id, instrument: `imported:${id}`, version: '1.0', local_date: at.slice(0, 10), at, answers: answers(skip),
        checkin_id: null, client_id: crypto.randomUUID(), created_at: at, updated_at: at,
      }).execute();
    }
    const rows = readCsv(unzip((await get(noor, '/api/me/export/csv')).rawPayload)['questionnaire-responses.csv'] ?? '');
    const [complete, skipped] = [rows.filter((r) => r.local_date === '2026-11-20'), rows.filter((r) => r.local_date === '2026-11-21')];
    expect(complete).toHaveLength(6);
    expect(complete[0]).toMatchObject({ raw_score: '18', score_method: 'summed_table', score: expect.stringMatching(/^\d{2}(\.\d)?$/), score_se: expect.stringMatching(/^\d(\.\d)?$/) });
    expect(skipped[0]).toMatchObject({ score_method: 'response_pattern' });
    expect(skipped.at(-1)).toMatchObject({ item: 'q6', answer_value: '' });
  });

  describe.each([
    ['exportPatient', ''],
    ['exportPatientCsv', '/csv'],
  ])('%s', (_name, suffix) => {
    const url = (patientId: string) => `/api/patients/${patientId}/export${suffix}`;

    it('answers 401 without a session', async () => {
      expect((await get(null, url(maya.id))).statusCode).toBe(401);
    });

    it('answers 400 for a patient id that is not an id', async () => {
      const response = await get(lena, url('not-an-id'));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('patientId');
    });

    it('answers 404 to a person, an unlinked clinician and an ended link, as for an id that does not exist', async () => {
      const answers = await Promise.all([get(maya, url(maya.id)), get(omar, url(maya.id)), get(ida, url(maya.id)), get(lena, url(crypto.randomUUID()))]);
      expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404]);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    });

    it('answers the linked clinician, and the audit log records the download', async () => {
      const before = await countDownloads(test, lena, maya);
      const response = await get(lena, url(maya.id));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="pacewise-patient-export-2026-11-24\.(json|zip)"$/);
      expect(await countDownloads(test, lena, maya)).toBe(before + 1);
    });
  });

  it('gives a clinician the notes only when shared, and of the care only their own thread', async () => {
    const doc = (await get(lena, `/api/patients/${maya.id}/export`)).json();
    expect(doc.checkins.map((c: { notes: string | null }) => c.notes)).toEqual([null, null]);
    expect(doc.sessions[0].notes).toBeNull();
    expect(doc.care.links.map((l: { clinician: { id: string } }) => l.clinician.id)).toEqual([lena.id]);
    expect(doc.care.notes).toEqual([]);
    expect(doc.care.looks).toEqual([]);
    expect(doc.account).toMatchObject({ id: maya.id, timeZone: 'Europe/Berlin', role: 'person' });
    expect(doc.questionnaireResponses).toHaveLength(3);
    const files = unzip((await get(lena, `/api/patients/${maya.id}/export/csv`)).rawPayload);
    const rows = readCsv(files['checkins.csv'] ?? '');
    expect(rows.map((r) => r.notes)).toEqual(['', '']);
    // The detail without her own words (issue 14); her lessons and flare plan are hers alone.
    expect(doc.checkins[1].detail).toMatchObject({ regionPain: [{ region: 'lower_back', pain: 6 }], otherTrigger: null, medication: null });
    expect(rows.map((r) => [r.region_pain, r.other_trigger, r.medication])).toEqual([['', '', ''], ['lower_back:6', '', '']]);
    expect([doc.lessonEvents, doc.flarePlan]).toEqual([[], null]);
    expect([readCsv(files['lessons.csv'] ?? ''), readCsv(files['flare_plan.csv'] ?? '')]).toEqual([[], []]);
  });
});

async function countDownloads(test: TestApp, clinician: Who, patient: Who): Promise<number> {
  const rows = await test.database.db.selectFrom('audit_events').select('id')
    .where('actor_id', '=', clinician.id).where('patient_id', '=', patient.id).where('action', '=', 'read:export').execute();
  return rows.length;
}
