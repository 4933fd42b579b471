/** The signed-in person's insights. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as insights from '../services/insights.service.js';
import type { Library } from '../services/library.service.js';

/** Registers the insights route. */
export function registerInsightsRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'getInsights', ({ person, query }) => insights.getInsights(services, library, person, person.id, query));
}
