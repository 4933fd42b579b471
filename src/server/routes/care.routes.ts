/**
 * The care routes of issue 10 (contract: src/contract/care.routes.ts): invitations, links,
 * notes both ways and who looked. Finding and answering an invitation has a tight limit per
 * address, the same as signing in, so codes cannot be guessed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import { getMyAccessLog } from '../services/access-log.service.js';
import * as invitations from '../services/care-invitation.service.js';
import * as links from '../services/care-link.service.js';
import * as notes from '../services/care-note.service.js';

/** Registers the care routes. */
export function registerCareRoutes(app: FastifyInstance, services: Services): void {
  registerInvitationRoutes(app, services);
  registerLinkRoutes(app, services);
  registerNoteRoutes(app, services);
}

/** Where people open links: the configured public address, else this request's own origin. */
function originOf(services: Services, request: FastifyRequest): string {
  return services.config.publicUrl?.origin ?? `${request.protocol}://${request.host}`;
}

function registerInvitationRoutes(app: FastifyInstance, services: Services): void {
  const guessing = { rateLimit: { max: services.config.signinLimitPerAddress, timeWindow: services.config.signinWindowMs } };
  registerRoute(app, routes, 'createCareInvitation', ({ person, body, request }) =>
    invitations.createInvitation(services, person, body, originOf(services, request)),
  );
  registerRoute(app, routes, 'listCareInvitations', async ({ person }) => ({ items: await invitations.listInvitations(services, person) }));
  registerRoute(app, routes, 'withdrawCareInvitation', async ({ person, params }) => {
    await invitations.withdrawInvitation(services, person, params.id);
    return null;
  });
  registerRoute(app, routes, 'findCareInvitation', ({ person, body }) => invitations.findInvitation(services, person, body), guessing);
  registerRoute(app, routes, 'acceptCareInvitation', ({ person, body }) =>
    invitations.acceptInvitation(services, person, body, body.shareNotes), guessing);
  registerRoute(app, routes, 'declineCareInvitation', async ({ person, body }) => {
    await invitations.declineInvitation(services, person, body);
    return null;
  }, guessing);
}

function registerLinkRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'listMyClinicians', async ({ person }) => ({ items: await links.listMyClinicians(services, person) }));
  registerRoute(app, routes, 'endMyCareLink', async ({ person, params }) => {
    await links.endMyLink(services, person, params.linkId);
    return null;
  });
  registerRoute(app, routes, 'endPatientLink', async ({ person, params }) => {
    await links.endPatientLink(services, person, params.patientId);
    return null;
  });
  registerRoute(app, routes, 'getMyAccessLog', ({ person, query }) => getMyAccessLog(services, person, query));
}

function registerNoteRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'listMyNotes', async ({ person }) => ({ items: await notes.listMyNotes(services, person) }));
  registerRoute(app, routes, 'createMyNote', ({ person, body }) => notes.createMyNote(services, person, body));
  registerRoute(app, routes, 'markMyNotesRead', async ({ person, body }) => {
    await notes.markMyNotesRead(services, person, body.clinicianId);
    return null;
  });
  registerRoute(app, routes, 'listPatientNotes', async ({ person, params }) => ({
    items: await notes.listPatientNotes(services, person, params.patientId),
  }));
  registerRoute(app, routes, 'createPatientNote', ({ person, params, body }) =>
    notes.createPatientNote(services, person, params.patientId, body),
  );
}
