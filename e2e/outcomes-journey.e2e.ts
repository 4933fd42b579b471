// Issue 12, Done when (the part that crosses servers): Maya, on her practice's server, answers her
// PSFS re-rating in Chromium, then takes her data from the account page as JSON, CSV and FHIR.
// The FHIR Bundle validates against R4 with two outside validators; every CSV file parses under
// strict RFC 4180 rules; and the JSON, brought into a new account on a second Pacewise server
// through its account page, exports again as the same data (ids, the account, the export's time
// and the care that stays behind aside). The questionnaire pages themselves are walked in
// questionnaires.e2e.ts; the downloads' buttons and refusals in your-data.e2e.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../src/contract/export.js';
import { fhirProblems } from '../src/core/fhir/validate-fhir.testing.js';
import { daysAgo, PRACTICE_PROFILE } from './pages/practice.js';
import { checkPage, PHONE, startE2E, type E2E } from './support/harness.js';

const PASSWORD = 'a calm walk by the river';
const ACTIVITY = 'Gardening for an hour';
const NOTE = 'Stiff, then better after a walk; said "wait" = fine';

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!);
}

/** What must survive a move: everything but ids, the account, the export's time and the care left behind. */
function comparable(doc: ExportDocument) {
  const position = new Map(doc.checkins.map((c, i) => [c.id, i]));
  return {
    profile: doc.profile?.profile, intakeDraft: doc.intakeDraft, badDays: doc.badDays,
    checkins: doc.checkins.map(({ id: _id, ...rest }) => rest),
    sessions: doc.sessions.map(({ id: _id, ...rest }) => rest),
    questionnaireResponses: doc.questionnaireResponses.map(({ id: _id, checkinId, ...rest }) => ({ ...rest, checkin: checkinId === null ? null : position.get(checkinId) })),
  };
}

describe('outcomes and your data across two servers', () => {
  let practice: E2E;
  let newServer: E2E;
  let exported: Buffer = Buffer.alloc(0);
  beforeAll(async () => {
    [practice, newServer] = await Promise.all([startE2E(), startE2E()]);
  });
  afterAll(async () => Promise.all([practice?.close(), newServer?.close()]));

  it('Maya re-rates her activity, and her three downloads are sound', async () => {
    const { context, page } = await practice.newPage(PHONE);
    const signup = await context.request.post('/api/auth/signup', { data: { email: 'maya@example.org', password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } });
    expect(signup.status()).toBe(201);
    const maya: string = (await signup.json()).id;
    expect((await context.request.put('/api/me/profile', { data: { ...PRACTICE_PROFILE, goals: [{ activity: ACTIVITY, score: 3 }] } })).status()).toBe(200);
    for (const [n, pain] of [5, 4, 4].entries()) {
      const data = { at: daysAgo(n + 1, 7), pain, clientId: randomUUID(), notes: n === 0 ? NOTE : undefined, peg: n === 0 ? { pain: 5, enjoyment: 4, activity: 6 } : undefined };
      expect((await context.request.post('/api/me/checkins', { data })).status()).toBe(201);
    }
    expect((await context.request.post('/api/me/sessions', { data: { clientId: randomUUID(), startedAt: daysAgo(1, 9), painBefore: 5, painAfter: 4, items: [{ exerciseId: 'walk-home-laps', minutes: 10, status: 'done' }] } })).status()).toBe(201);
    // Her intake rating was two weeks ago, so the re-rating is due today.
    const { db } = practice.database;
    await db.updateTable('questionnaire_responses').set({ local_date: daysAgo(14).slice(0, 10), at: daysAgo(14, 9) }).where('user_id', '=', maya).where('instrument', '=', 'psfs').execute();
    await db.updateTable('users').set({ created_at: daysAgo(20) }).where('id', '=', maya).execute();

    await page.goto('/');
    await page.getByRole('link', { name: 'Answer the questions' }).click();
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Check your answers' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Your activities average 6 out of 10.').waitFor();
    await page.getByText('A meaningful change.').waitFor();
    await checkPage(page, 'journey-psfs-result');

    await page.goto('/account');
    exported = await download(page, 'Download my data (JSON)');
    const document = JSON.parse(exported.toString('utf8')) as ExportDocument;
    expect(document.version).toBe(2);
    expect(document.questionnaireResponses.map((r) => r.instrument).sort()).toEqual(['peg', 'psfs', 'psfs']);

    const bundle = JSON.parse((await download(page, 'Download a FHIR file')).toString('utf8')) as { entry: { resource: { resourceType: string } }[] };
    const kinds = bundle.entry.map((e) => e.resource.resourceType);
    expect(kinds.filter((k) => k === 'QuestionnaireResponse')).toHaveLength(3);
    expect(kinds).toEqual(expect.arrayContaining(['Patient', 'Observation', 'Procedure', 'CarePlan']));
    expect([...fhirProblems(bundle), ...bundle.entry.flatMap((e) => fhirProblems(e.resource))]).toEqual([]);

    const files = unzipSync(new Uint8Array(await download(page, 'Download CSV files (zip)')));
    const csv = (name: string) => parse(strFromU8(files[name]!), { bom: true, columns: true, record_delimiter: ['\r\n'], relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
    const checkins = csv('checkins.csv');
    expect(checkins).toHaveLength(3);
    expect(checkins.map((row) => Object.values(row).join(' ')).join(' ')).toContain(NOTE);
    expect(csv('questionnaire-responses.csv').some((row) => Object.values(row).includes(ACTIVITY))).toBe(true);
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['checkins.csv', 'session-items.csv', 'questionnaire-responses.csv', 'pacing-changes.csv']));
    await context.close();
  });

  it('her JSON moves to a new account on another server and exports again the same', async () => {
    const { context, page } = await newServer.newPage(PHONE);
    expect((await context.request.post('/api/auth/signup', { data: { email: 'maya@example.net', password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } })).status()).toBe(201);
    await page.goto('/account');
    await page.getByLabel('Your Pacewise JSON file').setInputFiles({ name: 'pacewise-export.json', mimeType: 'application/json', buffer: exported });
    await page.getByRole('button', { name: 'Check this file' }).click();
    await page.getByText('Bring this file’s data into your account?').waitFor();
    await page.getByRole('button', { name: 'Bring my data in' }).click();
    await page.getByText('Your data is here.').waitFor();
    await checkPage(page, 'journey-moved');

    const again = (await (await context.request.get('/api/me/export')).json()) as ExportDocument;
    expect(comparable(again)).toEqual(comparable(JSON.parse(exported.toString('utf8')) as ExportDocument));
    await page.goto('/history/questionnaires');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(ACTIVITY).first().waitFor();
    await checkPage(page, 'journey-moved-history');
    await context.close();
  });
});
