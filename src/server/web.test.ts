// Serving the web app: deep links get index.html (never cached), hashed assets a long cache,
// a missing file or API path a 404 in the error shape.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { startTestApp, type TestApp } from './testing.js';

describe('the web app', () => {
  let test: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pacewise-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Pacewise</title>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(webDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(webDir, 'manifest.webmanifest'), '{"name":"Pacewise"}');
    test = await startTestApp(testDatabaseKinds()[0]!, { PACEWISE_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/history', '/checkins/123/edit', '/library/wall-push-up'])('serves the app at %s', async (url) => {
    const response = await test.request({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD on a page path', async () => {
    expect((await test.request({ method: 'HEAD', url: '/history' })).statusCode).toBe(200);
  });

  it('serves hashed assets with a year-long cache', async () => {
    const response = await test.request({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toMatch(/immutable/);
  });

  it('serves the service worker as JavaScript that is revalidated on every load', async () => {
    const response = await test.request({ method: 'GET', url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves the web app manifest with its own type', async () => {
    const response = await test.request({ method: 'GET', url: '/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('never serves the app shell for a missing worker file', async () => {
    expect((await test.request({ method: 'GET', url: '/sw-missing.js' })).statusCode).toBe(404);
  });

  it.each(['/assets/missing-123.js', '/favicon-missing.png', '/api/unknown'])('answers 404 for %s', async (url) => {
    const response = await test.request({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
