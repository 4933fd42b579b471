// Covers: path parameters (encoded, missing), query strings (skipping undefined), JSON bodies
// with credentials, 204 answers, error bodies turned into ApiError, unreadable answers, network
// failures, and answers checked against the response schema.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { buildQuery, buildRequest, fillPath } from './build-request.js';
import { callApi, callApiRaw, setFetcher, type Fetcher } from './client.js';

const checkinId = '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d';
const account = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  email: 'maya@example.org',
  name: 'Maya',
  timeZone: 'Europe/Berlin',
  createdAt: '2026-11-24T08:00:00.000Z',
  emergencyNumber: '112',
  role: 'person',
  secondFactor: 'off',
};

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): Fetcher {
  return async (url, init) => {
    seen.push({ url, init });
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status });
  };
}

const original = setFetcher(fakeFetch(500, ''));
afterEach(() => {
  setFetcher(original);
});

describe('buildRequest', () => {
  it('fills and encodes path parameters', () => {
    expect(fillPath('/api/me/checkins/:id', { id: 'a b/c' })).toBe('/api/me/checkins/a%20b%2Fc');
    expect(() => fillPath('/api/me/checkins/:id', {})).toThrow(/id/);
  });

  it('builds a query string from defined values only', () => {
    expect(buildQuery({ from: '2026-11-01', to: undefined })).toBe('?from=2026-11-01');
    expect(buildQuery({})).toBe('');
  });

  it('sends JSON with same-origin credentials', () => {
    const { url, init } = buildRequest({ method: 'POST', path: '/api/x' }, { body: { a: 1 } });
    expect(url).toBe('/api/x');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"a":1}' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
  });
});

describe('callApi', () => {
  it('returns the checked answer', async () => {
    const seen: Seen[] = [];
    setFetcher(fakeFetch(200, account, seen));
    await expect(callApi('getMe')).resolves.toEqual(account);
    expect(seen[0]?.url).toBe('/api/me');
    expect(seen[0]?.init.method).toBe('GET');
  });

  it('gives the raw text too, with fields the schema does not know', async () => {
    const text = JSON.stringify({ ...account, extra: 1 });
    setFetcher(fakeFetch(200, text));
    const result = await callApiRaw('getMe');
    expect(result.text).toBe(text);
    expect(result.data).toEqual(account);
  });

  it('substitutes params and resolves a 204 with null', async () => {
    const seen: Seen[] = [];
    setFetcher(fakeFetch(204, undefined, seen));
    await expect(callApi('deleteCheckin', { params: { id: checkinId } })).resolves.toBeNull();
    expect(seen[0]?.url).toBe(`/api/me/checkins/${checkinId}`);
    expect(seen[0]?.init.method).toBe('DELETE');
  });

  it('builds the query of a list', async () => {
    const seen: Seen[] = [];
    setFetcher(fakeFetch(200, { items: [] }, seen));
    await callApi('listCheckins', { query: { from: '2026-10-26', to: '2026-11-24' } });
    expect(seen[0]?.url).toBe('/api/me/checkins?from=2026-10-26&to=2026-11-24');
  });

  it('throws the server error with its code, message and field', async () => {
    const error = { error: { code: 'weak_password', message: 'Too common.', field: 'password' } };
    setFetcher(fakeFetch(422, error));
    const call = callApi('signup', { body: { email: 'a@b.org', password: 'password123' } });
    await expect(call).rejects.toMatchObject({
      status: 422,
      code: 'weak_password',
      message: 'Too common.',
      field: 'password',
    });
  });

  it('reports an unreadable error body as unexpected', async () => {
    setFetcher(fakeFetch(502, '<html>Bad gateway</html>'));
    await expect(callApi('getMe')).rejects.toMatchObject({
      status: 502,
      code: 'unexpected_response',
    });
  });

  it('reports an answer that breaks the contract', async () => {
    setFetcher(fakeFetch(200, { id: 'not-a-uuid' }));
    await expect(callApi('getMe')).rejects.toBeInstanceOf(ApiError);
  });

  it('asks for a body where the route has one', () => {
    const typeCheckOnly = () => {
      // @ts-expect-error signup needs a body
      void callApi('signup');
      // @ts-expect-error deleteCheckin needs its id
      void callApi('deleteCheckin', {});
    };
    expect(typeCheckOnly).toBeTypeOf('function');
  });

  it('reports a request that never got an answer', async () => {
    setFetcher(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(callApi('getMe')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
