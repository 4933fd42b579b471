// Moving servers (issue 12) on every database kind: a JSON export of server A imported into a new
// account on server B (a second test app on the other database kind where there is one), then
// exported again: equal but for ids, the account, exportedAt and the care left behind. Walks
// 401 → 400 (not a Pacewise export, a newer version, a broken row in the middle, a hidden control
// character, a row twice) → 409 (an account with data) → 413 (beyond the route's limit) → 200; a
// version 1 file's PEG becomes an answer set in its check-in; the same file twice on one server
// never collides; a failure while writing stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../contract/export.js';
import { MAX_LESSON_EVENTS } from '../../core/export/import-checks.js';
import { hasAnyData, insertImportedRows } from '../../db/import.repository.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { linkClinician, scheduleFor, seedMaya, type Who } from './data-export.fixtures.js';

type Doc = ExportDocument;

/** What must survive a move: everything but ids, the account, exportedAt, and the care (with its schedules). */
function comparable(doc: Doc) {
  const position = new Map(doc.checkins.map((c, i) => [c.id, i]));
  return {
    format: doc.format, version: doc.version, profile: doc.profile, intakeDraft: doc.intakeDraft, weeks: doc.weeks, badDays: doc.badDays,
    lessonEvents: doc.lessonEvents, flarePlan: doc.flarePlan,
    checkins: doc.checkins.map(({ id: _id, ...rest }) => rest),
    sessions: doc.sessions.map(({ id: _id, ...rest }) => rest),
    questionnaireResponses: doc.questionnaireResponses.map(({ id: _id, checkinId, ...rest }) => ({ ...rest, checkin: checkinId === null ? null : position.get(checkinId) })),
  };
}

const kinds = testDatabaseKinds();

describe.each(kinds)('import into a new account on $name', (kind) => {
  const otherKind = kinds.find((k) => k.name !== kind.name) ?? kind;
  let a: TestApp;
  let b: TestApp;
  let maya: Who;
  let file: Doc;
  let n = 0;
  const newPerson = (test: TestApp) => signUpPerson(test, `new-${++n}@example.org`, { timeZone: 'Europe/Berlin' });
  const importInto = (test: TestApp, who: Who | null, payload: unknown) =>
    test.request({ method: 'POST', url: '/api/me/import', ...(who ? { cookie: who.cookie } : {}), payload: payload as object });
  const exportOf = async (test: TestApp, who: Who) => (await test.request({ method: 'GET', url: '/api/me/export', cookie: who.cookie })).json<Doc>();

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp(kind), startTestApp(otherKind)]);
    maya = await seedMaya(a);
    const lena = await signUpStaff(a, 'lena@example.org', 'clinician', 'Lena');
    await linkClinician(a, lena, maya, true);
    await scheduleFor(a, lena, maya);
    file = await exportOf(a, maya);
    // Server B is a week on: the week Maya was shown on A is a past week there.
    b.clock.set('2026-12-02T09:00:00.000Z');
  });
  afterAll(async () => Promise.all([a.close(), b.close()]));

  it('answers 401 without a session', async () => {
    expect((await importInto(b, null, file)).statusCode).toBe(401);
  });

  it.each([
    ['another program\'s file', { format: 'other-app', version: 2 }, 'format'],
    ['a file with no version', { format: 'pacewise-export' }, 'version'],
    ['a list', [], undefined],
  ])('answers 400 to %s', async (_what, payload, field) => {
    const response = await importInto(b, await newPerson(b), payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('refuses a file from a newer Pacewise and says to update this server', async () => {
    const response = await importInto(b, await newPerson(b), { ...file, version: 3 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ field: 'version', message: expect.stringMatching(/newer version of Pacewise.*update/) });
  });

  it.each<[string, (doc: Doc) => unknown, string]>([
    ['a broken row in the middle', (doc) => ({ ...doc, checkins: doc.checkins.map((c, i) => (i === 1 ? { ...c, pain: 11 } : c)) }), 'checkins.1.pain'],
    ['a hidden control character in a note', (doc) => ({ ...doc, sessions: doc.sessions.map((s) => ({ ...s, notes: 'x\u0000y' })) }), 'sessions.0.notes'],
    ['a check-in twice', (doc) => ({ ...doc, checkins: [...doc.checkins, doc.checkins[0]] }), 'checkins.2.id'],
    ['an answer set in a check-in the file lacks', (doc) => ({ ...doc, checkins: doc.checkins.slice(0, 1) }), 'questionnaireResponses.0.checkinId'],
  ])('answers 400 to %s and stores nothing', async (_what, breakFile, field) => {
    const person = await newPerson(b);
    const response = await importInto(b, person, breakFile(file));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
    const after = await exportOf(b, person);
    expect([after.profile, after.checkins, after.sessions, after.questionnaireResponses, after.weeks, after.badDays]).toEqual([null, [], [], [], [], []]);
    expect((await importInto(b, person, file)).statusCode).toBe(200);
  });

  it('refuses answers their questionnaire would not take (a review found a PSFS of 1.7e308 broke the caseload), texts longer than their routes take, and ignores what the schema does not know however deep', async () => {
    const psfs = file.questionnaireResponses.findIndex((r) => r.instrument === 'psfs');
    const peg = file.questionnaireResponses.findIndex((r) => r.instrument === 'peg');
    expect(Math.min(psfs, peg)).toBeGreaterThanOrEqual(0);
    const withAnswer = (index: number, value: number) => ({
      ...file,
      questionnaireResponses: file.questionnaireResponses.map((r, i) => (i === index ? { ...r, answers: r.answers.map((a, j) => (j === 0 ? { ...a, value } : a)) } : r)),
    });
    const person = await newPerson(b);
    const huge = await importInto(b, person, withAnswer(psfs, 1.7e308));
    expect([huge.statusCode, huge.json().error.field]).toEqual([400, `questionnaireResponses.${psfs}.answers.${file.questionnaireResponses[psfs]!.answers[0]!.linkId}`]);
    expect((await importInto(b, person, withAnswer(peg, 11))).json().error.field).toBe(`questionnaireResponses.${peg}.answers.pain`);
    const longNote = { ...file, checkins: file.checkins.map((c, i) => (i === 0 ? { ...c, notes: 'x'.repeat(2001) } : c)) };
    expect((await importInto(b, person, longNote)).json().error.field).toBe('checkins.0.notes');
    // 20,000 levels deep, written out by hand (JSON.stringify itself would overflow).
    const deep = `${JSON.stringify(file).slice(0, -1)},"somethingElse":${'['.repeat(20_000)}"end"${']'.repeat(20_000)}}`;
    const nested = await b.request({ method: 'POST', url: '/api/me/import', cookie: person.cookie, headers: { 'content-type': 'application/json' }, payload: deep });
    expect(nested.statusCode).toBe(200);
    expect((await exportOf(b, person)).checkins).toHaveLength(file.checkins.length);
  });

  it('answers 409 to an account that already has data, and changes nothing', async () => {
    const before = comparable(await exportOf(a, maya));
    const response = await importInto(a, maya, file);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/new account/);
    expect(comparable(await exportOf(a, maya))).toEqual(before);
  });

  it('takes two imports into one account at once one after the other: the second finds the first\'s rows', async () => {
    const person = await newPerson(b);
    const answers = await Promise.all([importInto(b, person, file), importInto(b, person, file)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await exportOf(b, person)).checkins).toHaveLength(2);
  });

  it('answers 413 beyond the import\'s body limit, in the error shape', async () => {
    const response = await importInto(b, await newPerson(b), { format: 'pacewise-export', version: 2, pad: 'x'.repeat(21 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('moves to another server: exporting again gives the same data', async () => {
    const person = await newPerson(b);
    const response = await importInto(b, person, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      checkins: 2, sessions: 1, questionnaireResponses: 3, weeks: 1, badDays: 1, leftBehind: ['care_links', 'questionnaire_schedules'],
    });
    const moved = await exportOf(b, person);
    expect(comparable(moved)).toEqual(comparable(file));
    expect(moved.checkins.map((c) => c.id)).not.toEqual(file.checkins.map((c) => c.id));
    expect(moved.care.links).toEqual([]);
    expect(moved.questionnaireSchedules).toEqual([]);
  });

  it('carries the check-ins\' detail, the lessons and the flare plan (issue 14), and still takes a version 2 file from before them', async () => {
    expect(file.checkins[1]?.detail?.medication).toBe('+Naproxen 250 mg');
    expect(file.lessonEvents.map((e) => [e.lessonId, e.kind])).toEqual([['flare_ups', 'later'], ['hurt_is_not_harm', 'read']]);
    expect(file.flarePlan).toMatchObject({ helps: ['heat', 'rest'], tellAsk: '=Walk the dog' });
    const person = await newPerson(b);
    const { lessonEvents: _l, flarePlan: _f, ...older } = file;
    expect((await importInto(b, person, older)).statusCode).toBe(200);
    const moved = await exportOf(b, person);
    expect([moved.lessonEvents, moved.flarePlan, moved.checkins.length]).toEqual([[], null, 2]);
    const badLesson = { ...file, lessonEvents: [{ lessonId: 'moon', kind: 'read', at: file.exportedAt }] };
    expect((await importInto(b, await newPerson(b), badLesson)).json().error.field).toBe('lessonEvents.0.lessonId');
    const withDetail = (detail: object) => ({ ...file, checkins: file.checkins.map((c, i) => (i === 1 ? { ...c, detail: { ...c.detail, ...detail } } : c)) });
    expect((await importInto(b, await newPerson(b), withDetail({ medication: 'x\u0000y' }))).json().error.field).toBe('checkins.1.detail.medication');
    expect((await importInto(b, await newPerson(b), withDetail({ regionPain: [{ region: 'knee', pain: 3 }] }))).json().error.field).toBe('checkins.1.detail.regionPain.0.region');
    expect((await importInto(b, await newPerson(b), { ...file, flarePlan: { ...file.flarePlan, tellWho: 'y'.repeat(601) } })).json().error.field).toBe('flarePlan.tellWho');
  });

  it('stores a file\'s check-in detail as the route would: lists in order, blank words as none', async () => {
    const detail = { ...file.checkins[1]?.detail, descriptors: ['tingling', 'burning'], otherTrigger: '   ', otherRelief: null };
    const person = await newPerson(b);
    const checkins = file.checkins.map((c, i) => (i === 1 ? { ...c, detail } : c));
    expect((await importInto(b, person, { ...file, checkins })).statusCode).toBe(200);
    const stored = (await exportOf(b, person)).checkins[1]?.detail;
    expect([stored?.descriptors, stored?.otherTrigger]).toEqual([['burning', 'tingling'], null]);
  });

  it('refuses lesson events past what an account holds, so a file of lesson events alone cannot be imported again and again', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    const onlyLessons = { ...file, profile: null, intakeDraft: null, checkins: [], sessions: [], weeks: [], badDays: [], questionnaireResponses: [], flarePlan: null };
    const person = await newPerson(b);
    const half = Array.from({ length: MAX_LESSON_EVENTS / 2 }, () => ({ lessonId: 'sleep', kind: 'later', at }));
    expect((await importInto(b, person, { ...onlyLessons, lessonEvents: half })).statusCode).toBe(200);
    expect((await importInto(b, person, { ...onlyLessons, lessonEvents: half })).statusCode).toBe(200);
    const third = await importInto(b, person, { ...onlyLessons, lessonEvents: [{ lessonId: 'sleep', kind: 'read', at }] });
    expect([third.statusCode, third.json().error.field]).toEqual([400, 'lessonEvents']);
    const tooMany = await importInto(b, await newPerson(b), { ...onlyLessons, lessonEvents: [...half, ...half, ...half.slice(0, 1)] });
    expect([tooMany.statusCode, tooMany.json().error.field]).toEqual([400, 'lessonEvents']);
  });

  it('stores a file\'s flare plan as the route would: what helps in order, blank words as none, an empty plan as none', async () => {
    const person = await newPerson(b);
    const flarePlan = { ...file.flarePlan, helps: ['rest', 'heat'], firstDays: '  ', tellWho: '  Sam ' };
    expect((await importInto(b, person, { ...file, flarePlan })).statusCode).toBe(200);
    expect((await exportOf(b, person)).flarePlan).toMatchObject({ helps: ['heat', 'rest'], firstDays: null, tellWho: 'Sam' });
    const empty = { helps: [], helpsOwnWords: ' ', firstDays: null, stopDoing: null, tellWho: null, tellAsk: null, callDoctor: null, createdAt: file.exportedAt, updatedAt: file.exportedAt };
    const other = await newPerson(b);
    expect((await importInto(b, other, { ...file, flarePlan: empty })).statusCode).toBe(200);
    expect((await exportOf(b, other)).flarePlan).toBeNull();
  });

  it('refuses a lesson event dated in the future, which would hide the chest-pain lesson after a stop and block every read', async () => {
    const future = { lessonId: 'chest_pain', kind: 'later', at: '2099-01-01T00:00:00.000Z' };
    const person = await newPerson(b);
    const response = await importInto(b, person, { ...file, lessonEvents: [...file.lessonEvents, future] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(`lessonEvents.${file.lessonEvents.length}.at`);
    expect((await exportOf(b, person)).checkins).toEqual([]);
  });

  it('answers 409 to an account that has written a flare plan, but not to one that only met the lesson card', async () => {
    const planned = await newPerson(b);
    await b.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: planned.cookie, payload: { helps: ['rest'] } });
    expect((await importInto(b, planned, file)).statusCode).toBe(409);
    const curious = await newPerson(b);
    await b.request({ method: 'POST', url: '/api/me/lessons/sleep/later', cookie: curious.cookie });
    expect((await importInto(b, curious, file)).statusCode).toBe(200);
    expect((await exportOf(b, curious)).lessonEvents.map((e) => e.lessonId)).toEqual(['flare_ups', 'hurt_is_not_harm', 'sleep']);
  });

  it('takes the same file into a second account on the same server, leaving this week to be built here', async () => {
    const person = await newPerson(a);
    const response = await importInto(a, person, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ checkins: 2, weeks: 0, leftBehind: expect.arrayContaining(['this_week']) });
    const plan = await a.request({ method: 'GET', url: '/api/me/plan', cookie: person.cookie });
    expect(plan.statusCode).toBe(200);
  });

  it('reads a version 1 file: its weekly PEG becomes an answer set in its check-in, its goals the first PSFS', async () => {
    const { questionnaireResponses: _r, questionnaireSchedules: _s, ...rest } = file;
    const person = await newPerson(b);
    const response = await importInto(b, person, { ...rest, version: 1 });
    expect(response.statusCode).toBe(200);
    const moved = await exportOf(b, person);
    const weekly = moved.checkins.find((c) => c.peg !== null);
    expect(weekly?.peg).toEqual({ pain: 6, enjoyment: 5, activity: 4 });
    expect(moved.questionnaireResponses.map((r) => [r.instrument, r.checkinId, r.localDate])).toEqual([['peg', weekly?.id, '2026-11-23'], ['psfs', null, '2026-11-24']]);
    expect(moved.questionnaireResponses[1]?.answers).toEqual([{ linkId: 'activity-1', value: 4, code: null, label: 'Gardening' }]);
  });

  it('takes a year of check-ins, well beyond the app\'s usual body limit', async () => {
    const days = Array.from({ length: 1500 }, (_, i) => new Date(Date.UTC(2022, 0, 1) + i * 86_400_000 / 2).toISOString());
    const checkins = days.map((at) => ({ ...file.checkins[0], id: crypto.randomUUID(), clientId: crypto.randomUUID(), at, localDate: at.slice(0, 10), createdAt: at, updatedAt: at }));
    const payload = { ...file, checkins: [...file.checkins, ...checkins] };
    expect(JSON.stringify(payload).length).toBeGreaterThan(500_000);
    const response = await importInto(b, await newPerson(b), payload);
    expect(response.statusCode).toBe(200);
    expect(response.json().checkins).toBe(1502);
  });

  it('stores nothing when a write fails partway', async () => {
    const person = await newPerson(a);
    const taken = { ...file.checkins[1] } as Doc['checkins'][number];
    const rows = { ...file, responses: [], lessonEvents: [], checkins: [{ ...file.checkins[0], id: crypto.randomUUID() } as Doc['checkins'][number], taken] };
    await expect(a.database.db.transaction().execute((trx) => insertImportedRows(trx, person.id, rows, a.clock.now()))).rejects.toThrow();
    expect(await hasAnyData(a.database.db, person.id)).toBe(false);
  });
});
