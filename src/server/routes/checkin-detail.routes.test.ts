// A check-in's optional detail (issue 14) through the check-in routes, on every database kind.
// Dimensions: create and edit with a full detail (stored in catalog order); 400 per bad part
// (unknown codes, repeats, 11, control characters, too long words, unknown fields); 422 with the
// field for a detail that does not fit the areas (create and edit); an edit of areas alone pruning
// the detail; the relief follow-up as an edit; idempotent retries by clientId; a linked clinician
// seeing the person's own words only when notes are shared (record and downloads); the safety
// review counting a headache as a new area.
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

type Who = { cookie: string; id: string };
/** As a person sends it: lists in any order, words with spaces around them. */
const DETAIL = {
  regionPain: [{ region: 'head', pain: 3 }, { region: 'lower_back', pain: 6 }],
  spreadsTo: ['leg'],
  descriptors: ['tingling', 'burning'],
  triggers: ['other', 'sitting'],
  otherTrigger: '  carrying the shopping ',
  relief: [{ kind: 'medication' }, { kind: 'heat', helped: 6, helpedLater: 7 }],
  medication: 'Ibuprofen 400 mg',
};
/** As it is stored and answered. */
const STORED = {
  regionPain: [{ region: 'lower_back', pain: 6 }, { region: 'head', pain: 3 }],
  spreadsTo: ['leg'],
  descriptors: ['burning', 'tingling'],
  triggers: ['sitting', 'other'],
  otherTrigger: 'carrying the shopping',
  relief: [{ kind: 'heat', helped: 6, helpedLater: 7 }, { kind: 'medication', helped: null, helpedLater: null }],
  otherRelief: null,
  medication: 'Ibuprofen 400 mg',
};
const CHECKIN = { pain: 6, areas: ['lower_back', 'head'], detail: DETAIL, at: '2026-11-24T08:00:00.000Z' };

describe.each(testDatabaseKinds())('check-in detail on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'GET', url: string, payload?: object, who: Who = maya) =>
    test.request({ method, url, cookie: who.cookie, ...(payload === undefined ? {} : { payload }) });
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/London' });
  });
  afterAll(async () => test.close());

  it('stores a full detail (two regions, head, descriptors, triggers, relief then and later, medication) in catalog order', async () => {
    const created = await send('POST', '/api/me/checkins', CHECKIN);
    expect(created.statusCode).toBe(201);
    expect(created.json().detail).toEqual(STORED);
    expect(created.json().areas).toEqual(['lower_back', 'head']);
    expect((await send('GET', `/api/me/checkins/${created.json().id}`)).json().detail).toEqual(STORED);
  });

  it.each([
    ['detail.regionPain.0.region', { regionPain: [{ region: 'tail', pain: 3 }] }],
    ['detail.regionPain.0.pain', { regionPain: [{ region: 'head', pain: 11 }] }],
    ['detail.regionPain', { regionPain: [{ region: 'head', pain: 3 }, { region: 'head', pain: 4 }] }],
    ['detail.spreadsTo.0', { spreadsTo: ['foot'] }],
    ['detail.descriptors.0', { descriptors: ['itchy'] }],
    ['detail.descriptors', { descriptors: ['burning', 'burning'] }],
    ['detail.triggers.0', { triggers: ['moon'] }],
    ['detail.relief.0.kind', { relief: [{ kind: 'massage' }] }],
    ['detail.relief.0.helped', { relief: [{ kind: 'heat', helped: 11 }] }],
    ['detail.relief.0.helpedLater', { relief: [{ kind: 'heat', helpedLater: -1 }] }],
    ['detail.relief', { relief: [{ kind: 'heat' }, { kind: 'heat' }] }],
    ['detail.medication', { medication: 'aspirin\u0000' }],
    ['detail.medication', { medication: 'x'.repeat(301) }],
    ['detail.otherTrigger', { triggers: ['other'], otherTrigger: 'y'.repeat(101) }],
    ['detail.otherRelief', { relief: [{ kind: 'other' }], otherRelief: 'warm\u001bbath' }],
    ['detail', { mood: 'grey' }],
  ])('a detail with a bad part answers 400 naming %s', async (field, detail) => {
    const response = await send('POST', '/api/me/checkins', { pain: 4, areas: ['lower_back', 'head'], detail });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field ?? 'detail').toBe(field);
  });

  it.each([
    ['detail.regionPain.0.region', { regionPain: [{ region: 'knee', pain: 3 }] }],
    ['detail.spreadsTo', { spreadsTo: ['arm'] }],
    ['detail.otherTrigger', { otherTrigger: 'the stairs' }],
    ['detail.otherRelief', { otherRelief: 'a bath' }],
  ])('a detail that does not fit the areas answers 422 naming %s, on create and on edit', async (field, detail) => {
    const created = await send('POST', '/api/me/checkins', { pain: 4, areas: ['head'], detail });
    expect(created.statusCode).toBe(422);
    expect(created.json().error.field).toBe(field);
    const stored = await send('POST', '/api/me/checkins', { pain: 4, areas: ['head'] });
    const edited = await send('PATCH', `/api/me/checkins/${stored.json().id}`, { detail });
    expect(edited.statusCode).toBe(422);
    expect(edited.json().error.field).toBe(field);
  });

  it('keeps the areas and the detail fitting together when an edit changes the areas alone', async () => {
    const created = (await send('POST', '/api/me/checkins', { ...CHECKIN, at: '2026-11-24T07:00:00.000Z' })).json();
    const edited = await send('PATCH', `/api/me/checkins/${created.id}`, { areas: ['head'] });
    expect(edited.statusCode).toBe(200);
    // The back's number and where it spread go with the back; everything else stays.
    expect(edited.json().detail).toEqual({ ...STORED, regionPain: [{ region: 'head', pain: 3 }], spreadsTo: [] });
    const none = await send('POST', '/api/me/checkins', { pain: 2, areas: ['knee'], detail: { regionPain: [{ region: 'knee', pain: 2 }] } });
    expect((await send('PATCH', `/api/me/checkins/${none.json().id}`, { areas: ['hip'] })).json().detail).toBeNull();
  });

  it('takes the relief follow-up as an edit of the detail alone: "how much did it help" an hour later', async () => {
    const created = (await send('POST', '/api/me/checkins', { ...CHECKIN, at: '2026-11-24T06:00:00.000Z', detail: { ...DETAIL, relief: [{ kind: 'heat', helped: 6 }] } })).json();
    expect(created.detail.relief).toEqual([{ kind: 'heat', helped: 6, helpedLater: null }]);
    const followUp = await send('PATCH', `/api/me/checkins/${created.id}`, { detail: { ...created.detail, relief: [{ kind: 'heat', helped: 6, helpedLater: 8 }] } });
    expect(followUp.statusCode).toBe(200);
    expect(followUp.json()).toMatchObject({ pain: 6, areas: ['lower_back', 'head'], detail: { ...STORED, relief: [{ kind: 'heat', helped: 6, helpedLater: 8 }] } });
    const removed = await send('PATCH', `/api/me/checkins/${created.id}`, { detail: null });
    expect(removed.json().detail).toBeNull();
  });

  it('stores one check-in with its detail for a clientId sent twice', async () => {
    const body = { ...CHECKIN, at: '2026-11-24T05:00:00.000Z', clientId: '5f0c9a52-5d8e-4c7e-9f41-0d6f1a2b3c4d' };
    const first = await send('POST', '/api/me/checkins', body);
    const again = await send('POST', '/api/me/checkins', body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    expect(again.json().detail).toEqual(STORED);
  });

  it('a headache reported once after the safety screen asks for a review like any new area (kept on purpose)', async () => {
    const ada = await signUpPerson(test, 'ada@example.org');
    const profile = {
      painAreas: ['knee'], conditions: [], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 15, daysPerWeek: 5,
      preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 3, safety: Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false])),
    };
    expect((await send('PUT', '/api/me/profile', profile, ada)).statusCode).toBe(200);
    test.clock.advance(60_000);
    await send('POST', '/api/me/checkins', { pain: 3, areas: ['knee'] }, ada);
    expect((await send('GET', '/api/me/safety', undefined, ada)).json().review.reasons).toEqual([]);
    await send('POST', '/api/me/checkins', { pain: 4, areas: ['knee', 'head'], detail: { regionPain: [{ region: 'head', pain: 4 }] } }, ada);
    expect((await send('GET', '/api/me/safety', undefined, ada)).json().review.reasons).toEqual(['new_pain_area']);
  });
});

describe.each(testDatabaseKinds())('a linked clinician and the detail on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  const get = (who: Who, url: string) => test.request({ method: 'GET', url, cookie: who.cookie });
  const share = (shareNotes: boolean) => test.database.db.updateTable('care_links').set({ share_notes: shareNotes ? 1 : 0 }).execute();
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/London' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician');
    await test.database.db.insertInto('care_links').values({
      id: crypto.randomUUID(), clinician_id: lena.id, patient_id: maya.id, share_notes: 0, started_at: test.clock.now(), ended_at: null, ended_by: null,
    }).execute();
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { ...CHECKIN, notes: 'a long day' } });
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 2, areas: ['head'], detail: { medication: 'paracetamol' }, at: '2026-11-23T08:00:00.000Z' } });
  });
  afterAll(async () => test.close());

  const HIDDEN = { ...STORED, otherTrigger: null, medication: null };

  it('sees the detail without the person’s own words unless notes are shared, on the record', async () => {
    await share(false);
    const hidden = (await get(lena, `/api/patients/${maya.id}/checkins?from=2026-11-01&to=2026-11-30`)).json().items;
    expect(hidden.map((c: { detail: unknown }) => c.detail)).toEqual([HIDDEN, null]);
    expect(JSON.stringify(hidden)).not.toMatch(/Ibuprofen|paracetamol|shopping|a long day/);
    await share(true);
    const shown = (await get(lena, `/api/patients/${maya.id}/checkins?from=2026-11-01&to=2026-11-30`)).json().items;
    expect(shown[0].detail).toEqual(STORED);
    expect(shown[1].detail).toEqual({ ...HIDDEN, regionPain: [], spreadsTo: [], descriptors: [], triggers: [], relief: [], medication: 'paracetamol' });
  });

  it('finds none of the person’s own words in the downloads unless notes are shared', async () => {
    await share(false);
    const json = await get(lena, `/api/patients/${maya.id}/export`);
    expect(json.statusCode).toBe(200);
    expect(json.json().checkins[1].detail).toEqual(HIDDEN);
    const fhir = await get(lena, `/api/patients/${maya.id}/export/fhir`);
    const csv = await get(lena, `/api/patients/${maya.id}/export/csv`);
    const csvText = Object.values(unzipSync(new Uint8Array(csv.rawPayload))).map((f) => strFromU8(f)).join('\n');
    for (const text of [json.body, fhir.body, csvText]) expect(text).not.toMatch(/Ibuprofen|paracetamol|shopping/);
    expect(fhir.body).toContain('Pain in a region, 0-10: lower_back');
    expect(csvText).toContain('lower_back:6');
    await share(true);
    const sharedCsv = await get(lena, `/api/patients/${maya.id}/export/csv`);
    expect(Object.values(unzipSync(new Uint8Array(sharedCsv.rawPayload))).map((f) => strFromU8(f)).join('\n')).toMatch(/Ibuprofen/);
    expect((await get(lena, `/api/patients/${maya.id}/export`)).body).toMatch(/paracetamol/);
  });
});
