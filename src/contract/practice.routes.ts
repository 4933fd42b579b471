/** The clinician's workspace: the caseload and reviews (issue 10). */
import { PatientParams } from './patient.routes.js';
import { CaseloadResponse, CreateReviewRequest, ReviewList, ReviewSchema } from './practice.js';
import type { RouteSpec } from './route-spec.js';

export const practiceRoutes = {
  getCaseload: { method: 'GET', path: '/api/practice/caseload', access: 'clinician', status: 200, summary: 'My linked patients, needs attention first, with each one’s figures in their own calendar', response: CaseloadResponse },
  createReview: { method: 'POST', path: '/api/patients/:patientId/reviews', access: 'clinician-of-patient', status: 201, summary: 'Record that I reviewed a linked patient’s record, and for how many minutes', params: PatientParams, body: CreateReviewRequest, response: ReviewSchema },
  listReviews: { method: 'GET', path: '/api/patients/:patientId/reviews', access: 'clinician-of-patient', status: 200, summary: 'My reviews of a linked patient, newest first', params: PatientParams, response: ReviewList },
} as const satisfies Record<string, RouteSpec>;
