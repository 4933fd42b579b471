/** The practice routes of issue 10 (contract: src/contract/practice.routes.ts). */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import { getCaseload } from '../services/caseload.service.js';
import { createReview, listReviews } from '../services/review.service.js';

/** Registers the practice routes: the caseload and reviews. */
export function registerPracticeRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getCaseload', ({ person }) => getCaseload(services, person));
  registerRoute(app, routes, 'createReview', ({ person, params, body }) => createReview(services, person, params.patientId, body));
  registerRoute(app, routes, 'listReviews', ({ person, params }) => listReviews(services, person, params.patientId));
}
