// The FHIR Bundle downloads on every database kind (issue 12), after an admin imports a placeholder
// PI 6a, a clinician assigns it and the person answers it through the real routes: 401 → 400 → 404 (a person on the
// clinician route, an unlinked clinician, an ended link) → 200 with a Bundle both outside
// validators accept, that reads back as the JSON export (nothing lost), the email only in the
// person's own copy, and the clinician's download in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { placeholderPi6a } from '../../core/fhir/fixtures/questionnaires.js';
import { fhirViewOf, readFhirBundle } from '../../core/fhir/read-bundle.js';
import type { ExportForm, FhirExportInput } from '../../core/fhir/export-types.js';
import { fhirProblems } from '../../core/fhir/validate-fhir.testing.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 15, daysPerWeek: 5,
  preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false])),
};
type Who = { cookie: string; id: string };
type Bundle = { resourceType: string; entry: { fullUrl: string; resource: { resourceType: string; id: string } & Record<string, unknown> }[] };

describe.each(testDatabaseKinds())('FHIR export routes on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  let omar: Who;
  let dan: Who;
  let formId: string;
  const get = (who: Who | null, url: string) => test.request({ method: 'GET', url, ...(who ? { cookie: who.cookie } : {}) });
  const link = async (clinician: Who, patient: Who, ended: boolean) => {
    await test.database.db.insertInto('care_links').values({
      id: crypto.randomUUID(), clinician_id: clinician.id, patient_id: patient.id, share_notes: 0, started_at: test.clock.now(),
      ended_at: ended ? test.clock.now() : null, ended_by: ended ? patient.id : null,
    }).execute();
  };
  const resources = (bundle: Bundle) => bundle.entry.map((e) => e.resource);

  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya', timeZone: 'Pacific/Auckland' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    dan = await signUpStaff(test, 'dan@example.org', 'clinician', 'Dan');
    const admin = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
    expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: PROFILE })).statusCode).toBe(200);
    await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 5, sleep: 6, flare: true, areas: ['lower_back'], notes: 'a long day', peg: { pain: 5, enjoyment: 4, activity: 6 }, at: '2026-11-23T20:00:00.000Z' } });
    await test.request({ method: 'POST', url: '/api/me/sessions', cookie: maya.cookie, payload: { clientId: crypto.randomUUID(), startedAt: '2026-11-23T21:00:00.000Z', painBefore: 5, painAfter: 4, items: [{ exerciseId: 'walk-home-laps', minutes: 10, status: 'done' }] } });
    expect((await get(maya, '/api/me/plan')).statusCode).toBe(200);
    const imported = await test.request({ method: 'POST', url: '/api/admin/questionnaires', cookie: admin.cookie, payload: placeholderPi6a() });
    formId = imported.json<{ id: string }>().id;
    await link(lena, maya, false);
    const assigned = await test.request({ method: 'PUT', url: `/api/patients/${maya.id}/questionnaires/imported:${formId}`, cookie: lena.cookie, payload: { everyDays: 28 } });
    expect(assigned.statusCode).toBe(200);
    const codes = ['LA6568-5', 'LA13863-8', 'LA13909-9', 'LA13902-4', 'LA13914-9'];
    const answers = [1, 2, 3, 4, 5, 6].map((n) => ({ linkId: `q${n}`, value: (n % 5) + 1, code: codes[n % 5] ?? null, label: null }));
    const answered = await test.request({ method: 'POST', url: '/api/me/questionnaires/responses', cookie: maya.cookie, payload: { clientId: 'c-1', instrument: `imported:${formId}`, answers } });
    expect(answered.statusCode).toBe(201);
    await link(dan, maya, true);
  });
  afterAll(async () => test.close());

  it.each([['/api/me/export/fhir'], ['/api/patients/00000000-0000-4000-8000-000000000000/export/fhir']])('GET %s answers 401 without a session', async (url) => {
    expect((await get(null, url)).statusCode).toBe(401);
  });

  it('answers 400 to a patient id that is not an id', async () => {
    const response = await get(lena, '/api/patients/not-an-id/export/fhir');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed', field: 'patientId' } });
  });

  it('answers 404 to a person on the clinician route, an unlinked clinician and an ended link, and writes no audit entry', async () => {
    for (const who of [maya, omar, dan]) expect((await get(who, `/api/patients/${maya.id}/export/fhir`)).statusCode).toBe(404);
    const audit = await test.database.db.selectFrom('audit_events').selectAll().where('patient_id', '=', maya.id).where('actor_id', 'in', [omar.id, dan.id]).execute();
    expect(audit).toEqual([]);
  });

  it('gives the person their Bundle as a dated application/fhir+json download that validates and reads back as their JSON export', async () => {
    const response = await get(maya, '/api/me/export/fhir');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="pacewise-fhir-2026-11-24.json"');
    const bundle = response.json<Bundle>();
    expect([...fhirProblems(bundle), ...resources(bundle).flatMap(fhirProblems)]).toEqual([]);
    expect(resources(bundle).map((r) => r.resourceType).sort()).toEqual(['CarePlan', 'Observation', 'Observation', 'Patient', 'Procedure', 'QuestionnaireResponse', 'QuestionnaireResponse']);
    expect(resources(bundle).find((r) => r.resourceType === 'Patient')).toMatchObject({ telecom: [{ system: 'email', value: 'maya@example.org' }] });
    const canonicals = resources(bundle).filter((r) => r.resourceType === 'QuestionnaireResponse').map((r) => r['questionnaire']);
    expect(canonicals).toContain('http://example.org/fhir/Questionnaire/placeholder-pi-6a|1.0');
    const json = (await get(maya, '/api/me/export')).json<FhirExportInput>();
    const forms = new Map<string, ExportForm>([[`imported:${formId}`, { canonical: 'http://example.org/fhir/Questionnaire/placeholder-pi-6a', version: '1.0', form: null }]]);
    const view = fhirViewOf(json, { includeEmail: true });
    expect(view.checkins).toHaveLength(1);
    expect(view.responses).toHaveLength(2);
    expect(readFhirBundle(bundle, forms)).toEqual(view);
  });

  it('gives a linked clinician the Bundle without the email, and logs the download; a retired form still names its answers', async () => {
    await test.database.db.updateTable('imported_questionnaires').set({ retired_at: test.clock.now() }).where('id', '=', formId).execute();
    const response = await get(lena, `/api/patients/${maya.id}/export/fhir`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="pacewise-patient-fhir-2026-11-24.json"');
    expect(response.body).not.toContain('maya@example.org');
    const bundle = response.json<Bundle>();
    expect(resources(bundle).flatMap(fhirProblems)).toEqual([]);
    expect(resources(bundle).map((r) => r['questionnaire'])).toContain('http://example.org/fhir/Questionnaire/placeholder-pi-6a|1.0');
    const audit = await test.database.db.selectFrom('audit_events').select(['action', 'at']).where('patient_id', '=', maya.id).where('actor_id', '=', lena.id).where('action', 'like', '%export%').execute();
    expect(audit).toEqual([{ action: 'read:export', at: test.clock.now() }]);
  });
});
