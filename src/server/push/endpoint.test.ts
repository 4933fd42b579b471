// Where push may go: https to a public address only; loopback only when tests allow it.
import { describe, expect, it } from 'vitest';
import { endpointProblem, isAllowedAddress } from './endpoint.js';

describe('endpointProblem', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc', false, null],
    ['https://updates.push.services.mozilla.com/wpush/v2/x', false, null],
    ['https://8.8.8.8/push', false, null],
    ['http://push.example.net/x', false, 'Push addresses must use https.'],
    ['https://127.0.0.1/push', false, 'That push address is not on the internet.'],
    ['https://localhost/push', false, 'That push address is not on the internet.'],
    ['https://[::1]/push', false, 'That push address is not on the internet.'],
    ['https://[::ffff:10.0.0.1]/push', false, 'That push address is not on the internet.'],
    ['https://10.1.2.3/push', false, 'That push address is not on the internet.'],
    ['https://172.16.0.9/push', false, 'That push address is not on the internet.'],
    ['https://169.254.169.254/latest/meta-data', false, 'That push address is not on the internet.'],
    ['https://[fe80::1]/push', false, 'That push address is not on the internet.'],
    ['https://nas.local/push', false, 'That push address is not on the internet.'],
    ['https://user:pw@push.example.net/x', false, 'Use the push address the browser gave.'],
    // Found in review: a final dot and IPv6 forms that carry an IPv4 address got through.
    ['https://localhost./push', false, 'That push address is not on the internet.'],
    ['https://metadata.google.internal./x', false, 'That push address is not on the internet.'],
    ['https://nas.local../push', false, 'That push address is not on the internet.'],
    ['https://[::127.0.0.1]/push', false, 'That push address is not on the internet.'],
    ['https://[::ffff:0:a00:1]/push', false, 'That push address is not on the internet.'],
    ['https://[2002:a00:1::]/push', false, 'That push address is not on the internet.'],
    ['https://[2001:0:4136:e378::1]/push', false, 'That push address is not on the internet.'],
    ['https://[64:ff9b:1::a00:1]/push', false, 'That push address is not on the internet.'],
    ['https://[::ffff:169.254.169.254]/latest', false, 'That push address is not on the internet.'],
    ['http://127.0.0.1:8080/push', true, null],
    ['http://10.0.0.1/push', true, 'Push addresses must use https.'],
    ['https://10.0.0.1/push', true, 'That push address is not on the internet.'],
  ])('%s (loopback allowed: %s) → %s', (endpoint, allowLoopback, problem) => {
    expect(endpointProblem(endpoint, allowLoopback)).toBe(problem);
  });

  it.each([
    ['93.184.216.34', false, true],
    ['192.168.0.1', false, false],
    ['127.0.0.1', false, false],
    ['127.0.0.1', true, true],
    ['::ffff:127.0.0.1', true, true],
    ['2606:4700::1111', false, true],
    ['fc00::1', false, false],
    ['::a00:1', false, false],
    ['2002:c0a8:101::1', false, false],
  ])('resolved address %s (loopback allowed: %s) → %s', (address, allowLoopback, allowed) => {
    expect(isAllowedAddress(address, allowLoopback)).toBe(allowed);
  });
});
