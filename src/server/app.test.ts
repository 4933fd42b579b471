// The edges every route shares: health, OpenAPI, the error shape for malformed, oversized and
// unknown requests, security headers, and no stack traces to clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../contract/routes.js';
import { testDatabaseKinds } from '../db/testing.js';
import { signUpPerson, startTestApp, type TestApp } from './testing.js';

describe('the app edge', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(testDatabaseKinds()[0]!, { BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(async () => test.close());

  it('answers health', async () => {
    const response = await test.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('describes every route in OpenAPI 3.1', async () => {
    const document = (await test.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    for (const spec of Object.values(routes)) {
      const path = spec.path.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.path}`).toBeDefined();
    }
    expect(document.paths['/api/me/checkins'].post.requestBody.content['application/json'].schema.properties.pain).toMatchObject({ minimum: 0, maximum: 10 });
  });

  it('sends exactly the fields of the response schema', async () => {
    const { cookie } = await signUpPerson(test, 'fields@example.org');
    const me = await test.request({ method: 'GET', url: '/api/me', cookie });
    expect(Object.keys(me.json()).sort()).toEqual(['createdAt', 'email', 'emergencyNumber', 'id', 'name', 'role', 'secondFactor', 'timeZone']);
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const { cookie } = await signUpPerson(test, 'json@example.org');
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, headers: { 'content-type': 'application/json' }, payload: '{"pain": 3' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'malformed_request', message: expect.any(String) } });
  });

  it('answers an oversized body with 413', async () => {
    const { cookie } = await signUpPerson(test, 'big@example.org');
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, payload: { pain: 3, notes: 'x'.repeat(5000) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const { cookie } = await signUpPerson(test, 'text@example.org');
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie, headers: { 'content-type': 'text/plain' }, payload: 'pain=3' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown API path with 404 in the error shape', async () => {
    const response = await test.request({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('sends a strict Content-Security-Policy and no framing', async () => {
    const response = await test.request({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('turns an unexpected failure into a plain 500 without details', async () => {
    const broken = await startTestApp(testDatabaseKinds()[0]!);
    const { cookie } = await signUpPerson(broken, 'broken@example.org');
    await broken.database.db.destroy();
    const response = await broken.request({ method: 'GET', url: '/api/me', cookie });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
    await broken.app.close();
  });
});

describe('caching of answers (issue 16, finding 5)', () => {
  it.each([['/api/health'], ['/api/me'], ['/api/me/export'], ['/api/nowhere']])('%s answers with Cache-Control: no-store', async (url) => {
    const test = await startTestApp(testDatabaseKinds()[0]!);
    try {
      const { cookie } = await signUpPerson(test, 'cache@example.org');
      const response = await test.request({ method: 'GET', url, cookie });
      expect(response.headers['cache-control']).toBe('no-store');
    } finally {
      await test.close();
    }
  });
});
