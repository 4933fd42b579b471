// The patient-record routes on every database kind (issue 10): each walks 401 → 400 → 404 (a
// person on a clinician route, an unlinked clinician, an ended link) → 200 with the answer the
// person gets from their own route; the person's days in their own time zone; the notes written
// in check-ins only when the person shares them; every look written to the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
const MAYA_PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: ALL_NO,
};
/** Each record route, and the person's own route it mirrors. */
const RECORD = [
  ['getPatientProfile', '/profile', '/api/me/profile'],
  ['getPatientSafety', '/safety', '/api/me/safety'],
  ['listPatientCheckins', '/checkins', '/api/me/checkins'],
  ['listPatientSessions', '/sessions', '/api/me/sessions'],
  ['getPatientPlan', '/plan', '/api/me/plan'],
  ['getPatientPacing', '/pacing', '/api/me/pacing'],
  ['getPatientInsights', '/insights', '/api/me/insights'],
] as const;
const ALL = [['getPatient', '', null] as const, ...RECORD];

type Who = { cookie: string; id: string };

describe.each(testDatabaseKinds())('patient-record routes on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  let omar: Who;
  let linkId: string;
  const get = (who: Who | null, url: string) => test.request({ method: 'GET', url, ...(who ? { cookie: who.cookie } : {}) });
  const link = async (clinician: Who, patient: Who, shareNotes: boolean) => {
    const id = crypto.randomUUID();
    await test.database.db.insertInto('care_links').values({
      id, clinician_id: clinician.id, patient_id: patient.id, share_notes: shareNotes ? 1 : 0, started_at: test.clock.now(), ended_at: null, ended_by: null,
    }).execute();
    return id;
  };
  beforeAll(async () => {
    test = await startTestApp(kind);
    // Maya lives in Auckland; Lena works in Berlin: Maya's days are Auckland days.
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Pacific/Auckland', name: 'Maya' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    const intake = await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: MAYA_PROFILE });
    expect(intake.statusCode).toBe(200);
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 5, notes: 'hard day at work', at: '2026-11-24T09:30:00.000Z' } });
    linkId = await link(lena, maya, false);
  });
  afterAll(async () => test.close());

  it.each(ALL)('%s answers 401 without a session', async (_name, path) => {
    expect((await get(null, `/api/patients/${maya.id}${path}`)).statusCode).toBe(401);
  });

  it.each(ALL)('%s answers 400 for a patient id that is not an id', async (_name, path) => {
    const response = await get(lena, `/api/patients/not-an-id${path}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('patientId');
  });

  it.each(ALL)('%s answers 404 to a person, even about themselves', async (_name, path) => {
    expect((await get(maya, `/api/patients/${maya.id}${path}`)).statusCode).toBe(404);
  });

  it.each(ALL)('%s answers 404 to a clinician who is not linked, as for an id that does not exist', async (_name, path) => {
    const unlinked = await get(omar, `/api/patients/${maya.id}${path}`);
    const unknown = await get(lena, `/api/patients/${crypto.randomUUID()}${path}`);
    expect([unlinked.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(unlinked.json()).toEqual(unknown.json());
  });

  it.each(RECORD)('%s answers the linked clinician with what the person sees', async (_name, path, own) => {
    const theirs = await get(lena, `/api/patients/${maya.id}${path}`);
    const mine = await get(maya, own);
    expect(theirs.statusCode).toBe(200);
    const hideNotes = (body: { items?: { notes: unknown }[] }) => ({ ...body, ...(body.items ? { items: body.items.map((i) => ({ ...i, notes: null })) } : {}) });
    expect(theirs.json()).toEqual(path === '/checkins' || path === '/sessions' ? hideNotes(mine.json()) : mine.json());
  });

  it('shows who the patient is and since when', async () => {
    const response = await get(lena, `/api/patients/${maya.id}`);
    expect(response.json()).toEqual({
      id: maya.id, name: 'Maya', email: 'maya@example.org', timeZone: 'Pacific/Auckland', linkedSince: '2026-11-24T10:00:00.000Z', sharesNotes: false,
    });
  });

  it("counts the patient's days in the patient's time zone, not the clinician's", async () => {
    const items = (await get(lena, `/api/patients/${maya.id}/checkins`)).json().items;
    // 09:30 UTC is 22:30 in Auckland on the same day: the 24th.
    expect(items[0]).toMatchObject({ pain: 5, localDate: '2026-11-24' });
  });

  it('shows the notes written in check-ins only when the person shares them', async () => {
    const hidden = (await get(lena, `/api/patients/${maya.id}/checkins`)).json().items[0];
    expect(hidden.notes).toBeNull();
    const shared = await link(omar, maya, true);
    expect((await get(omar, `/api/patients/${maya.id}/checkins`)).json().items[0].notes).toBe('hard day at work');
    await test.database.db.updateTable('care_links').set({ ended_at: test.clock.now(), ended_by: maya.id }).where('id', '=', shared).execute();
  });

  it('shows the notes written after a session only when the person shares their notes', async () => {
    const stretch = BUILTIN_EXERCISES.find((e) => e.pillar === 'stretching')?.id ?? 'missing';
    const log = {
      clientId: crypto.randomUUID(), startedAt: '2026-11-24T08:00:00.000Z', painBefore: 3, painAfter: 2, notes: 'knee felt odd on the stairs',
      items: [{ exerciseId: stretch, holdSeconds: 30, sets: 1, reps: 2, status: 'done' }],
    };
    expect((await test.request({ method: 'POST', url: '/api/me/sessions', cookie: maya.cookie, payload: log })).statusCode).toBe(201);
    expect((await get(lena, `/api/patients/${maya.id}/sessions`)).json().items[0].notes).toBeNull();
    const shared = await link(omar, maya, true);
    expect((await get(omar, `/api/patients/${maya.id}/sessions`)).json().items[0].notes).toBe('knee felt odd on the stairs');
    await test.database.db.updateTable('care_links').set({ ended_at: test.clock.now(), ended_by: maya.id }).where('id', '=', shared).execute();
  });

  it('writes every look to the audit log, with who, what, whose and when', async () => {
    const before = await test.database.db.selectFrom('audit_events').selectAll().where('patient_id', '=', maya.id).where('actor_id', '=', lena.id).execute();
    await get(lena, `/api/patients/${maya.id}/pacing`);
    const after = await test.database.db.selectFrom('audit_events').selectAll().where('patient_id', '=', maya.id).where('actor_id', '=', lena.id).orderBy('at').execute();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ action: 'read:pacing', actor_name: 'Lena', actor_role: 'clinician', at: test.clock.now() });
    const ownLooks = await test.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', maya.id).execute();
    expect(ownLooks).toEqual([]);
  });

  it.each(ALL)('%s answers 404 the moment the link has ended', async (_name, path) => {
    const ended = await link(omar, maya, false);
    expect((await get(omar, `/api/patients/${maya.id}${path}`)).statusCode).toBe(200);
    await test.database.db.updateTable('care_links').set({ ended_at: test.clock.now(), ended_by: maya.id }).where('id', '=', ended).execute();
    expect((await get(omar, `/api/patients/${maya.id}${path}`)).statusCode).toBe(404);
  });

  it('keeps the first link working while another ends', async () => {
    expect((await get(lena, `/api/patients/${maya.id}`)).json().id).toBe(maya.id);
    expect(linkId).toBeTruthy();
  });

  it('forgets the person everywhere when they delete their account: links, looks and all', async () => {
    const dan = await signUpPerson(test, 'dan@example.org');
    await link(lena, dan, true);
    expect((await get(lena, `/api/patients/${dan.id}`)).statusCode).toBe(200);
    const gone = await test.request({ method: 'DELETE', url: '/api/me', cookie: dan.cookie, payload: { password: 'a calm walk by the river' } });
    expect(gone.statusCode).toBe(204);
    expect((await get(lena, `/api/patients/${dan.id}`)).statusCode).toBe(404);
    const db = test.database.db;
    expect(await db.selectFrom('audit_events').selectAll().where('patient_id', '=', dan.id).execute()).toEqual([]);
    expect(await db.selectFrom('care_links').selectAll().where('patient_id', '=', dan.id).execute()).toEqual([]);
  });
});
