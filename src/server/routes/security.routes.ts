/** The security routes of issue 10 (contract: src/contract/security.routes.ts). */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import { endSession } from '../auth/sessions.js';
import type { Services } from '../context.js';
import { countersFor } from '../shared-state.js';
import { presentAccount } from '../presenters.js';
import { registerRoute } from '../route.js';
import * as security from '../services/security.service.js';

/** Registers the security routes. */
export function registerSecurityRoutes(app: FastifyInstance, services: Services): void {
  const limits = security.createSecurityLimits(services.config, countersFor(services.db));
  const perAddress = { rateLimit: { max: services.config.signinLimitPerAddress, timeWindow: services.config.signinWindowMs } };

  registerRoute(app, routes, 'setupSecondFactor', ({ person, body }) => security.startSetup(services, person, body?.password, limits), perAddress);

  registerRoute(app, routes, 'confirmSecondFactor', ({ person, body }) =>
    security.confirmSetup(services, person, body.code, limits), perAddress);

  registerRoute(app, routes, 'passSecondFactor', async ({ person, body }) =>
    presentAccount(await security.passSecondFactor(services, person, body.code, limits), services.config), perAddress);

  registerRoute(app, routes, 'renewRecoveryCodes', ({ person, body }) =>
    security.renewRecoveryCodes(services, person, body.password, limits), perAddress);

  registerRoute(app, routes, 'getSecurity', ({ person }) => security.getSecurityOverview(services, person));

  registerRoute(app, routes, 'endDevice', async ({ person, params, request, reply }) => {
    if (await security.endDevice(services, person, params.id)) await endSession(services, request, reply);
    return null;
  });

  registerRoute(app, routes, 'signOutEverywhere', async ({ person, request, reply }) => {
    await security.signOutEverywhere(services, person);
    await endSession(services, request, reply);
    return null;
  });

  registerRoute(app, routes, 'changePassword', async ({ person, body }) => {
    await security.changePassword(services, person, body, limits);
    return null;
  }, perAddress);
}
