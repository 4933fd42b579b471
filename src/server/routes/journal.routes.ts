/** The intake profile, its draft, and the daily check-ins of the signed-in person. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as checkins from '../services/checkin.service.js';
import * as profiles from '../services/profile.service.js';

/** Registers profile and check-in routes. */
export function registerJournalRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getProfile', ({ person }) => profiles.getProfile(services, person, person.id));
  registerRoute(app, routes, 'putProfile', ({ person, body }) => profiles.putProfile(services, person, person.id, body));
  registerRoute(app, routes, 'getIntakeDraft', ({ person }) => profiles.getIntakeDraft(services, person, person.id));
  registerRoute(app, routes, 'putIntakeDraft', ({ person, body }) =>
    profiles.putIntakeDraft(services, person, person.id, body),
  );

  registerRoute(app, routes, 'createCheckin', ({ person, body }) =>
    checkins.createCheckin(services, person, person.id, body),
  );
  registerRoute(app, routes, 'listCheckins', async ({ person, query }) => ({
    items: await checkins.listCheckins(services, person, person.id, query),
  }));
  registerRoute(app, routes, 'getCheckin', ({ person, params }) => checkins.getCheckin(services, person, person.id, params.id));
  registerRoute(app, routes, 'updateCheckin', ({ person, params, body }) =>
    checkins.updateCheckin(services, person, person.id, params.id, body),
  );
  registerRoute(app, routes, 'deleteCheckin', async ({ person, params, query }) => {
    await checkins.deleteCheckin(services, person, person.id, params.id, query);
    return null;
  });
}
