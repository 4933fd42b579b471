/** The plan preview and simulation (public), the person's week, bad days, swaps and moves, and pacing. */
import type { FastifyInstance } from 'fastify';
import { DAY_NUMBERS, type DayNumber } from '../../core/planner/plan.js';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { Library } from '../services/library.service.js';
import * as plans from '../services/plan.service.js';
import { simulateGrowth } from '../services/simulation.service.js';
import * as changes from '../services/week-changes.service.js';

// The contract keeps days within 1-7; this gives them the planner's type without a cast.
function dayOf(day: number): DayNumber {
  return DAY_NUMBERS.find((d) => d === day) ?? 1;
}

/** Registers the plan and pacing routes. */
export function registerPlanRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'previewPlan', async ({ body }) => plans.previewPlan(services, library, body));
  registerRoute(app, routes, 'simulatePlan', async ({ body }) => simulateGrowth(services, library, body));
  registerRoute(app, routes, 'getMyPlan', ({ person }) => plans.getMyPlan(services, library, person, person.id));
  registerRoute(app, routes, 'markBadDay', ({ person, query }) => plans.setBadDay(services, library, person, person.id, true, query.date));
  registerRoute(app, routes, 'unmarkBadDay', ({ person, query }) => plans.setBadDay(services, library, person, person.id, false, query.date));
  registerRoute(app, routes, 'listSwapAlternatives', ({ person, params }) => changes.listSwapAlternatives(services, library, person, person.id, params.exerciseId));
  registerRoute(app, routes, 'swapExercise', ({ person, body }) => changes.swapExercise(services, library, person, person.id, body));
  registerRoute(app, routes, 'undoSwap', ({ person, params }) => changes.undoSwap(services, library, person, person.id, params.exerciseId));
  registerRoute(app, routes, 'moveSession', ({ person, body }) => changes.moveSession(services, library, person, person.id, { ...body, fromDay: dayOf(body.fromDay), toDay: dayOf(body.toDay) }));
  registerRoute(app, routes, 'undoMove', ({ person, query }) => changes.undoMove(services, library, person, person.id, dayOf(query.day), query.slot));
  registerRoute(app, routes, 'getPacing', ({ person }) => plans.getPacing(services, library, person, person.id));
}
