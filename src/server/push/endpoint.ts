/**
 * Where push messages may go (issue 13): a push service on the public internet, over https.
 * Never a private, loopback or link-local address — a subscription is text a browser (or anyone)
 * sends us, and must not make the server call into its own network (SSRF). Checked when a
 * subscription arrives and again on the address the name resolves to when sending.
 */
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
// Also every IPv6 form that carries an IPv4 address inside it (IPv4-compatible ::/96, SIIT, NAT64,
// 6to4, Teredo), as such a literal can lead back to a private IPv4 network.
for (const [net, bits] of [
  ['::', 96], ['::1', 128], ['::ffff:0:0:0', 96], ['100::', 64], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2001::', 32], ['2001:db8::', 32], ['2002::', 16],
] as const) blocked.addSubnet(net, bits, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) as its IPv4 address. */
function unmapped(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? address;
}

/** True for an address on the loopback interface. */
export function isLoopbackAddress(address: string): boolean {
  const plain = unmapped(address);
  const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  return isIP(plain) !== 0 && loopback.check(plain, family);
}

/** True when an address may receive push messages: public, or loopback when tests allow it. */
export function isAllowedAddress(address: string, allowLoopback: boolean): boolean {
  const plain = unmapped(address);
  const version = isIP(plain);
  if (version === 0) return false;
  if (allowLoopback && isLoopbackAddress(plain)) return true;
  return !blocked.check(plain, version === 6 ? 'ipv6' : 'ipv4');
}

/** Why an endpoint is refused, or null when it may be used. */
export function endpointProblem(endpoint: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'Use the push address the browser gave.';
  }
  // `localhost.` and `x.internal.` name the same hosts as without the final dot.
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  const isLoopbackHost = host === 'localhost' || isLoopbackAddress(host);
  if (url.username !== '' || url.password !== '') return 'Use the push address the browser gave.';
  if (url.protocol !== 'https:' && !(allowLoopback && url.protocol === 'http:' && isLoopbackHost)) return 'Push addresses must use https.';
  if (isLoopbackHost) return allowLoopback ? null : 'That push address is not on the internet.';
  if (host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return 'That push address is not on the internet.';
  if (isIP(host) !== 0 && !isAllowedAddress(host, allowLoopback)) return 'That push address is not on the internet.';
  return null;
}
