// Odd requests (issue 16, findings 2 and 11), over a real socket so nothing is normalised on
// the way: static paths like `/../../etc/passwd`, `/index.html%00.js` and `//etc/passwd`
// answered 500 with a stack in the log, and an undecodable address, over-long headers or
// address answered outside the error shape. Now each is a 4xx in the shape of PRODUCT.md.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { startTestApp, type TestApp } from './testing.js';

function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; cacheControl: string | undefined }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, cacheControl: res.headers['cache-control'] }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('odd requests over a socket', () => {
  let test: TestApp;
  let webDir: string;
  let port: number;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pacewise-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Pacewise</title>');
    test = await startTestApp(testDatabaseKinds()[0]!, { PACEWISE_WEB_DIR: webDir });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    port = (test.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ['/../../etc/passwd', 404],
    ['/index.html%00.js', 404],
    ['//etc/passwd', 404],
    ['/assets/..%2f..%2fpackage.json', 404],
    ['/%', 400],
    ['/api/%', 400],
    [`/${'a'.repeat(100_000)}`, 431],
  ])('%s answers %i in the error shape, never 500', async (path, status) => {
    const response = await rawGet(port, path);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: expect.stringMatching(/^(not_found|malformed_request)$/), message: expect.any(String) } });
  });

  it('answers over-long headers with 431 in the error shape, and stays healthy', async () => {
    const response = await rawGet(port, '/api/health', { 'x-long': 'a'.repeat(20_000) });
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body).error.code).toBe('malformed_request');
    expect(response.cacheControl).toBe('no-store');
    expect((await rawGet(port, '/api/health')).status).toBe(200);
  });
});
