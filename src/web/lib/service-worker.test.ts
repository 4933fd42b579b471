// Where the app may register its service worker: browsers allow one on https and on this
// machine's own address only; anywhere else (a LAN address over http) registration is skipped.
import { describe, expect, it } from 'vitest';
import { mayRegisterWorker } from './service-worker.js';

describe('mayRegisterWorker', () => {
  it.each([
    ['https:', 'pacewise.example.org', true],
    ['https:', '192.168.1.20', true],
    ['http:', 'localhost', true],
    ['http:', '127.0.0.1', true],
    ['http:', '[::1]', true],
    ['http:', '192.168.1.20', false],
    ['http:', 'pacewise.example.org', false],
    ['http:', 'localhost.evil.example', false],
    ['file:', '', false],
  ])('%s//%s → %s', (protocol, hostname, allowed) => {
    expect(mayRegisterWorker({ protocol, hostname })).toBe(allowed);
  });
});
