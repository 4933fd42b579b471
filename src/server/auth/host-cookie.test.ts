// ASVS level 2 gap (issue 16, finding 18): under https the session cookie had a plain name, so a
// sibling subdomain could set or shadow it. Under https it is now `__Host-pacewise_session`:
// Secure, Path=/, no Domain; a plain-named cookie is not read there.
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { startTestApp } from '../testing.js';

const ORIGIN = 'https://pacewise.example.org';
const HEADERS = { host: 'pacewise.example.org', origin: ORIGIN };

describe('the session cookie under https', () => {
  it('is a __Host- cookie: Secure, for the whole site, with no Domain', async () => {
    const test = await startTestApp(testDatabaseKinds()[0]!, { PUBLIC_URL: ORIGIN });
    try {
      const signup = await test.request({ method: 'POST', url: '/api/auth/signup', headers: HEADERS, payload: { email: 'host@example.org', password: 'a calm walk by the river' } });
      expect(signup.statusCode).toBe(201);
      const cookie = signup.cookies.find((c) => c.name === '__Host-pacewise_session');
      expect(cookie).toBeDefined();
      expect(cookie?.secure).toBe(true);
      expect(cookie?.path).toBe('/');
      expect(cookie?.domain).toBeUndefined();
      const me = await test.request({ method: 'GET', url: '/api/me', headers: HEADERS, cookie: `__Host-pacewise_session=${cookie?.value ?? ''}` });
      expect(me.statusCode).toBe(200);
      const plain = await test.request({ method: 'GET', url: '/api/me', headers: HEADERS, cookie: `pacewise_session=${cookie?.value ?? ''}` });
      expect(plain.statusCode).toBe(401);
      const out = await test.request({ method: 'POST', url: '/api/auth/logout', headers: HEADERS, cookie: `__Host-pacewise_session=${cookie?.value ?? ''}` });
      expect(String(out.headers['set-cookie'])).toMatch(/__Host-pacewise_session=;/u);
    } finally {
      await test.close();
    }
  });

  it('keeps the plain name over plain http (a home install on loopback)', async () => {
    const test = await startTestApp(testDatabaseKinds()[0]!);
    try {
      const signup = await test.request({ method: 'POST', url: '/api/auth/signup', payload: { email: 'plain@example.org', password: 'a calm walk by the river' } });
      expect(signup.cookies.map((c) => c.name)).toContain('pacewise_session');
    } finally {
      await test.close();
    }
  });
});
