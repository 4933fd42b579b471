/**
 * FHIR routes (issue 12): an admin's licensed Questionnaire files (list, import, retire), and the
 * FHIR R4 Bundle downloads of a person's data, their own or a linked clinician's.
 */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as imported from '../services/imported-questionnaire.service.js';

/** A Questionnaire file may be larger than the app's JSON limit (a PROMIS form is tens of KB); above 1 MB is 413. */
export const QUESTIONNAIRE_BODY_LIMIT = 1_048_576;

/** Registers the FHIR routes. */
export function registerFhirRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'listImportedQuestionnaires', ({ person }) => imported.listImported(services, person));
  registerRoute(app, routes, 'importQuestionnaire', ({ person, body }) => imported.importQuestionnaire(services, person, body), { bodyLimit: QUESTIONNAIRE_BODY_LIMIT });
  registerRoute(app, routes, 'retireQuestionnaire', async ({ person, params }) => {
    await imported.retireQuestionnaire(services, person, params.id);
    return null;
  });
}
