// The FHIR download in a real browser (issue 12): a person with a check-in (and its weekly PEG)
// and a session downloads their Bundle; Chromium saves it under its dated name as
// application/fhir+json, and every resource in the saved file validates against R4 with both
// outside validators. The account page is scanned with axe on the way.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirProblems } from '../src/core/fhir/validate-fhir.testing.js';
import { checkPage, PHONE, startE2E, type E2E } from './support/harness.js';

describe('a person downloads their data as a FHIR Bundle', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('saves a dated Bundle that validates as FHIR R4', async () => {
    const { page, context } = await e2e.newPage(PHONE);
    expect((await context.request.post('/api/auth/signup', { data: { email: 'maya@example.org', password: 'a calm walk by the river', name: 'Maya', timeZone: 'Europe/Berlin' } })).status()).toBe(201);
    const checkin = await context.request.post('/api/me/checkins', { data: { pain: 5, sleep: 6, peg: { pain: 5, enjoyment: 4, activity: 6 } } });
    expect(checkin.status()).toBe(201);
    const session = await context.request.post('/api/me/sessions', { data: { clientId: crypto.randomUUID(), startedAt: new Date().toISOString(), painBefore: 5, painAfter: 4, items: [{ exerciseId: 'walk-home-laps', minutes: 10, status: 'done' }] } });
    expect(session.status()).toBe(201);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Download my data' }).waitFor();
    await checkPage(page, 'fhir-account-phone');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => {
        const link = document.createElement('a');
        link.href = '/api/me/export/fhir';
        document.body.append(link);
        link.click();
      }),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pacewise-fhir-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.map((e) => e.resource.resourceType).sort()).toEqual(['Observation', 'Observation', 'Patient', 'Procedure', 'QuestionnaireResponse']);
    expect([...fhirProblems(bundle), ...bundle.entry.flatMap((e) => fhirProblems(e.resource))]).toEqual([]);
    const head = await context.request.get('/api/me/export/fhir');
    expect(head.headers()['content-type']).toMatch(/^application\/fhir\+json/);
    await context.close();
  });
});
