// The visit report routes on every database kind (issue 11): each walks 401 → 400 (bad dates, a
// period over a year) → 404 (a person on the clinician route, an unlinked clinician, an ended
// link) → 200 with a one-page PDF, read back with poppler's pdftotext and pdfinfo: the name, the
// period, the PEG, a pacing sentence, and what helped from 5 ratings. The clinician's download is
// audited; the practice's locale chooses the paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
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
const exerciseId = BUILTIN_EXERCISES[0]?.id ?? '';
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const folder = mkdtempSync(join(tmpdir(), 'pacewise-report-'));

/** The PDF's text and page count, as poppler reads them. */
function readPdf(response: LightMyRequestResponse, name: string): { text: string; pages: number } {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, response.rawPayload);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  return { text, pages };
}

type Who = { cookie: string; id: string };

describe.each(testDatabaseKinds())('visit report routes on $name', (kind) => {
  let test: TestApp;
  let maya: Who;
  let lena: Who;
  let omar: Who;
  const get = (who: Who | null, url: string) => test.request({ method: 'GET', url, ...(who ? { cookie: who.cookie } : {}) });
  const post = (who: Who, url: string, payload: object) => test.request({ method: 'POST', url, cookie: who.cookie, payload });
  const link = async (clinician: Who, patient: Who) => {
    const id = crypto.randomUUID();
    await test.database.db.insertInto('care_links').values({
      id, clinician_id: clinician.id, patient_id: patient.id, share_notes: 1, started_at: test.clock.now(), ended_at: null, ended_by: null,
    }).execute();
    return id;
  };
  const routes = () => [
    ['getPatientReport', `/api/patients/${maya.id}/report.pdf`, lena],
    ['getMyReport', '/api/me/report.pdf', maya],
  ] as const;

  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin', name: 'Maya Lind' });
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: MAYA_PROFILE })).statusCode).toBe(200);
    await link(lena, maya);
    await seedTwoWeeks();
  });
  afterAll(async () => test.close());

  /** Two weeks of Maya: daily check-ins and walks, one flare, two PEG answers, a stop sign, a note. */
  async function seedTwoWeeks() {
    for (let day = 10; day <= 23; day += 1) {
      const at = `2026-11-${day}T08:00:00.000Z`;
      const peg = day === 10 ? { pain: 7, enjoyment: 7, activity: 7 } : day === 23 ? { pain: 4, enjoyment: 5, activity: 4 } : undefined;
      await post(maya, '/api/me/checkins', { at, pain: day === 16 ? 8 : 4, flare: day === 16, somethingNew: day === 20, notes: day === 20 ? 'A tingling in my left foot' : undefined, ...(peg ? { peg } : {}) });
      const stop = day === 18 ? { partial: true, stopReason: 'dizzy', painAfter: null } : { painAfter: 3 };
      await post(maya, '/api/me/sessions', {
        clientId: crypto.randomUUID(), startedAt: `2026-11-${day}T09:00:00.000Z`, painBefore: 4,
        items: [{ exerciseId, sets: 1, reps: 8, status: 'done' }], ...stop,
      });
    }
    expect((await post(maya, '/api/me/notes', { clinicianId: lena.id, body: 'Can we talk about swimming?' })).statusCode).toBe(201);
  }

  it.each([0, 1])('route %i answers 401 without a session', async (i) => {
    const [, url] = routes()[i] ?? [];
    expect((await get(null, url ?? '')).statusCode).toBe(401);
  });

  it.each([
    ['from', '?from=2026-13-01', 'from'],
    ['to', '?to=yesterday', 'to'],
    ['an unknown key', '?period=week', ''],
    ['a period that ends before it starts', '?from=2026-11-20&to=2026-11-10', 'to'],
    ['a period over a year', '?from=2025-01-01&to=2026-11-20', 'to'],
  ])('both routes answer 400 for %s', async (_label, search, field) => {
    for (const [, url, who] of routes()) {
      const response = await get(who, `${url}${search}`);
      expect(response.statusCode).toBe(400);
      if (field) expect(response.json().error.field).toBe(field);
    }
  });

  it('answers 400 for a patient id that is not an id', async () => {
    const response = await get(lena, '/api/patients/not-an-id/report.pdf');
    expect([response.statusCode, response.json().error.field]).toEqual([400, 'patientId']);
  });

  it('answers 404 to a person on the clinician route, even about themselves', async () => {
    expect((await get(maya, `/api/patients/${maya.id}/report.pdf`)).statusCode).toBe(404);
  });

  it('answers 404 to an unlinked clinician, as for an id that does not exist', async () => {
    const unlinked = await get(omar, `/api/patients/${maya.id}/report.pdf`);
    const unknown = await get(lena, `/api/patients/${crypto.randomUUID()}/report.pdf`);
    expect([unlinked.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(unlinked.json()).toEqual(unknown.json());
  });

  it('answers 404 the moment the link has ended', async () => {
    const ended = await link(omar, maya);
    expect((await get(omar, `/api/patients/${maya.id}/report.pdf`)).statusCode).toBe(200);
    await test.database.db.updateTable('care_links').set({ ended_at: test.clock.now(), ended_by: maya.id }).where('id', '=', ended).execute();
    expect((await get(omar, `/api/patients/${maya.id}/report.pdf`)).statusCode).toBe(404);
  });

  it.each([0, 1])('route %i answers a PDF download that is never cached', async (i) => {
    const [, url, who] = routes()[i] ?? [];
    const response = await get(who ?? null, url ?? '');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="pacewise-visit-report-2026-10-28-to-2026-11-24.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPoppler)('reads back as one page with the name, period, PEG, a pacing sentence and what was raised', async () => {
    const response = await get(lena, `/api/patients/${maya.id}/report.pdf?from=2026-11-09&to=2026-11-24`);
    const { text, pages } = readPdf(response, `report-${kind.name}`);
    expect(pages).toBe(1);
    expect(text).toContain('Maya Lind');
    expect(text).toContain('9 Nov 2026 to 24 Nov 2026');
    expect(text).toMatch(/PEG: 7\.00 to 4\.33 \(-2\.67, better\): a meaningful change/);
    expect(text).toContain('1 flare day');
    expect(text).toContain('felt dizzy or faint');
    expect(text).toContain('Can we talk about swimming?');
    expect(text).toContain('A tingling in my left foot');
    expect(text).toContain('does not replace a clinician’s judgement');
    const pacing = await get(maya, '/api/me/pacing');
    const sentence = (pacing.json().changes as { message: string }[])[0]?.message ?? '';
    expect(sentence).not.toBe('');
    expect(text.replace(/\s+/g, ' ')).toContain(sentence.replace('→', 'to').slice(0, 30));
  });

  it.skipIf(!hasPoppler)('says what helped from 5 ratings of the person\'s own, as the insights do', async () => {
    const ruth = await signUpPerson(test, 'ruth@example.org');
    for (const [i, helped] of [6, 7, 5, 6, 6].entries()) {
      const payload = { pain: 5, at: `2026-11-1${i}T08:00:00.000Z`, detail: { relief: [{ kind: 'heat', helped }] } };
      expect((await test.request({ method: 'POST', url: '/api/me/checkins', cookie: ruth.cookie, payload })).statusCode).toBe(201);
    }
    const { text, pages } = readPdf(await get(ruth, '/api/me/report.pdf?from=2026-11-09&to=2026-11-24'), `report-relief-${kind.name}`);
    expect(pages).toBe(1);
    expect(text.replace(/\s+/g, ' ')).toMatch(/What helped, in their own 0-10 ratings .* Heat 6\.0\/10 \(95 % interval \d\.\d-\d\.\d, 5 ratings\)\./);
  });

  it('describes both downloads as application/pdf in the OpenAPI document', async () => {
    const document = (await test.request({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/me/report.pdf', '/api/patients/{patientId}/report.pdf']) {
      expect(Object.keys(document.paths[path].get.responses['200'].content)).toEqual(['application/pdf']);
    }
    expect(Object.keys(document.paths['/api/me'].get.responses['200'].content)).toEqual(['application/json']);
  });

  it('starts the default period at the clinician’s last review', async () => {
    await test.database.db.insertInto('care_reviews').values({ id: crypto.randomUUID(), clinician_id: lena.id, patient_id: maya.id, reviewed_at: '2026-11-17T12:00:00.000Z', minutes: 10 }).execute();
    const response = await get(lena, `/api/patients/${maya.id}/report.pdf`);
    expect(response.headers['content-disposition']).toContain('2026-11-17-to-2026-11-24');
  });

  it('writes the clinician’s download to the audit log, and not the person’s own', async () => {
    const audited = () => test.database.db.selectFrom('audit_events').select('action').where('patient_id', '=', maya.id).where('action', '=', 'read:report').execute();
    const before = (await audited()).length;
    await get(lena, `/api/patients/${maya.id}/report.pdf`);
    await get(maya, '/api/me/report.pdf');
    expect((await audited()).length).toBe(before + 1);
  });

  it('prints on US Letter when the admin sets the practice’s locale to en-US, with the practice’s name', async () => {
    const admin = await signUpStaff(test, 'admin@example.org', 'admin', 'Ada');
    const bad = await test.request({ method: 'PUT', url: '/api/admin/settings/report', cookie: admin.cookie, payload: { locale: 'english' } });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'locale']);
    expect((await test.request({ method: 'PUT', url: '/api/admin/settings/report', cookie: maya.cookie, payload: { locale: 'en-US' } })).statusCode).toBe(404);
    const set = await test.request({ method: 'PUT', url: '/api/admin/settings/report', cookie: admin.cookie, payload: { locale: 'en-US', practiceName: 'Harbour Physio' } });
    expect(set.json()).toEqual({ locale: 'en-US', practiceName: 'Harbour Physio', paper: 'letter' });
    expect((await get(admin, '/api/admin/settings/report')).json()).toEqual({ locale: 'en-US', practiceName: 'Harbour Physio', paper: 'letter' });
    if (!hasPoppler) return;
    const file = join(folder, `letter-${kind.name}.pdf`);
    writeFileSync(file, (await get(maya, '/api/me/report.pdf')).rawPayload);
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('Harbour Physio');
    await test.request({ method: 'PUT', url: '/api/admin/settings/report', cookie: admin.cookie, payload: { locale: null, practiceName: null } });
  });
});
