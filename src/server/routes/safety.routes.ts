/** The safety status of the signed-in person, and answering the safety questions again. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as safety from '../services/safety.service.js';

/** Registers the safety routes (person only). */
export function registerSafetyRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getSafety', ({ person }) => safety.getSafety(services, person, person.id));
  registerRoute(app, routes, 'putSafety', ({ person, body }) => safety.putSafety(services, person, person.id, body));
}
