/**
 * Security at the edge: headers with a strict Content-Security-Policy (no inline scripts or
 * styles), a global rate limit, and an Origin check on every request that changes something.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Config } from './config.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { countersFor, isSharedDatabase } from './shared-state.js';
import { clientAddressKey } from './client-address.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The security headers of every answer. They never vary per request, so helmet computes them once
 * at start and each answer gets them in one call (bench/checkin-writes.mjs: helmet's per-request
 * middleware cost about a tenth of a check-in write's CPU).
 */
export function securityHeadersOf(config: Config): Readonly<Record<string, string>> {
  const https = config.publicUrl?.protocol === 'https:';
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The service worker (/sw.js) and the web app manifest, from this origin only.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    // Matches frame-ancestors 'none' for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
  });
  setHeaders({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  // The app uses none of these; a page it serves may never ask for them.
  headers['permissions-policy'] = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
  return Object.freeze(headers);
}

/** Registers headers, rate limiting and the Origin check. */
export async function registerSecurity(app: FastifyInstance, config: Config, db: Kysely<Database>): Promise<void> {
  const headers = securityHeadersOf(config);
  // Health data must not linger in a browser's or a proxy's cache (issue 16, finding 5). Set with
  // the other headers, before the route runs: a route that means otherwise (an exercise photo)
  // says so itself, and one hook fewer per request (an onSend hook cost about 5 % of a write).
  const apiHeaders = Object.freeze({ ...headers, 'cache-control': 'no-store' });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/api/') ? apiHeaders : headers);
    done();
  });
  // Several processes on one PostgreSQL count together; one process on SQLite counts in memory.
  const store = isSharedDatabase(db) ? { store: sharedRateLimitStore(countersFor(db), () => Date.now()) } : {};
  // Per client address, an IPv6 client counted by its /64 (client-address.ts).
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000, keyGenerator: clientAddressKey, ...store });
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      checkOrigin(request, config);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

/**
 * Refuses a state-changing request that a browser sent from another site. Browsers send
 * `Origin` on every such fetch; clients without it (scripts, curl) carry no ambient cookie risk
 * unless the browser marks the request cross-site.
 */
export function checkOrigin(request: FastifyRequest, config: Config): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin === undefined) {
    if (request.headers['sec-fetch-site'] === 'cross-site') throw originError();
    return;
  }
  if (!allowedOrigins(request, config).includes(origin)) throw originError();
}

function allowedOrigins(request: FastifyRequest, config: Config): string[] {
  if (config.publicUrl) return [config.publicUrl.origin];
  // Without PUBLIC_URL the server trusts its own address only when it is one a DNS-rebinding
  // page cannot take: localhost or an IP address. A name (evil.example pointing at 127.0.0.1)
  // would otherwise vouch for itself.
  return isRebindingSafeHost(request.hostname) ? [`${request.protocol}://${request.host}`] : [];
}

/** True for `localhost` and IP addresses (v4, or v6 in brackets): names no one else can point here. */
export function isRebindingSafeHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) || /^[0-9a-f:]+$/.test(host);
}

function originError(): AppError {
  return new AppError('origin_mismatch', 'This request came from another site and was refused.');
}
