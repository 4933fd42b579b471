/**
 * Security at the edge: headers with a strict Content-Security-Policy (no inline scripts or
 * styles), a global rate limit, and an Origin check on every request that changes something.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import type { Config } from './config.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Registers headers, rate limiting and the Origin check. */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
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
  });
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: 60_000 });
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
  return [`${request.protocol}://${request.host}`];
}

function originError(): AppError {
  return new AppError('origin_mismatch', 'This request came from another site and was refused.');
}
