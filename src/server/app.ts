/** Builds the Fastify app from its services: security, authentication, routes, web app. */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { routes } from '../contract/routes.js';
import { deleteStaleCounters } from '../db/counter.repository.js';
import { deleteExpiredSessions } from '../db/user.repository.js';
import { createMailer } from './mail/mailer.js';
import { findPerson } from './auth/sessions.js';
import type { Services } from './context.js';
import type { Config } from './config.js';
import { handleClientError, handleError, handleFrameworkError } from './http-errors.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerRoute } from './route.js';
import { registerAccountRoutes } from './routes/account.routes.js';
import { registerInsightsRoutes } from './routes/insights.routes.js';
import { registerJournalRoutes } from './routes/journal.routes.js';
import { registerLibraryRoutes } from './routes/library.routes.js';
import { registerPlanRoutes } from './routes/plan.routes.js';
import { registerSessionLogRoutes } from './routes/session-log.routes.js';
import { registerSafetyRoutes } from './routes/safety.routes.js';
import { registerAdminRoutes } from './routes/admin.routes.js';
import { registerCareRoutes } from './routes/care.routes.js';
import { registerPatientRoutes } from './routes/patient.routes.js';
import { registerReportRoutes } from './routes/report.routes.js';
import { registerPracticeRoutes } from './routes/practice.routes.js';
import { registerPrescriptionRoutes } from './routes/prescription.routes.js';
import { registerSecurityRoutes } from './routes/security.routes.js';
import { registerCustomExerciseRoutes } from './routes/custom-exercise.routes.js';
import { registerFhirRoutes } from './routes/fhir.routes.js';
import { registerDataExportRoutes } from './routes/data-export.routes.js';
import { registerQuestionnaireRoutes } from './routes/questionnaire.routes.js';
import { registerLessonRoutes } from './routes/lesson.routes.js';
import { registerReminderRoutes } from './routes/reminder.routes.js';
import { registerPasswordRecoveryRoutes } from './routes/password-recovery.routes.js';
import { registerTimelineRoutes } from './routes/timeline.routes.js';
import { Library } from './services/library.service.js';
import { registerSecurity } from './security.js';
import { registerWebApp } from './web.js';
import { lazyRequestLogger } from './request-logger.js';
import { wrapOldRecoveryCodes } from './services/recovery-codes.js';

export const APP_VERSION = '0.1.0';

/** Creates the app; it is ready to `listen` or to `inject` requests in tests. */
/** A hop count as the function proxy-addr runs for it: the last `hops` addresses are proxies. */
function toFastifyTrust(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: toFastifyTrust(config.trustProxy),
    childLoggerFactory: lazyRequestLogger,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  });
  app.setErrorHandler(handleError);
  // The API speaks JSON only; anything else answers 415 rather than being half-understood.
  app.removeContentTypeParser('text/plain');
  await registerSecurity(app, config, services.db);
  await app.register(cookie);
  app.decorateRequest('person', null);
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/')) request.person = await findPerson(services, request);
  });

  registerRoute(app, routes, 'health', async () => ({ status: 'ok' as const }));
  const openApi = buildOpenApiDocument(routes, APP_VERSION);
  app.get('/api/openapi.json', async () => openApi);
  // One mailer for the app: one connection pool to the practice's SMTP server (null without SMTP_URL).
  const mailer = createMailer(config.mail);
  registerAccountRoutes(app, services, mailer);
  const library = new Library();
  registerJournalRoutes(app, services);
  registerSessionLogRoutes(app, services, library);
  registerLibraryRoutes(app, library, services);
  registerPlanRoutes(app, services, library);
  registerInsightsRoutes(app, services, library);
  registerTimelineRoutes(app, services);
  registerSafetyRoutes(app, services);
  registerSecurityRoutes(app, services);
  registerAdminRoutes(app, services);
  registerCareRoutes(app, services);
  registerPracticeRoutes(app, services);
  registerPatientRoutes(app, services, library);
  registerPrescriptionRoutes(app, services, library);
  await registerCustomExerciseRoutes(app, services, library);
  registerReportRoutes(app, services, library);
  registerFhirRoutes(app, services);
  registerDataExportRoutes(app, services, library);
  registerQuestionnaireRoutes(app, services);
  registerLessonRoutes(app, services);
  registerReminderRoutes(app, services, library);
  registerPasswordRecoveryRoutes(app, services, mailer);
  await registerWebApp(app, config.webDir);
  purgeExpiredSessionsHourly(app, services);
  wrapOldRecoveryCodesOnStart(app, services);
  return app;
}

/** Wraps recovery codes kept as plain SHA-256 in argon2id, in the background once the server is up. */
function wrapOldRecoveryCodesOnStart(app: FastifyInstance, services: Services): void {
  let running: Promise<void> = Promise.resolve();
  app.addHook('onReady', async () => {
    running = wrapOldRecoveryCodes(services).then(
      (count) => (count > 0 ? app.log.info({ count }, 'wrapped old recovery codes in argon2id') : undefined),
      (error: unknown) => app.log.warn({ err: error }, 'could not wrap old recovery codes'),
    );
  });
  app.addHook('onClose', async () => running);
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Removes sessions past their expiry, and stale shared counters, at start and every hour after (issue 16, finding 15). */
function purgeExpiredSessionsHourly(app: FastifyInstance, services: Services): void {
  let timer: NodeJS.Timeout | undefined;
  const purge = async () => {
    const now = services.clock.now();
    await deleteExpiredSessions(services.db, now).catch((error: unknown) => app.log.warn({ err: error }, 'could not purge expired sessions'));
    // Shared counters older than a day can no longer block anyone (every window is shorter).
    await deleteStaleCounters(services.db, Date.parse(now) - DAY_MS).catch((error: unknown) => app.log.warn({ err: error }, 'could not purge old counters'));
  };
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(() => void purge(), HOUR_MS).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
