// TRUST_PROXY=true trusted the leftmost X-Forwarded-For (issue 16, finding 8): a client behind
// the proxy wrote any address it liked there, and every per-address limit was bypassed. Now the
// setting is a hop count (true means one proxy) or the proxies' addresses, and the address a
// limit counts is the one the last trusted proxy saw.
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { ConfigError, loadConfig, parseTrustProxy } from './config.js';
import { startTestApp } from './testing.js';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['true', 1],
    ['1', 1],
    ['2', 2],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 10.0.1.0/24', ['10.0.0.5', '10.0.1.0/24']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
  ])('reads %s', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it.each(['11', 'yes', '10.0.0.300', '10.0.0.0/33', '10.0.0.0/8/1', 'proxy.example.org', '-1'])('refuses %s', (text) => {
    expect(parseTrustProxy(text)).toBeNull();
    expect(() => loadConfig({ TRUST_PROXY: text })).toThrow(ConfigError);
  });
});

describe('the per-address sign-in limit behind a proxy', () => {
  const kind = testDatabaseKinds()[0]!;
  const login = (test: Awaited<ReturnType<typeof startTestApp>>, forwarded: string) =>
    test.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': forwarded },
      payload: { email: 'nobody@example.org', password: 'whatever it is here' },
    });

  it.each(['true', '1', '127.0.0.1'])('TRUST_PROXY=%s: a made-up leftmost address does not get round the limit', async (trust) => {
    const test = await startTestApp(kind, { TRUST_PROXY: trust, SIGNIN_LIMIT_PER_ADDRESS: '2' });
    try {
      expect((await login(test, '198.51.100.1, 203.0.113.9')).statusCode).toBe(401);
      expect((await login(test, '198.51.100.2, 203.0.113.9')).statusCode).toBe(401);
      const third = await login(test, '198.51.100.3, 203.0.113.9');
      expect(third.statusCode).toBe(429);
      // Another client, as the proxy saw it, has its own count.
      expect((await login(test, '198.51.100.3, 203.0.113.10')).statusCode).toBe(401);
    } finally {
      await test.close();
    }
  });

  it('without TRUST_PROXY, the header is ignored and the socket address counts', async () => {
    const test = await startTestApp(kind, { SIGNIN_LIMIT_PER_ADDRESS: '2' });
    try {
      expect((await login(test, '203.0.113.1')).statusCode).toBe(401);
      expect((await login(test, '203.0.113.2')).statusCode).toBe(401);
      expect((await login(test, '203.0.113.3')).statusCode).toBe(429);
    } finally {
      await test.close();
    }
  });
});
