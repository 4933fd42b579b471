/** Sign-up, sign-in, sign-out and the signed-in account. */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { routes } from '../../contract/routes.js';
import { endSession, startSession } from '../auth/sessions.js';
import { addressAttemptCounter } from '../auth/address-attempts.js';
import { SigninThrottle } from '../auth/signin-throttle.js';
import type { Services } from '../context.js';
import type { Mailer } from '../mail/mailer.js';
import { countersFor } from '../shared-state.js';
import { presentAccount } from '../presenters.js';
import { registerRoute } from '../route.js';
import * as accounts from '../services/account.service.js';
import * as exports from '../services/export.service.js';
import { TakenAddressAnswers } from './signup-taken.js';
import { clientAddressKey } from '../client-address.js';

/** Failures per account from all addresses together, as a multiple of the per-address count. */
const ACCOUNT_WIDE_FACTOR = 10;

/** Registers the account routes. */
export function registerAccountRoutes(app: FastifyInstance, services: Services, mailer: Mailer | null): void {
  const { config } = services;
  // Failures count per account and address, so someone elsewhere cannot lock the owner out with
  // wrong passwords (issue 16, finding 10); a much higher count per account, from any address,
  // still slows guessing spread over many addresses.
  const counters = countersFor(services.db);
  const throttle = new SigninThrottle(counters, 'signin', config.signinLimitPerEmail, config.signinWindowMs);
  const accountWide = new SigninThrottle(counters, 'signin-account', config.signinLimitPerEmail * ACCOUNT_WIDE_FACTOR, config.signinWindowMs);
  // The password asked before deleting an account is a password check like any other.
  const deleteChecks = new SigninThrottle(counters, 'delete-account', config.signinLimitPerEmail, config.signinWindowMs);
  const countAttempt = addressAttemptCounter(services, counters);

  /** A password check against an account, counted per account and address and per account. */
  const signInCounted = async (email: string, password: string, ip: string) => {
    const nowMs = Date.parse(services.clock.now());
    const fromHere = `${email}\n${ip}`;
    // Counted before the password is checked, so attempts sent together cannot all slip under the limit.
    const overHere = await throttle.take(fromHere, nowMs);
    const overEverywhere = await accountWide.take(email, nowMs);
    if (overHere || overEverywhere) {
      throw new AppError('rate_limited', 'Too many attempts for this account. Please wait 15 minutes and try again.');
    }
    const row = await accounts.signIn(services, email, password);
    await throttle.clear(fromHere);
    await accountWide.giveBack(email);
    return row;
  };
  const takenAddress = new TakenAddressAnswers(services, counters, app.log, mailer);

  registerRoute(app, routes, 'signup', async ({ body, request, reply }) => {
    const address = clientAddressKey(request);
    await countAttempt(address);
    await takenAddress.refuseWhenSpent(address);
    const created = await accounts.signUp(services, body);
    const row = created ?? (await takenAddress.answer(address, () => signInCounted(body.email, body.password, address), body.email));
    return presentAccount(await startSession(services, request, reply, row), services.config);
  });

  registerRoute(app, routes, 'login', async ({ body, request, reply }) => {
    const address = clientAddressKey(request);
    await countAttempt(address);
    const row = await signInCounted(body.email, body.password, address);
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
    const nowMs = Date.parse(services.clock.now());
    if (await deleteChecks.take(person.id, nowMs)) {
      throw new AppError('rate_limited', 'Too many wrong passwords. Please wait 15 minutes and try again.');
    }
    await accounts.deleteAccount(services, person, body.password).catch(async (error: unknown) => {
      // Only a wrong password keeps its count.
      if (!(error instanceof AppError && error.code === 'forbidden')) await deleteChecks.giveBack(person.id);
      throw error;
    });
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
