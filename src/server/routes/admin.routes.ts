/** The admin routes of issue 10 (contract: src/contract/admin.routes.ts). */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { routes } from '../../contract/routes.js';
import { startSession } from '../auth/sessions.js';
import { SigninThrottle } from '../auth/signin-throttle.js';
import type { Services } from '../context.js';
import { countersFor } from '../shared-state.js';
import { presentAccount } from '../presenters.js';
import { registerRoute } from '../route.js';
import * as admin from '../services/admin.service.js';
import * as links from '../services/staff-invitation.service.js';

/** Registers the admin routes and the one-use welcome links. */
export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  registerWelcomeRoutes(app, services);

  registerRoute(app, routes, 'listStaff', ({ person }) => admin.listStaff(services, person));
  registerRoute(app, routes, 'inviteClinician', ({ person, body, request }) =>
    links.inviteClinician(services, person, body, `${request.protocol}://${request.host}`),
  );
  registerRoute(app, routes, 'withdrawInvitation', async ({ person, params }) => {
    await links.withdrawInvitation(services, person, params.id);
    return null;
  });
  registerRoute(app, routes, 'disableStaff', ({ person, params }) => admin.setStaffEnabled(services, person, params.id, false));
  registerRoute(app, routes, 'enableStaff', ({ person, params }) => admin.setStaffEnabled(services, person, params.id, true));
  registerRoute(app, routes, 'getPracticeSettings', ({ person }) => admin.getPracticeSettings(services, person));
  registerRoute(app, routes, 'putPracticeSettings', ({ person, body }) => admin.updatePracticeSettings(services, person, body));

  registerRoute(app, routes, 'exportAudit', async ({ person, query, reply }) => {
    const document = await admin.exportAudit(services, person, query);
    reply.header('content-disposition', `attachment; filename="pacewise-audit-${query.from}-to-${query.to}.json"`);
    return document;
  });
  // A text answer: with a non-JSON content type Fastify sends the string as it is.
  registerRoute(app, routes, 'exportAuditCsv', async ({ person, query, reply }) => {
    const csv = await admin.exportAuditCsv(services, person, query);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="pacewise-audit-${query.from}-to-${query.to}.csv"`);
    return csv;
  });
}

/** Opening and claiming a one-use link: public, limited like signing in. */
function registerWelcomeRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;
  const throttle = new SigninThrottle(countersFor(services.db), 'welcome', config.signinLimitPerEmail, config.signinWindowMs);
  const perAddress = { rateLimit: { max: config.signinLimitPerAddress, timeWindow: config.signinWindowMs } };

  registerRoute(app, routes, 'getWelcome', ({ params }) => links.describeWelcome(services, params.token), perAddress);

  registerRoute(app, routes, 'claimWelcome', async ({ params, body, request, reply }) => {
    const nowMs = Date.parse(services.clock.now());
    if (await throttle.take(params.token, nowMs)) {
      throw new AppError('rate_limited', 'Too many attempts with this link. Please wait 15 minutes and try again.');
    }
    const row = await links.claimWelcome(services, params.token, body);
    await throttle.clear(params.token);
    return presentAccount(await startSession(services, request, reply, row), services.config);
  }, perAddress);
}
