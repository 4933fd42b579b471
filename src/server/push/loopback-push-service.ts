/**
 * For tests only: a push service on loopback, as a browser vendor runs one. It checks the VAPID
 * `Authorization` (a JWT signed with the server's key, for this origin and the practice's subject)
 * and decrypts each aes128gcm message with the subscription's private key, as the browser would.
 * An endpoint path ending in `/gone` answers 410, as for a browser that unsubscribed.
 */
import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(body: Buffer, params: { version: string; privateKey: ECDH; authSecret: string }): Buffer;
};

/** A browser's side of a push subscription: its own key pair and auth secret. */
export interface PushBrowser {
  ecdh: ECDH;
  auth: string;
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
}

/** A message the push service received and decrypted. */
export interface ReceivedPush {
  path: string;
  payload: unknown;
}

/** A new browser subscription whose messages go to `endpoint`. */
export function newPushBrowser(endpoint: string): PushBrowser {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return { ecdh, auth, subscription: { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth } } };
}

/** Checks `vapid t=<jwt>, k=<key>`: the key is the server's and the JWT is signed by it for this origin. */
function checkVapid(request: IncomingMessage, origin: string, publicKey: string, subject: string): void {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(request.headers.authorization ?? '');
  if (!match?.[1] || match[2] !== publicKey) throw new Error('no VAPID authorization');
  const [head = '', body = '', signature = ''] = match[1].split('.');
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  if (!verify('sha256', Buffer.from(`${head}.${body}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) throw new Error('bad VAPID signature');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { aud: string; sub: string };
  if (claims.aud !== origin || claims.sub !== subject) throw new Error('wrong VAPID claims');
}

/** The running service: its origin, the browsers it knows, what it received. */
export interface LoopbackPushService {
  origin: string;
  browsers: Map<string, PushBrowser>;
  received: ReceivedPush[];
  /** A browser subscribed at `path` on this service. */
  subscribe(path: string): PushBrowser;
  close(): Promise<void>;
}

/** Starts a push service on 127.0.0.1 that expects messages signed with `vapid`. */
export async function startLoopbackPushService(vapid: { publicKey: string; subject: string }): Promise<LoopbackPushService> {
  const browsers = new Map<string, PushBrowser>();
  const received: ReceivedPush[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      if (path.endsWith('/gone')) return void response.writeHead(410).end();
      const browser = browsers.get(path);
      checkVapid(request, origin, vapid.publicKey, vapid.subject);
      if (!browser || request.headers['content-encoding'] !== 'aes128gcm') throw new Error('unexpected push');
      const plain = ece.decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.auth });
      received.push({ path, payload: JSON.parse(plain.toString('utf8')) });
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    browsers,
    received,
    subscribe: (path) => {
      const browser = newPushBrowser(`${origin}${path}`);
      browsers.set(path, browser);
      return browser;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
