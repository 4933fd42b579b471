// The programme routes on every database kind (issue 11): writing, listing, changing and deleting
// a programme (its author only; anyone else's answers 404, shared or not), and assigning one to a
// linked patient in one step: one include per exercise and a rise per paced activity, the rules
// confirmed once for the programme, one audit line per change, and 409 for a double tap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { deleteUserAndData } from '../../db/user.repository.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
/** Walter: 71, walks with a cane, goes to the pool, knee osteoarthritis. */
const WALTER = {
  painAreas: ['knee'], conditions: ['knee_osteoarthritis'], mobility: 'walks_with_aid', floorTransfers: false,
  minutesPerDay: 20, daysPerWeek: 5, preferredTimes: ['morning'], equipment: ['chair', 'pool', 'resistance_band'],
  likes: ['walking', 'water_exercise'], painToday: 4, safety: ALL_NO, age: 71,
};
const KNEE_OA = {
  name: 'Knee OA, weeks 1-4',
  description: 'Gentle strength for the knees, and walking in the water.',
  shared: false,
  items: [
    { exerciseId: 'seated-knee-straightening', days: [1, 3, 5], dose: { sets: 2, reps: 10 } },
    { exerciseId: 'water-walk-waist', days: [2, 4], dose: { minutes: 10 } },
    { exerciseId: 'sit-to-stand', days: [1, 3, 5] },
  ],
  weeklyRise: 0.05,
};
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const PRACTICE_ROUTES = [
  ['listProgrammes', 'GET', '/api/practice/programmes', undefined],
  ['createProgramme', 'POST', '/api/practice/programmes', KNEE_OA],
  ['updateProgramme', 'PUT', `/api/practice/programmes/${SOME_ID}`, KNEE_OA],
  ['deleteProgramme', 'DELETE', `/api/practice/programmes/${SOME_ID}`, undefined],
] as const;

/** Programmes the contract refuses, and the field each names. */
const BAD_PROGRAMMES: [string, Record<string, unknown>, string][] = [
  ['no name', { ...KNEE_OA, name: '  ' }, 'name'],
  ['a NUL in the name', { ...KNEE_OA, name: 'Knee\u0000' }, 'name'],
  ['a description past 1000 characters', { ...KNEE_OA, description: 'x'.repeat(1001) }, 'description'],
  ['no word on sharing', { ...KNEE_OA, shared: undefined }, 'shared'],
  ['no exercises', { ...KNEE_OA, items: [] }, 'items'],
  ['21 exercises', { ...KNEE_OA, items: Array.from({ length: 21 }, () => KNEE_OA.items[0]) }, 'items'],
  ['a day 8', { ...KNEE_OA, items: [{ exerciseId: 'sit-to-stand', days: [8] }] }, 'items.0.days.0'],
  ['an exercise id that is not one', { ...KNEE_OA, items: [{ exerciseId: 'Sit To Stand', days: [1] }] }, 'items.0.exerciseId'],
  ['a weekly rise of 50 %', { ...KNEE_OA, weeklyRise: 0.5 }, 'weeklyRise'],
  ['minutes for a strength exercise', { ...KNEE_OA, items: [{ exerciseId: 'sit-to-stand', days: [1], dose: { minutes: 10 } }] }, 'items.0.dose.minutes'],
  ['reps for a walk in the water', { ...KNEE_OA, items: [KNEE_OA.items[0], { exerciseId: 'water-walk-waist', days: [2], dose: { reps: 10 } }] }, 'items.1.dose.reps'],
];

type Who = { cookie: string; id: string };

describe.each(testDatabaseKinds())('programme routes on $name', (kind) => {
  let test: TestApp;
  let walter: Who;
  let lena: Who;
  let omar: Who;
  let nora: Who;
  const call = (who: Who | null, method: string, url: string, payload?: unknown) =>
    test.request({ method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }), ...(who ? { cookie: who.cookie } : {}) });
  const create = async (who: Who, body: Record<string, unknown>) => {
    const response = await call(who, 'POST', '/api/practice/programmes', body);
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; name: string };
  };
  const assign = (who: Who | null, patient: Who, body: Record<string, unknown>) => call(who, 'POST', `/api/patients/${patient.id}/programmes`, body);
  const link = async (clinician: Who, patient: Who, ended = false) => {
    await test.database.db.insertInto('care_links').values({
      id: crypto.randomUUID(), clinician_id: clinician.id, patient_id: patient.id, share_notes: 0,
      started_at: test.clock.now(), ended_at: ended ? test.clock.now() : null, ended_by: ended ? patient.id : null,
    }).execute();
  };
  const auditLines = async () =>
    (await test.database.db.selectFrom('audit_events').select('action').where('patient_id', '=', walter.id).where('actor_id', '=', lena.id).execute())
      .filter((row) => row.action === 'write:prescription').length;

  beforeAll(async () => {
    test = await startTestApp(kind);
    walter = await signUpPerson(test, 'walter@example.org', { name: 'Walter' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    nora = await signUpStaff(test, 'nora@example.org', 'clinician', 'Nora');
    expect((await call(walter, 'PUT', '/api/me/profile', WALTER)).statusCode).toBe(200);
    await link(lena, walter);
    await link(nora, walter, true);
  });
  afterAll(async () => test.close());

  it.each(PRACTICE_ROUTES)('%s answers 401 without a session, and 404 to a person', async (_name, method, url, body) => {
    expect((await call(null, method, url, body)).statusCode).toBe(401);
    expect((await call(walter, method, url, body)).statusCode).toBe(404);
  });

  it.each(['PUT', 'DELETE'])('%s of a programme answers 400 for an id that is not an id', async (method) => {
    const response = await call(lena, method, '/api/practice/programmes/not-an-id', method === 'PUT' ? KNEE_OA : undefined);
    expect([response.statusCode, response.json().error.field]).toEqual([400, 'id']);
  });

  it.each(BAD_PROGRAMMES)('createProgramme and updateProgramme answer 400 for %s, naming the field', async (_what, body, field) => {
    for (const [method, url] of [['POST', '/api/practice/programmes'], ['PUT', `/api/practice/programmes/${SOME_ID}`]] as const) {
      const response = await call(lena, method, url, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', field });
    }
  });

  it('answers 404 for an exercise that does not exist, naming the item, and never a 5xx', async () => {
    const response = await call(lena, 'POST', '/api/practice/programmes', { ...KNEE_OA, items: [KNEE_OA.items[0], { exerciseId: 'moon-walk', days: [1] }] });
    expect([response.statusCode, response.json().error.field]).toEqual([404, 'items.1.exerciseId']);
  });

  it('writes a programme and lists the clinician’s own with those shared with the practice', async () => {
    test.clock.set('2026-11-24T10:00:00.000Z');
    const response = await call(lena, 'POST', '/api/practice/programmes', KNEE_OA);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      ...KNEE_OA, id: expect.any(String), authorId: lena.id, authorName: 'Lena', mine: true,
      createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z',
    });
    const lenasShared = await create(lena, { ...KNEE_OA, name: 'Back basics', shared: true, weeklyRise: null });
    const omarsShared = await create(omar, { ...KNEE_OA, name: 'Hip OA, shared', shared: true });
    const omarsOwn = await create(omar, { ...KNEE_OA, name: 'Omar’s own' });
    const lenas = (await call(lena, 'GET', '/api/practice/programmes')).json().items as { id: string; mine: boolean }[];
    expect(lenas.map((p) => [p.id, p.mine])).toEqual([[lenasShared.id, true], [omarsShared.id, false], [response.json().id, true]]);
    expect(lenas.map((p) => p.id)).not.toContain(omarsOwn.id);
    const omars = (await call(omar, 'GET', '/api/practice/programmes')).json().items as { id: string }[];
    expect(omars.map((p) => p.id)).toEqual([lenasShared.id, omarsShared.id, omarsOwn.id]);
  });

  it('lets only the author change or delete a programme: anyone else gets 404, shared or not', async () => {
    const own = await create(lena, { ...KNEE_OA, name: 'Private one' });
    const shared = await create(lena, { ...KNEE_OA, name: 'Shared one', shared: true });
    for (const programme of [own, shared]) {
      expect((await call(omar, 'PUT', `/api/practice/programmes/${programme.id}`, KNEE_OA)).statusCode).toBe(404);
      expect((await call(omar, 'DELETE', `/api/practice/programmes/${programme.id}`)).statusCode).toBe(404);
    }
    test.clock.advance(60_000);
    const changed = await call(lena, 'PUT', `/api/practice/programmes/${own.id}`, { ...KNEE_OA, name: 'Knee OA, weeks 5-8', shared: true });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Knee OA, weeks 5-8', shared: true, createdAt: '2026-11-24T10:00:00.000Z', updatedAt: test.clock.now() });
    expect((await call(lena, 'PUT', `/api/practice/programmes/${SOME_ID}`, KNEE_OA)).statusCode).toBe(404);
    expect((await call(lena, 'DELETE', `/api/practice/programmes/${shared.id}`)).statusCode).toBe(204);
    expect((await call(lena, 'DELETE', `/api/practice/programmes/${shared.id}`)).statusCode).toBe(404);
    const ids = (await call(omar, 'GET', '/api/practice/programmes')).json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(shared.id);
  });

  describe('assigning a programme', () => {
    it('answers 401 without a session, 400 per field, and 404 to a person, an unlinked clinician and an ended link', async () => {
      const programme = await create(lena, { ...KNEE_OA, name: 'Walk-through', shared: true });
      expect((await assign(null, walter, { programmeId: programme.id })).statusCode).toBe(401);
      const notAnId = await call(lena, 'POST', '/api/patients/not-an-id/programmes', { programmeId: programme.id });
      expect([notAnId.statusCode, notAnId.json().error.field]).toEqual([400, 'patientId']);
      for (const [body, field] of [
        [{ programmeId: 'knee' }, 'programmeId'],
        [{ programmeId: programme.id, confirmedRules: ['gravity'] }, 'confirmedRules.0'],
        [{ programmeId: programme.id, reason: 'ok\u0000' }, 'reason'],
        [{ programmeId: programme.id, extra: true }, undefined],
      ] as const) {
        const response = await assign(lena, walter, body);
        expect(response.statusCode).toBe(400);
        if (field) expect(response.json().error.field).toBe(field);
      }
      for (const who of [walter, omar, nora]) expect((await assign(who, walter, { programmeId: programme.id })).statusCode).toBe(404);
    });

    it('answers 404 for a programme the clinician may not see: another’s private one, a deleted one, none', async () => {
      const omars = await create(omar, { ...KNEE_OA, name: 'Omar’s private' });
      const deleted = await create(lena, { ...KNEE_OA, name: 'Deleted' });
      expect((await call(lena, 'DELETE', `/api/practice/programmes/${deleted.id}`)).statusCode).toBe(204);
      for (const programmeId of [omars.id, deleted.id, SOME_ID]) {
        const response = await assign(lena, walter, { programmeId });
        expect([response.statusCode, response.json().error.field]).toEqual([404, 'programmeId']);
      }
    });

    it('makes one include per exercise and one rise per paced activity, all from the programme, one audit line each', async () => {
      const programme = await create(lena, KNEE_OA);
      const before = await auditLines();
      const response = await assign(lena, walter, { programmeId: programme.id, reason: 'What we practised today.' });
      expect(response.statusCode).toBe(201);
      const adjustments = response.json().adjustments as { kind: string; activity?: string; programme: unknown; reason: string }[];
      const includes = adjustments.filter((a) => a.kind === 'include');
      expect(includes).toMatchObject(KNEE_OA.items.map((item) => ({ ...item, confirmedRules: [] })));
      const rises = adjustments.filter((a) => a.kind === 'rise');
      // Both strength exercises are of one chain (its first is the thigh tightener): one rise for it.
      expect(rises.map((r) => r.activity)).toEqual(['strength:thigh-tightener', 'aerobic:water_exercise']);
      expect(new Set(rises.map((r) => r.activity)).size).toBe(rises.length);
      expect(rises.every((r) => (r as { weeklyRise?: number }).weeklyRise === 0.05)).toBe(true);
      for (const a of adjustments) expect(a).toMatchObject({ programme: { id: programme.id, name: KNEE_OA.name }, reason: 'What we practised today.' });
      expect(await auditLines()).toBe(before + adjustments.length);
      const mine = (await call(walter, 'GET', '/api/me/prescription')).json().adjustments;
      expect(mine.slice(-adjustments.length)).toEqual(adjustments);
    });

    it('refuses the same programme twice with 409, and takes it again once its changes have ended', async () => {
      const programme = await create(lena, { ...KNEE_OA, name: 'Twice', weeklyRise: null });
      const first = await assign(lena, walter, { programmeId: programme.id });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json().adjustments.length).toBe(3);
      const again = await assign(lena, walter, { programmeId: programme.id });
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'conflict']);
      for (const a of first.json().adjustments as { id: string }[]) {
        expect((await call(lena, 'DELETE', `/api/patients/${walter.id}/prescription/${a.id}`)).statusCode).toBe(204);
      }
      expect((await assign(lena, walter, { programmeId: programme.id })).statusCode).toBe(201);
    });

    it('takes a double tap once, even when both requests arrive together', async () => {
      const programme = await create(lena, { ...KNEE_OA, name: 'Double tap', weeklyRise: null });
      const both = await Promise.all([1, 2].map(() => assign(lena, walter, { programmeId: programme.id })));
      expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const made = (await call(walter, 'GET', '/api/me/prescription')).json().adjustments.filter((a: { programme?: { id: string } }) => a.programme?.id === programme.id);
      expect(made).toHaveLength(3);
    });

    it('needs one confirmation with a reason when an exercise fails the patient’s rules', async () => {
      const bike = await create(omar, { ...KNEE_OA, name: 'Bike start', shared: true, items: [KNEE_OA.items[0], { exerciseId: 'bike-stationary-easy', days: [2, 4] }] });
      const unconfirmed = await assign(lena, walter, { programmeId: bike.id });
      expect([unconfirmed.statusCode, unconfirmed.json().error.field]).toEqual([400, 'confirmedRules']);
      expect(unconfirmed.json().error.message).toContain('equipment this person does not have');
      const why = await assign(lena, walter, { programmeId: bike.id, confirmedRules: ['equipment'] });
      expect([why.statusCode, why.json().error.field]).toEqual([400, 'reason']);
      const confirmed = await assign(lena, walter, { programmeId: bike.id, confirmedRules: ['equipment'], reason: 'The bike at the community centre.' });
      expect(confirmed.statusCode).toBe(201);
      const includes = (confirmed.json().adjustments as { kind: string; exerciseId?: string; confirmedRules?: string[] }[]).filter((a) => a.kind === 'include');
      expect(includes.map((a) => [a.exerciseId, a.confirmedRules])).toEqual([['seated-knee-straightening', []], ['bike-stationary-easy', ['equipment']]]);
    });

    it('keeps assigned changes when the programme is deleted, and a clinician’s programmes go with her account', async () => {
      const kept = await create(lena, { ...KNEE_OA, name: 'Kept after delete', weeklyRise: null });
      const made = (await assign(lena, walter, { programmeId: kept.id })).json().adjustments as { id: string }[];
      expect((await call(lena, 'DELETE', `/api/practice/programmes/${kept.id}`)).statusCode).toBe(204);
      const ids = (await call(walter, 'GET', '/api/me/prescription')).json().adjustments.map((a: { id: string }) => a.id);
      expect(ids).toEqual(expect.arrayContaining(made.map((a) => a.id)));
      const ida = await signUpStaff(test, 'ida@example.org', 'clinician', 'Ida');
      await create(ida, { ...KNEE_OA, name: 'Ida’s', shared: true });
      await deleteUserAndData(test.database.db, ida.id, test.clock.now());
      expect(await test.database.db.selectFrom('programmes').selectAll().where('author_id', '=', ida.id).execute()).toEqual([]);
    });
  });
});
