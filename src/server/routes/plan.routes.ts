/** The plan preview and simulation (public), the person's week, bad days, and pacing. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { Library } from '../services/library.service.js';
import * as plans from '../services/plan.service.js';
import { simulateGrowth } from '../services/simulation.service.js';

/** Registers the plan and pacing routes. */
export function registerPlanRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'previewPlan', async ({ body }) => plans.previewPlan(services, library, body));
  registerRoute(app, routes, 'simulatePlan', async ({ body }) => simulateGrowth(services, library, body));
  registerRoute(app, routes, 'getMyPlan', ({ person }) => plans.getMyPlan(services, library, person, person.id));
  registerRoute(app, routes, 'markBadDay', ({ person, query }) => plans.setBadDay(services, library, person, person.id, true, query.date));
  registerRoute(app, routes, 'unmarkBadDay', ({ person, query }) => plans.setBadDay(services, library, person, person.id, false, query.date));
  registerRoute(app, routes, 'getPacing', ({ person }) => plans.getPacing(services, library, person, person.id));
}
