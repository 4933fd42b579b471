/** Exercise session logs of the signed-in person. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { Library } from '../services/library.service.js';
import * as sessionLogs from '../services/session-log.service.js';

/** Registers the session log routes. */
export function registerSessionLogRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'createSessionLog', ({ person, body }) =>
    sessionLogs.createSessionLog(services, person, person.id, body, library),
  );
  registerRoute(app, routes, 'listSessionLogs', async ({ person, query }) => ({
    items: await sessionLogs.listSessionLogs(services, person, person.id, query),
  }));
}
