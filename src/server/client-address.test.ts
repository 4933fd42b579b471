import { describe, expect, it } from 'vitest';
import { addressGroup } from './client-address.js';

describe('the address a per-address limit counts', () => {
  it('keeps an IPv4 address, also one written as IPv6', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every IPv6 address of one /64 together, however it is written', () => {
    const group = '2001:db8:1:2::/64';
    expect(addressGroup('2001:db8:1:2::1')).toBe(group);
    expect(addressGroup('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(group);
    expect(addressGroup('2001:DB8:1:2:a:b:c:d')).toBe(group);
    expect(addressGroup('2001:db8:1:2::1%eth0')).toBe(group);
    expect(addressGroup('2001:db8:1:3::1')).not.toBe(group);
  });

  it('handles the short forms', () => {
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('fe80::1')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('passes anything else through unchanged', () => {
    expect(addressGroup('not an address')).toBe('not an address');
  });
});
