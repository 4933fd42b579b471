/** The password recovery routes of issue 15 (contract: src/contract/password-recovery.routes.ts). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { routes } from '../../contract/routes.js';
import { addressAttemptCounter } from '../auth/address-attempts.js';
import type { Services } from '../context.js';
import type { Mailer } from '../mail/mailer.js';
import { registerRoute } from '../route.js';
import { countersFor } from '../shared-state.js';
import { createRecoveryLimits } from '../services/password-recovery-limits.js';
import * as recovery from '../services/password-recovery.service.js';
import { clientAddressKey } from '../client-address.js';

/**
 * Where a link given by a clinician or admin points: PUBLIC_URL; else the Origin their browser
 * sent, which checkOrigin already held to this server's own loopback or IP address (never a name
 * from the Host header: issue 16, finding 16); else this machine's port.
 */
function linkBaseOf(services: Services, request: FastifyRequest): string {
  if (services.config.publicUrl) return services.config.publicUrl.href;
  return request.headers.origin ?? `http://localhost:${services.config.port}`;
}

/** Registers the password recovery routes. */
export function registerPasswordRecoveryRoutes(app: FastifyInstance, services: Services, mailer: Mailer | null): void {
  const counters = countersFor(services.db);
  const limits = createRecoveryLimits(services.config, counters);
  // The same count as sign-up and sign-in from one address: one limit for all.
  const countAttempt = addressAttemptCounter(services, counters);

  registerRoute(app, routes, 'getRecoveryOptions', async () => ({ mail: mailer !== null }));

  registerRoute(app, routes, 'requestResetMail', async ({ body, request }) => {
    await countAttempt(clientAddressKey(request));
    if (!mailer) throw new AppError('conflict', 'This practice does not send mail. Please use a recovery code, or ask your clinician or the practice for a reset link.');
    // Over its count, an email quietly gets no more mail: the answer stays the same for everyone.
    if (await limits.mails.take(body.email, Date.parse(services.clock.now()))) return null;
    // Not awaited: the answer must not wait on whether the email has an account, nor on the mail server.
    recovery.mailResetLink(services, mailer, body.email).catch((error: unknown) => {
      request.log.warn({ err: error }, 'a password reset mail could not be sent');
    });
    return null;
  });

  registerRoute(app, routes, 'resetWithCode', async ({ body, request }) => {
    await countAttempt(clientAddressKey(request));
    await recovery.resetWithCode(services, body, clientAddressKey(request), limits);
    return null;
  });

  registerRoute(app, routes, 'resetWithLink', async ({ body, request }) => {
    await countAttempt(clientAddressKey(request));
    await recovery.resetWithLink(services, body.token, body.newPassword);
    return null;
  });

  registerRoute(app, routes, 'getMyRecoveryCodes', ({ person }) => recovery.countMyRecoveryCodes(services, person));

  registerRoute(app, routes, 'makeMyRecoveryCodes', ({ person, body }) => recovery.makeMyRecoveryCodes(services, person, body.password, limits));

  registerRoute(app, routes, 'makePatientResetLink', ({ person, params, request }) =>
    recovery.makePatientResetLink(services, person, params.patientId, linkBaseOf(services, request)));

  registerRoute(app, routes, 'makeResetLink', ({ person, body, request }) =>
    recovery.makeAdminResetLink(services, person, body.email, linkBaseOf(services, request)));
}
