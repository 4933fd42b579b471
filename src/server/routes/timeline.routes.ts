/** The signed-in person's journal on one timeline (History). */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as timeline from '../services/timeline.service.js';

/** Registers the timeline route. */
export function registerTimelineRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getTimeline', ({ person, query }) => timeline.getTimeline(services, person, person.id, query));
}
