/**
 * The address a per-address limit counts: an IPv4 address as it is, and for IPv6 its /64 network.
 * One IPv6 subscriber is usually given a whole /64 (2^64 addresses), so counting single IPv6
 * addresses would give each person as many fresh counts as they like.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** The key of the request's client address for per-address limits. */
export function clientAddressKey(request: Pick<FastifyRequest, 'ip'>): string {
  return addressGroup(request.ip);
}

/** An IPv4 address (also one written as IPv6, `::ffff:1.2.3.4`) as it is; an IPv6 address as its /64. */
export function addressGroup(address: string): string {
  const plain = address.replace(/%.*$/, '');
  if (isIPv4(plain)) return plain;
  if (!isIPv6(plain)) return plain;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  return `${expandIPv6(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` filled in, leading zeros dropped, lower case. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
