/**
 * Sends one Web Push message (issue 13) with web-push: it signs the request with the VAPID keys
 * and encrypts the payload (aes128gcm); we make the request ourselves so the address it goes to
 * is checked after the name is resolved (no private addresses, see endpoint.ts).
 */
import { lookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import webpush from 'web-push';
import type { PushConfig } from '../config.js';
import { endpointProblem, isAllowedAddress } from './endpoint.js';

/** What a push message says: generic words only, never health data. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/** A subscription as web-push takes it. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** How a send went: delivered, the subscription is gone (404/410: delete it), or it failed. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

const TTL_SECONDS = 4 * 3600;
const TIMEOUT_MS = 10_000;

/** Sends the payload to one subscription. */
export async function sendPush(config: PushConfig, target: PushTarget, payload: PushPayload, allowLoopback: boolean): Promise<PushOutcome> {
  if (endpointProblem(target.endpoint, allowLoopback) !== null) return 'gone';
  const details = webpush.generateRequestDetails(target, JSON.stringify(payload), {
    vapidDetails: { subject: config.subject, publicKey: config.publicKey, privateKey: config.privateKey },
    TTL: TTL_SECONDS,
    contentEncoding: 'aes128gcm',
    urgency: 'normal',
  });
  try {
    const status = await post(details.endpoint, details.headers, details.body, allowLoopback);
    if (status === 404 || status === 410) return 'gone';
    return status >= 200 && status < 300 ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}

/** A DNS lookup that refuses names resolving to addresses push must not reach. */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const safe = addresses.find((a) => isAllowedAddress(a.address, allowLoopback));
      if (!safe) return callback(new Error('push address not allowed'), '', 0);
      if (options.all) return (callback as unknown as (e: null, list: LookupAddress[]) => void)(null, [safe]);
      callback(null, safe.address, safe.family);
    });
  };
}

function post(endpoint: string, headers: Record<string, string | number>, body: Buffer, allowLoopback: boolean): Promise<number> {
  const url = new URL(endpoint);
  const client = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method: 'POST', headers: { ...headers, 'content-length': body.length }, lookup: guardedLookup(allowLoopback), timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error('push timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

/** A new VAPID key pair, in the URL-safe base64 the settings take. */
export function generatePushKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}
