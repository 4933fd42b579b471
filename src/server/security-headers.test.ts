// The edge (issue 16, findings 16 and 18). Without PUBLIC_URL the allowed Origin came from the
// Host header, so a DNS-rebinding page (evil.example pointing at 127.0.0.1) could vouch for
// itself; now only localhost and IP addresses do. And the headers an ASVS level 2 review asked
// for: X-Frame-Options that matches frame-ancestors 'none', and a Permissions-Policy. Expired
// sessions, never purged, are now removed at start and every hour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { buildApp } from './app.js';
import { SessionCache } from './auth/session-cache.js';
import { loadConfig } from './config.js';
import { randomIds } from './context.js';
import { isRebindingSafeHost } from './security.js';
import { startTestApp, type TestApp } from './testing.js';

const SIGNUP = { email: 'maya@example.org', password: 'a calm walk by the river' };

describe('the edge without PUBLIC_URL', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(testDatabaseKinds()[0]!);
  });
  afterAll(async () => test.close());

  it('refuses a change from a page whose own name points at this server (DNS rebinding)', async () => {
    const response = await test.app.inject({
      method: 'POST', url: '/api/auth/signup', payload: SIGNUP,
      headers: { host: 'evil.example:3000', origin: 'http://evil.example:3000' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('origin_mismatch');
  });

  it.each([['localhost:3000'], ['127.0.0.1:3000'], ['[::1]:3000'], ['192.168.1.20:3000']])('accepts a change on its own address %s', async (host) => {
    const response = await test.app.inject({
      method: 'POST', url: '/api/auth/signup', payload: { ...SIGNUP, email: `m-${host.length}-${host.charCodeAt(1)}@example.org` },
      headers: { host, origin: `http://${host}` },
    });
    expect(response.statusCode).toBe(201);
  });

  it.each([['localhost', true], ['127.0.0.1', true], ['[::1]', true], ['::1', true], ['evil.example', false], ['127.0.0.1.nip.io', false], ['localhost.evil.example', false]])(
    '%s is a host no rebinding page can take: %s', (host, safe) => {
      expect(isRebindingSafeHost(host)).toBe(safe);
    },
  );

  it('sends X-Frame-Options DENY and a Permissions-Policy on every answer', async () => {
    const response = await test.request({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['permissions-policy']).toContain('camera=()');
  });

  it('lets the page load its service worker and manifest from its own origin only, and keeps the rest strict', async () => {
    const csp = String((await test.request({ method: 'GET', url: '/api/health' })).headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('manifest-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('expired sessions (issue 16, finding 15)', () => {
  it('are purged when the server starts', async () => {
    const test = await startTestApp(testDatabaseKinds()[0]!);
    try {
      const { db } = test.database;
      const now = test.clock.now();
      await db.insertInto('users').values({ id: 'u1', email: 'old@example.org', name: null, password_hash: 'x', time_zone: 'UTC', created_at: now, updated_at: now }).execute();
      await db.insertInto('auth_sessions').values([
        { id: 'expired', user_id: 'u1', created_at: '2026-01-01T00:00:00.000Z', expires_at: '2026-01-31T00:00:00.000Z' },
        { id: 'current', user_id: 'u1', created_at: now, expires_at: '2026-12-24T00:00:00.000Z' },
      ]).execute();
      const again = await buildApp({ db, config: loadConfig({ LOG_LEVEL: 'silent', PACEWISE_WEB_DIR: '/nonexistent' }), clock: test.clock, newId: randomIds, sessionCache: new SessionCache() });
      await again.ready();
      await again.close();
      const left = await db.selectFrom('auth_sessions').select('id').execute();
      expect(left.map((s) => s.id)).toEqual(['current']);
    } finally {
      await test.close();
    }
  });
});
