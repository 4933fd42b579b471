// The questionnaire routes on every database kind (issue 12). Each walks 401 → 400 (each body
// field, a bad instrument key, answers the form does not take) → 404 (a person on a clinician
// route, an unlinked clinician, an ended link, a retired or unassigned imported form) → 200/201;
// a retry with the same clientId is answered with the same answer set, a different one is a
// conflict; the intake's goals are the first PSFS; a clinician's schedule is asked; the caseload
// shows the change; the check-in's PEG is in the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import type { FormDefinition } from '../../core/questionnaires/index.js';
import { insertImportedQuestionnaire, retireImportedQuestionnaire } from '../../db/imported-questionnaire.repository.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
/** Maya's intake: two activities that matter to her are her first PSFS. */
const PROFILE_WITH_GOALS = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: ALL_NO,
  goals: [{ activity: 'Gardening', score: 3 }, { activity: 'Walk to the shop', score: 5 }],
};
const DAY = 86_400_000;
const LIVE_ID = '00000000-0000-4000-8000-0000000000f1';
const RETIRED_ID = '00000000-0000-4000-8000-0000000000f2';
const NEVER_ID = '00000000-0000-4000-8000-0000000000f3';

/** A placeholder imported form: two choice items, not scored. */
function placeholderForm(id: string): FormDefinition {
  const options = [1, 2, 3].map((value) => ({ code: `c${value}`, system: null, value, text: { literal: `Option ${value}` } }));
  const item = (linkId: string) => ({ kind: 'choice' as const, linkId, text: { literal: `Question ${linkId}` }, codes: [], enableWhen: [], enableBehavior: 'all' as const, required: true, options });
  return { instrument: `imported:${id}`, version: '1', title: { literal: 'Placeholder form' }, intro: null, items: [item('q1'), item('q2')], codes: [], canonical: null };
}

type Who = { cookie: string; id: string };

describe.each(testDatabaseKinds())('questionnaire routes on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  let omar: Who;
  let ella: Who;
  const call = (who: Who | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload === undefined ? {} : { payload: payload as object }) });
  const link = async (clinician: Who, patient: Who, endedAt: string | null) => {
    await test.database.db.insertInto('care_links').values({
      id: crypto.randomUUID(), clinician_id: clinician.id, patient_id: patient.id, share_notes: 0, started_at: test.clock.now(), ended_at: endedAt, ended_by: endedAt ? clinician.id : null,
    }).execute();
  };
  const answer = (who: Who, payload: Record<string, unknown>) => call(who, 'POST', '/api/me/questionnaires/responses', payload);
  const pgic = (clientId: string, code = '2') => ({ clientId, instrument: 'pgic', answers: [{ linkId: 'change', value: null, code, label: null }] });

  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'UTC', name: 'Maya' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    ella = await signUpStaff(test, 'ella@example.org', 'clinician', 'Ella');
    const admin = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
    expect((await call(maya, 'PUT', '/api/me/profile', PROFILE_WITH_GOALS)).statusCode).toBe(200);
    await link(lena, maya, null);
    await link(ella, maya, test.clock.now());
    for (const id of [LIVE_ID, RETIRED_ID]) {
      await insertImportedQuestionnaire(test.database.db, {
        id, url: null, version: '1', title: 'Placeholder form', resource: { resourceType: 'Questionnaire' }, form: placeholderForm(id), scoring: null, itemCount: 2, importedBy: admin.id, at: test.clock.now(),
      });
    }
    await retireImportedQuestionnaire(test.database.db, RETIRED_ID, test.clock.now());
  });
  afterAll(async () => test.close());

  const ROUTES = [
    ['GET', '/api/me/questionnaires/due'],
    ['POST', '/api/me/questionnaires/responses'],
    ['GET', '/api/me/questionnaires/history'],
    ['GET', '/api/patients/:id/questionnaires'],
    ['PUT', '/api/patients/:id/questionnaires/psfs'],
  ] as const;

  it.each(ROUTES)('%s %s answers 401 without a session', async (method, path) => {
    expect((await call(null, method, path.replace(':id', maya.id), {})).statusCode).toBe(401);
  });

  it.each([
    ['clientId', { instrument: 'pgic', answers: [] }],
    ['clientId', { clientId: '', instrument: 'pgic', answers: [] }],
    ['instrument', { clientId: 'a', instrument: 'sf36', answers: [] }],
    ['instrument', { clientId: 'a', instrument: 'imported:not-an-id', answers: [] }],
    ['answers', { clientId: 'a', instrument: 'pgic', answers: 'yes' }],
    ['answers.0.linkId', { clientId: 'a', instrument: 'pgic', answers: [{ linkId: '', value: 1, code: null, label: null }] }],
    ['localDate', { clientId: 'a', instrument: 'pgic', localDate: '24/11/2026', answers: [] }],
    ['when', { clientId: 'a', instrument: 'pgic', answers: [], when: 'now' }],
  ])('refuses an answer set with a bad %s (400)', async (field, payload) => {
    const response = await answer(maya, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field ?? '').toContain(field === 'when' ? '' : field);
  });

  it.each([
    ['answers.change', pgic('x1', '9')],
    ['answers.change', { clientId: 'x2', instrument: 'pgic', answers: [] }],
    ['answers.mood', { clientId: 'x3', instrument: 'pgic', answers: [{ linkId: 'mood', value: 3, code: null, label: null }] }],
    ['answers.activity-1', { clientId: 'x4', instrument: 'psfs', answers: [{ linkId: 'activity-1', value: 11, code: null, label: null }] }],
    ['instrument', { clientId: 'x5', instrument: 'peg', answers: [] }],
  ])('refuses answers the form does not take, naming %s (400)', async (field, payload) => {
    const response = await answer(maya, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', field });
  });

  it('refuses a bad history filter and bad clinician input (400)', async () => {
    expect((await call(maya, 'GET', '/api/me/questionnaires/history?instrument=sf36')).statusCode).toBe(400);
    expect((await call(lena, 'GET', '/api/patients/not-an-id/questionnaires')).statusCode).toBe(400);
    const put = (instrument: string, payload: unknown) => call(lena, 'PUT', `/api/patients/${maya.id}/questionnaires/${instrument}`, payload);
    for (const [payload, field] of [[{ everyDays: 3 }, 'everyDays'], [{ everyDays: 400 }, 'everyDays'], [{ everyDays: 7.5 }, 'everyDays'], [{}, 'everyDays'], [{ everyDays: 7, by: 'x' }, '']] as const) {
      const response = await put('psfs', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field ?? '').toContain(field);
    }
    expect((await put('sf36', { everyDays: 7 })).statusCode).toBe(400);
  });

  it('hides a patient’s questionnaires from a person, an unlinked clinician and an ended link (404)', async () => {
    for (const who of [maya, omar, ella]) {
      expect((await call(who, 'GET', `/api/patients/${maya.id}/questionnaires`)).statusCode).toBe(404);
      expect((await call(who, 'PUT', `/api/patients/${maya.id}/questionnaires/pgic`, { everyDays: 14 })).statusCode).toBe(404);
    }
  });

  it('will not schedule a retired or never-imported form (404)', async () => {
    for (const id of [RETIRED_ID, NEVER_ID]) {
      expect((await call(lena, 'PUT', `/api/patients/${maya.id}/questionnaires/imported:${id}`, { everyDays: 7 })).statusCode).toBe(404);
    }
  });

  it('will not take answers to a retired, never-imported or unassigned imported form (404)', async () => {
    const form = (id: string, clientId: string) => ({ clientId, instrument: `imported:${id}`, answers: [{ linkId: 'q1', value: null, code: 'c1', label: null }] });
    for (const [id, n] of [[RETIRED_ID, 1], [NEVER_ID, 2], [LIVE_ID, 3]] as const) {
      expect((await answer(maya, form(id, `imp-${n}`))).statusCode).toBe(404);
    }
  });

  it('asks nothing on the intake day (its goals are the first PSFS) and nothing before an intake', async () => {
    expect((await call(maya, 'GET', '/api/me/questionnaires/due')).json()).toEqual({ due: null });
    const dan = await signUpPerson(test, 'dan@example.org');
    expect((await call(dan, 'GET', '/api/me/questionnaires/due')).json()).toEqual({ due: null });
    const history = (await call(maya, 'GET', '/api/me/questionnaires/history')).json();
    expect(history.instruments.map((i: { instrument: string }) => i.instrument)).toEqual(['psfs']);
    expect(history.instruments[0].points[0].score.value).toBe(4);
  });

  it('asks the PSFS again two weeks on, takes it once per clientId, and asks nothing more that day', async () => {
    test.clock.advance(14 * DAY);
    const due = (await call(maya, 'GET', '/api/me/questionnaires/due')).json();
    expect(due.due).toMatchObject({ dueSince: '2026-12-08', assignedBy: null, form: { instrument: 'psfs' } });
    expect(due.due.form.items.map((i: { linkId: string }) => i.linkId)).toEqual(['activity-1', 'activity-2']);
    const payload = { clientId: 'psfs-2', instrument: 'psfs', answers: [{ linkId: 'activity-1', value: 6, code: null, label: null }, { linkId: 'activity-2', value: 7, code: null, label: null }] };
    const first = await answer(maya, payload);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ instrument: 'psfs', localDate: '2026-12-08', score: { value: 6.5, method: 'mean' }, clientId: 'psfs-2' });
    expect(first.json().answers.map((a: { label: string }) => a.label)).toEqual(['Gardening', 'Walk to the shop']);
    const again = await answer(maya, payload);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const changed = await answer(maya, { ...payload, answers: [{ ...payload.answers[0], value: 2 }, payload.answers[1]] });
    expect(changed.statusCode).toBe(409);
    const rows = await test.database.db.selectFrom('questionnaire_responses').select('id').where('client_id', '=', 'psfs-2').execute();
    expect(rows).toHaveLength(1);
    expect((await call(maya, 'GET', '/api/me/questionnaires/due')).json()).toEqual({ due: null });
  });

  it('shows the history with the change and its meaningful mark, of one instrument when asked', async () => {
    const history = (await call(maya, 'GET', '/api/me/questionnaires/history?instrument=psfs')).json();
    expect(history.instruments).toHaveLength(1);
    const [psfs] = history.instruments;
    expect(psfs).toMatchObject({ instrument: 'psfs', direction: 'higher_is_better', meaningfulChange: 2 });
    expect(psfs.points.map((p: { change: number | null; mark: string | null; direction: string | null }) => [p.change, p.mark, p.direction])).toEqual([[null, null, null], [2.5, 'meaningful', 'better']]);
    expect(psfs.activities.find((a: { label: string }) => a.label === 'Gardening').points.map((p: { value: number }) => p.value)).toEqual([3, 6]);
    expect((await call(maya, 'GET', '/api/me/questionnaires/history?instrument=pgic')).json()).toEqual({ instruments: [] });
  });

  it('lets the linked clinician assign an imported form, which is then asked with her name', async () => {
    const put = await call(lena, 'PUT', `/api/patients/${maya.id}/questionnaires/imported:${LIVE_ID}`, { everyDays: 7 });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ instrument: `imported:${LIVE_ID}`, everyDays: 7, insideCheckin: false, setBy: { clinicianId: lena.id, name: 'Lena' } });
    const view = (await call(lena, 'GET', `/api/patients/${maya.id}/questionnaires`)).json();
    expect(view.schedules.map((s: { instrument: string; everyDays: number | null }) => [s.instrument, s.everyDays])).toEqual([
      ['pain_rating', null], ['peg', 7], ['psfs', 14], ['pgic', 28], [`imported:${LIVE_ID}`, 7],
    ]);
    expect(view.history.instruments.map((i: { instrument: string }) => i.instrument)).toEqual(['psfs']);
    const audited = await test.database.db.selectFrom('audit_events').select('action').where('actor_id', '=', lena.id).where('patient_id', '=', maya.id).execute();
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['read:outcomes', 'write:outcome_schedule']));
    test.clock.advance(DAY);
    const due = (await call(maya, 'GET', '/api/me/questionnaires/due')).json();
    expect(due.due).toMatchObject({ form: { instrument: `imported:${LIVE_ID}`, title: { literal: 'Placeholder form' } }, assignedBy: 'Lena' });
    const answered = await answer(maya, { clientId: 'imp-ok', instrument: `imported:${LIVE_ID}`, answers: [{ linkId: 'q1', value: null, code: 'c2', label: null }, { linkId: 'q2', value: null, code: 'c3', label: null }] });
    expect(answered.statusCode).toBe(201);
    expect(answered.json().answers.map((a: { value: number }) => a.value)).toEqual([2, 3]);
  });

  it('keeps the weekly PEG in the check-in and in the history, and not as its own answer', async () => {
    const checkin = await call(maya, 'POST', '/api/me/checkins', { pain: 4, peg: { pain: 5, enjoyment: 4, activity: 3 } });
    expect(checkin.statusCode).toBe(201);
    expect(checkin.json().peg).toEqual({ pain: 5, enjoyment: 4, activity: 3 });
    const history = (await call(maya, 'GET', '/api/me/questionnaires/history?instrument=peg')).json();
    expect(history.instruments[0].points.map((p: { score: { value: number } }) => p.score.value)).toEqual([4]);
  });

  it('starts a new PSFS when the intake names other activities, and not when only the scores move', async () => {
    const psfsCount = async () => (await test.database.db.selectFrom('questionnaire_responses').select('id').where('user_id', '=', maya.id).where('instrument', '=', 'psfs').execute()).length;
    const before = await psfsCount();
    const goals = PROFILE_WITH_GOALS.goals;
    expect((await call(maya, 'PUT', '/api/me/profile', { ...PROFILE_WITH_GOALS, goals: goals.map((g) => ({ ...g, score: 9 })) })).statusCode).toBe(200);
    expect(await psfsCount()).toBe(before);
    const more = [...goals, { activity: 'Swimming', score: 2 }];
    expect((await call(maya, 'PUT', '/api/me/profile', { ...PROFILE_WITH_GOALS, goals: more })).statusCode).toBe(200);
    expect(await psfsCount()).toBe(before + 1);
    const latest = (await call(maya, 'GET', '/api/me/questionnaires/history?instrument=psfs')).json().instruments[0].points.at(-1);
    expect(latest).toMatchObject({ localDate: '2026-12-09', score: { value: 3.33, answered: 3, of: 3 } });
  });

  it('shows the change on the caseload, and switches an instrument off for the patient', async () => {
    const caseload = (await call(lena, 'GET', '/api/practice/caseload')).json();
    const row = caseload.items.find((r: { patientId: string }) => r.patientId === maya.id);
    expect(row.outcomes.find((o: { instrument: string }) => o.instrument === 'psfs')).toMatchObject({
      // Swimming joined the activities since the first rating: a new baseline, not a decline.
      first: { localDate: '2026-11-24', score: 4 }, latest: { localDate: '2026-12-09', score: 3.33 }, change: null, mark: null, direction: null,
    });
    expect(row.peg.latest.score).toBe(4);
    expect((await call(lena, 'PUT', `/api/patients/${maya.id}/questionnaires/peg`, { everyDays: 14 })).statusCode).toBe(422);
    expect((await call(lena, 'PUT', `/api/patients/${maya.id}/questionnaires/pgic`, { everyDays: null })).json()).toMatchObject({ everyDays: null });
    test.clock.advance(30 * DAY);
    const due = (await call(maya, 'GET', '/api/me/questionnaires/due')).json();
    expect(due.due?.form.instrument).not.toBe('pgic');
  });
});
