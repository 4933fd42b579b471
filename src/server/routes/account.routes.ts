/** Sign-up, sign-in, sign-out and the signed-in account. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import { endSession, startSession } from '../auth/sessions.js';
import { AccountDoors } from '../auth/account-doors.js';
import type { Services } from '../context.js';
import type { Mailer } from '../mail/mailer.js';
import { countersFor } from '../shared-state.js';
import { presentAccount } from '../presenters.js';
import { registerRoute } from '../route.js';
import * as accounts from '../services/account.service.js';
import * as exports from '../services/export.service.js';
import { clientAddressKey } from '../client-address.js';

/** Registers the account routes. */
export function registerAccountRoutes(app: FastifyInstance, services: Services, mailer: Mailer | null): void {
  const doors = new AccountDoors(services, countersFor(services.db), app.log, mailer);

  registerRoute(app, routes, 'signup', async ({ body, request, reply }) => {
    const row = await doors.signUp(clientAddressKey(request), body);
    return presentAccount(await startSession(services, request, reply, row), services.config);
  });

  registerRoute(app, routes, 'login', async ({ body, request, reply }) => {
    const row = await doors.signIn(clientAddressKey(request), body.email, body.password);
    return presentAccount(await startSession(services, request, reply, row), services.config);
  });

  registerRoute(app, routes, 'logout', async ({ request, reply }) => {
    await endSession(services, request, reply);
    return null;
  });

  registerRoute(app, routes, 'getMe', async ({ person }) => presentAccount(person, services.config));

  registerRoute(app, routes, 'updateMe', async ({ person, body }) =>
    presentAccount(await accounts.updateAccount(services, person, body), services.config),
  );

  registerRoute(app, routes, 'deleteMe', async ({ person, body, request, reply }) => {
    await doors.deleteAccount(person, body.password);
    await endSession(services, request, reply);
    return null;
  });

  registerRoute(app, routes, 'exportMe', async ({ person, reply }) => {
    const document = await exports.exportAccount(services, person);
    const day = document.exportedAt.slice(0, 10);
    reply.header('content-disposition', `attachment; filename="pacewise-export-${day}.json"`);
    return document;
  });
}
