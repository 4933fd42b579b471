/**
 * Questionnaires (issue 12): what is due for me and answering it, my history; a linked
 * clinician's view and schedule for a patient; the licensed forms an admin imports.
 */
import { IdParams, NoContent } from './common.js';
import { PatientParams } from './patient.routes.js';
import {
  AnswerQuestionnaireRequest,
  DueQuestionnaire,
  HistoryQuery,
  ImportedQuestionnaire,
  ImportedQuestionnaireList,
  ImportQuestionnaireRequest,
  PatientQuestionnaires,
  PutScheduleRequest,
  QuestionnaireHistory,
  QuestionnaireResponseSchema,
  ScheduleParams,
  ScheduleSchema,
} from './questionnaire.js';
import type { RouteSpec } from './route-spec.js';

export const questionnaireRoutes = {
  getDueQuestionnaire: { method: 'GET', path: '/api/me/questionnaires/due', access: 'person', status: 200, summary: 'The questionnaire due for me today, if any (at most one a day; the weekly PEG is in the check-in)', response: DueQuestionnaire },
  answerQuestionnaire: { method: 'POST', path: '/api/me/questionnaires/responses', access: 'person', status: 201, summary: 'Answer a questionnaire (idempotent by clientId); answered with its score', body: AnswerQuestionnaireRequest, response: QuestionnaireResponseSchema },
  getQuestionnaireHistory: { method: 'GET', path: '/api/me/questionnaires/history', access: 'person', status: 200, summary: 'My scores over time per questionnaire, with meaningful-change marks', query: HistoryQuery, response: QuestionnaireHistory },
  getPatientQuestionnaires: { method: 'GET', path: '/api/patients/:patientId/questionnaires', access: 'clinician-of-patient', status: 200, summary: 'A linked patient’s questionnaire schedules and scores', params: PatientParams, response: PatientQuestionnaires },
  putPatientQuestionnaireSchedule: { method: 'PUT', path: '/api/patients/:patientId/questionnaires/:instrument', access: 'clinician-of-patient', status: 200, summary: 'Assign a questionnaire to a linked patient every N days, or stop it (null)', params: ScheduleParams, body: PutScheduleRequest, response: ScheduleSchema },
  listImportedQuestionnaires: { method: 'GET', path: '/api/admin/questionnaires', access: 'admin', status: 200, summary: 'The licensed questionnaires the practice imported', response: ImportedQuestionnaireList },
  importQuestionnaire: { method: 'POST', path: '/api/admin/questionnaires', access: 'admin', status: 201, summary: 'Import a FHIR R4 Questionnaire the practice holds a licence for; an unsupported file is refused with what is unsupported', body: ImportQuestionnaireRequest, response: ImportedQuestionnaire },
  retireQuestionnaire: { method: 'DELETE', path: '/api/admin/questionnaires/:id', access: 'admin', status: 204, summary: 'Stop offering an imported questionnaire (answers already given are kept)', params: IdParams, response: NoContent },
} as const satisfies Record<string, RouteSpec>;
