/**
 * Serves the built web app: hashed assets with a long cache, and index.html (never cached) for
 * every other path that is not under /api, so deep links work in the single-page app. The service
 * worker (/sw.js) and the manifest are revalidated on every load, so a new version is found at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';

const YEAR_SECONDS = 31_536_000;

/** Registers the web app, if it has been built, and the not-found handling. */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild is served without a restart.
    await app.register(fastifyStatic, {
      root: webDir,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        const immutable = path.includes(`${join(webDir, 'assets')}`);
        reply.header('cache-control', immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache');
        if (path.endsWith('.webmanifest')) reply.header('content-type', 'application/manifest+json; charset=utf-8');
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    // A page path gets the app; a missing file (anything with an extension) or API path gets 404.
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
    if (hasWeb && isPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    throw new AppError('not_found', `There is nothing at ${request.method} ${path}.`);
  });
  return hasWeb;
}
