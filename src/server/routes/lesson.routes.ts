/** Lessons and the flare plan of the signed-in person (issue 14). */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as flarePlans from '../services/flare-plan.service.js';
import * as lessons from '../services/lesson.service.js';

/** Registers the lesson and flare-plan routes. */
export function registerLessonRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getLessons', ({ person }) => lessons.getLessons(services, person, person.id));
  registerRoute(app, routes, 'markLessonRead', ({ person, params }) => lessons.markLessonRead(services, person, person.id, params.lessonId));
  registerRoute(app, routes, 'markLessonLater', ({ person, params }) => lessons.markLessonLater(services, person, person.id, params.lessonId));
  registerRoute(app, routes, 'getFlarePlan', ({ person }) => flarePlans.getFlarePlan(services, person, person.id));
  registerRoute(app, routes, 'putFlarePlan', ({ person, body }) => flarePlans.putFlarePlan(services, person, person.id, body));
  registerRoute(app, routes, 'deleteFlarePlan', async ({ person }) => {
    await flarePlans.deleteFlarePlan(services, person, person.id);
    return null;
  });
}
