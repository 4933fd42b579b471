/**
 * Security at the edge: headers with a strict Content-Security-Policy (no inline scripts or
 * styles), a global rate limit, and an Origin check on every request that changes something.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Config } from './config.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { countersFor, isSharedDatabase } from './shared-state.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Registers headers, rate limiting and the Origin check. */
export async function registerSecurity(app: FastifyInstance, config: Config, db: Kysely<Database>): Promise<void> {
  const https = config.publicUrl?.protocol === 'https:';
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
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
  // The app uses none of these; a page it serves may never ask for them.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
  });
  // Several processes on one PostgreSQL count together; one process on SQLite counts in memory.
  const store = isSharedDatabase(db) ? { store: sharedRateLimitStore(countersFor(db), () => Date.now()) } : {};
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000, ...store });
  app.addHook('onRequest', async (request) => checkOrigin(request, config));
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
