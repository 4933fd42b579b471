/** Questionnaires: what is due for me, answering it and my history; a linked clinician's view and schedule. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as questionnaires from '../services/questionnaire.service.js';
import * as schedules from '../services/questionnaire-schedule.service.js';

/** Registers the questionnaire routes of the person and of a linked clinician. */
export function registerQuestionnaireRoutes(app: FastifyInstance, services: Services): void {
  registerRoute(app, routes, 'getDueQuestionnaire', ({ person }) => questionnaires.getDueQuestionnaire(services, person, person.id));
  registerRoute(app, routes, 'answerQuestionnaire', ({ person, body }) => questionnaires.answerQuestionnaire(services, person, person.id, body));
  registerRoute(app, routes, 'getQuestionnaireHistory', ({ person, query }) => questionnaires.getQuestionnaireHistory(services, person, person.id, query));
  registerRoute(app, routes, 'getPatientQuestionnaires', ({ person, params }) => schedules.getPatientQuestionnaires(services, person, params.patientId));
  registerRoute(app, routes, 'putPatientQuestionnaireSchedule', ({ person, params, body }) =>
    schedules.putPatientQuestionnaireSchedule(services, person, params, body),
  );
}
