/**
 * A linked clinician's reads of a patient's record: the person's own services, called with the
 * clinician as the actor and the patient as the subject. `requireAccess` in each service checks
 * the link on every request and writes the audit log.
 */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as checkins from '../services/checkin.service.js';
import * as insights from '../services/insights.service.js';
import type { Library } from '../services/library.service.js';
import * as patients from '../services/patient.service.js';
import * as plans from '../services/plan.service.js';
import * as profiles from '../services/profile.service.js';
import * as safety from '../services/safety.service.js';
import * as sessionLogs from '../services/session-log.service.js';

/** Registers the patient-record routes. */
export function registerPatientRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'getPatient', ({ person, params }) => patients.getPatient(services, person, params.patientId));
  registerRoute(app, routes, 'getPatientProfile', ({ person, params }) => profiles.getProfile(services, person, params.patientId));
  registerRoute(app, routes, 'getPatientSafety', ({ person, params }) => safety.getSafety(services, person, params.patientId));
  registerRoute(app, routes, 'listPatientCheckins', async ({ person, params, query }) => ({
    items: await checkins.listCheckins(services, person, params.patientId, query),
  }));
  registerRoute(app, routes, 'listPatientSessions', async ({ person, params, query }) => ({
    items: await sessionLogs.listSessionLogs(services, person, params.patientId, query),
  }));
  registerRoute(app, routes, 'getPatientPlan', ({ person, params }) => plans.getMyPlan(services, library, person, params.patientId));
  registerRoute(app, routes, 'getPatientPacing', ({ person, params }) => plans.getPacing(services, library, person, params.patientId));
  registerRoute(app, routes, 'getPatientInsights', ({ person, params, query }) =>
    insights.getInsights(services, library, person, params.patientId, query),
  );
}
