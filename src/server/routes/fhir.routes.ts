/**
 * FHIR routes (issue 12): an admin's licensed Questionnaire files (list, import, retire), and the
 * FHIR R4 Bundle downloads of a person's data, their own or a linked clinician's.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { FhirDownload } from '../services/fhir-export.service.js';
import { exportFhir } from '../services/fhir-export.service.js';
import * as imported from '../services/imported-questionnaire.service.js';

/** A Questionnaire file may be larger than the app's JSON limit (a PROMIS form is tens of KB); above 1 MB is 413. */
export const QUESTIONNAIRE_BODY_LIMIT = 1_048_576;

function sendBundle(reply: FastifyReply, download: FhirDownload): FhirDownload['bundle'] {
  reply.header('content-type', 'application/fhir+json; charset=utf-8');
  reply.header('content-disposition', `attachment; filename="${download.fileName}"`);
  return download.bundle;
}

/** Registers the FHIR routes. */
export function registerFhirRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'listImportedQuestionnaires', ({ person }) => imported.listImported(services, person));
  registerRoute(app, routes, 'importQuestionnaire', ({ person, body }) => imported.importQuestionnaire(services, person, body), { bodyLimit: QUESTIONNAIRE_BODY_LIMIT });
  registerRoute(app, routes, 'retireQuestionnaire', async ({ person, params }) => {
    await imported.retireQuestionnaire(services, person, params.id);
    return null;
  });
  registerRoute(app, routes, 'exportMeFhir', async ({ person, reply }) => sendBundle(reply, await exportFhir(services, person, person.id)));
  registerRoute(app, routes, 'exportPatientFhir', async ({ person, params, reply }) => sendBundle(reply, await exportFhir(services, person, params.patientId)));
}
