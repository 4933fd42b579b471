/** Each download asks its own route, names the file, and turns a refusal into the server's error. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataFile, type DataFormat, type DataOwner } from './data-files.js';

const PATIENT = '00000000-0000-4000-8000-000000000001';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: Response) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('fetchDataFile', () => {
  it.each<[DataOwner, DataFormat, string]>([
    [{ kind: 'me' }, 'json', '/api/me/export'],
    [{ kind: 'me' }, 'csv', '/api/me/export/csv'],
    [{ kind: 'me' }, 'fhir', '/api/me/export/fhir'],
    [{ kind: 'patient', patientId: PATIENT }, 'json', `/api/patients/${PATIENT}/export`],
    [{ kind: 'patient', patientId: PATIENT }, 'csv', `/api/patients/${PATIENT}/export/csv`],
    [{ kind: 'patient', patientId: PATIENT }, 'fhir', `/api/patients/${PATIENT}/export/fhir`],
  ])('%j %s asks %s', async (owner, format, url) => {
    const fetch = stubFetch(new Response('{}', { status: 200 }));
    const file = await fetchDataFile(owner, format, '2026-11-24');
    expect(fetch.mock.calls[0]?.[0]).toBe(url);
    expect(file.name).toMatch(/^pacewise-export-2026-11-24/);
  });

  it('keeps the name the server gives', async () => {
    stubFetch(new Response('PK', { status: 200, headers: { 'content-disposition': 'attachment; filename="pacewise-csv-2026-11-24.zip"' } }));
    expect((await fetchDataFile({ kind: 'me' }, 'csv', '2026-11-24')).name).toBe('pacewise-csv-2026-11-24.zip');
  });

  it('throws the server’s refusal with its code', async () => {
    stubFetch(new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found.' } }), { status: 404 }));
    await expect(fetchDataFile({ kind: 'patient', patientId: PATIENT }, 'fhir', '2026-11-24')).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
