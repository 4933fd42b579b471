/**
 * The therapist prescribes (issue 11; contract: src/contract/prescription.routes.ts): a linked
 * clinician's adjustments of a patient's plan, the person's view of them, and programmes.
 */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { Library } from '../services/library.service.js';
import * as prescriptions from '../services/prescription.service.js';
import * as programmes from '../services/programme.service.js';

/** Registers the prescription and programme routes. */
export function registerPrescriptionRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'getPatientPrescription', ({ person, params }) => prescriptions.getPatientPrescription(services, person, params.patientId));
  registerRoute(app, routes, 'addPatientAdjustment', ({ person, params, body }) =>
    prescriptions.addPatientAdjustment(services, library, person, params.patientId, body),
  );
  registerRoute(app, routes, 'removePatientAdjustment', async ({ person, params }) => {
    await prescriptions.removePatientAdjustment(services, person, params.patientId, params.adjustmentId);
    return null;
  });
  registerRoute(app, routes, 'checkPatientSuitability', ({ person, params, query }) =>
    prescriptions.checkPatientSuitability(services, library, person, params.patientId, query.exerciseId),
  );
  registerRoute(app, routes, 'assignPatientProgramme', ({ person, params, body }) =>
    programmes.assignPatientProgramme(services, library, person, params.patientId, body),
  );
  registerRoute(app, routes, 'getMyPrescription', ({ person }) => prescriptions.getMyPrescription(services, person));
  registerRoute(app, routes, 'listProgrammes', ({ person }) => programmes.listProgrammes(services, person));
  registerRoute(app, routes, 'createProgramme', ({ person, body }) => programmes.createProgramme(services, library, person, body));
  registerRoute(app, routes, 'updateProgramme', ({ person, params, body }) => programmes.updateProgramme(services, library, person, params.id, body));
  registerRoute(app, routes, 'deleteProgramme', async ({ person, params }) => {
    await programmes.deleteProgramme(services, person, params.id);
    return null;
  });
}
